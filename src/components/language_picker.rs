//! The language picker: one tap on the header button opens the list, one tap on a language
//! switches every label in place. Each language is listed by its own name, in its own
//! script and direction; no flags (a flag is a country, not a language).

use crate::components::msg::Msg;
use crate::components::pictogram::Pictogram;
use crate::i18n::{languages, Language};
use crate::state::use_app;
use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;

/// Header button + modal dialog holding the [`LanguageList`].
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i18n = use_app().i18n;
    let dialog = NodeRef::<html::Dialog>::new();
    let open = move |_| {
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    };
    let close = move || {
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    view! {
        <button type="button" class="language-button" aria-haspopup="dialog" on:click=open>
            <Pictogram name="globe-with-meridians" size=32 />
            <span class="language-button-label"><Msg id="language-picker" /></span>
            <span class="language-current" lang=move || i18n.language().tag.clone()>
                {move || i18n.language().name.clone()}
            </span>
        </button>
        <dialog node_ref=dialog class="language-dialog" aria-labelledby="language-dialog-title">
            <h2 id="language-dialog-title"><Msg id="language-picker-title" /></h2>
            <LanguageList on_chosen=Callback::new(move |_| close()) />
            <button type="button" class="secondary" on:click=move |_| close()>
                <Msg id="close" />
            </button>
        </dialog>
    }
}

/// Switches the family's language in place, keeping a `?lang=` in the address in step.
pub fn use_switch_language() -> impl Fn(&'static Language) + Clone + 'static {
    let state = use_app();
    let query = use_query_map();
    let location = use_location();
    let navigate = use_navigate();
    move |language: &'static Language| {
        state.choose_language(language);
        // A `?lang=` in the address would win again on reload: keep it in step with the choice.
        if query.with_untracked(|q| q.get("lang").is_some()) {
            let mut q = query.get_untracked();
            q.replace("lang", language.tag.clone());
            let url = format!(
                "{}{}",
                location.pathname.get_untracked(),
                q.to_query_string()
            );
            navigate(
                &url,
                NavigateOptions {
                    replace: true,
                    scroll: false,
                    ..Default::default()
                },
            );
        }
    }
}

/// One button per language. Used in the picker dialog and on `/settings`.
#[component]
pub fn LanguageList(#[prop(optional)] on_chosen: Option<Callback<()>>) -> impl IntoView {
    let state = use_app();
    let switch = use_switch_language();
    let choose = move |language: &'static Language| {
        switch(language);
        if let Some(cb) = on_chosen {
            cb.run(());
        }
    };

    view! {
        <ul class="language-list" role="list">
            {languages::all()
                .iter()
                .map(|language| {
                    let choose = choose.clone();
                    let current = move || state.i18n.language() == language;
                    view! {
                        <li>
                            <button
                                type="button"
                                lang=language.tag.clone()
                                dir=language.dir.as_str()
                                aria-pressed=move || current().to_string()
                                on:click=move |_| choose(language)
                            >
                                {language.name.clone()}
                            </button>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
