//! The interpreter view: a header toggle, and while it is on a bar that sets the family's and
//! the staff's language, or swaps them in one tap. Labels and offer texts then show in both
//! (see `msg::dual`); the page, its filters and its scroll position stay as they are.

use crate::components::language_picker::use_switch_language;
use crate::components::msg::Msg;
use crate::components::pictogram::Pictogram;
use crate::i18n::{languages, Language};
use crate::state::use_app;
use leptos::prelude::*;

/// The header button that turns the interpreter view on and off.
#[component]
pub fn InterpreterToggle() -> impl IntoView {
    let i18n = use_app().i18n;
    let toggle = move |_| i18n.switch_interpreter(!i18n.interpreter_on());
    view! {
        <button
            type="button"
            class="bar-link interpreter-toggle"
            aria-pressed=move || i18n.interpreter_on().to_string()
            on:click=toggle
        >
            <Pictogram name="speaking-head" size=32 />
            <span><Msg id="interpreter-toggle" /></span>
        </button>
    }
}

/// The two languages of the interpreter view, shown while it is on.
#[component]
pub fn InterpreterBar() -> impl IntoView {
    let state = use_app();
    let i18n = state.i18n;
    let switch = use_switch_language();
    let family = move |ev: leptos::ev::Event| {
        if let Some(l) = languages::find(&event_target_value(&ev)) {
            switch(l);
        }
    };
    let staff = move |ev: leptos::ev::Event| {
        if let Some(l) = languages::find(&event_target_value(&ev)) {
            state.choose_staff_language(l);
        }
    };
    view! {
        <Show when=move || i18n.interpreter_on()>
            <div class="interpreter-bar">
                <label>
                    <span><Msg id="interpreter-family" /></span>
                    <select id="interpreter-family" on:change=family.clone()>
                        {options(move |l| i18n.language() == l)}
                    </select>
                </label>
                <button type="button" class="swap" on:click=move |_| state.swap_languages()>
                    <Pictogram name="left-right-arrow" size=32 />
                    <span><Msg id="interpreter-swap" /></span>
                </button>
                <label>
                    <span><Msg id="interpreter-staff" /></span>
                    <select id="interpreter-staff" on:change=staff>
                        {options(move |l| i18n.staff_language() == l)}
                    </select>
                </label>
            </div>
        </Show>
    }
}

/// Every language by its own name, in its own script; `current` picks the selected one.
fn options(
    current: impl Fn(&'static Language) -> bool + Copy + Send + Sync + 'static,
) -> impl IntoView {
    languages::all()
        .iter()
        .map(|l: &'static Language| {
            view! {
                <option value=l.tag.clone() lang=l.tag.clone() dir=l.dir.as_str() prop:selected=move || current(l)>
                    {l.name.clone()}
                </option>
            }
        })
        .collect_view()
}
