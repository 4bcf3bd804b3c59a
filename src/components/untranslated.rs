//! Says so when texts of the offer or the questions are not in the family's language yet:
//! they then show in Dutch (each marked, see `offer_facts::catalogue_text`), never mixed in
//! silently. Offers the interpreter view, which puts the second language beside them.

use crate::components::msg::Msg;
use crate::components::pictogram::Pictogram;
use crate::domain::SOURCE_LANGUAGE;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn Untranslated() -> impl IntoView {
    let state = use_app();
    let i18n = state.i18n;
    let incomplete = Memo::new(move |_| {
        let lang = i18n.language().tag.as_str();
        lang != SOURCE_LANGUAGE && state.texts_missing_in(lang)
    });
    let show_second = move |_| i18n.switch_interpreter(true);
    move || {
        incomplete.get().then(|| {
            view! {
                <div class="untranslated" role="note">
                    <Pictogram name="globe-with-meridians" size=32 />
                    <p><Msg id="untranslated-note" /></p>
                    {move || (!i18n.interpreter_on()).then(|| view! {
                        <button type="button" class="secondary" on:click=show_second>
                            <Pictogram name="speaking-head" size=24 />
                            <span><Msg id="untranslated-second" /></span>
                        </button>
                    })}
                </div>
            }
        })
    }
}
