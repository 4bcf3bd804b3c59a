//! A text box for the family's own words, in any language or script, capped at
//! [`MAX_TEXT`] characters with a visible counter (counted in characters, as stored).

use crate::components::msg::Msg;
use crate::domain::feedback::{clean_text, MAX_TEXT};
use crate::i18n::messages::Args;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn FreeText(
    value: RwSignal<String>,
    /// Message id of the visible label.
    label: &'static str,
    /// Element id, unique on the page.
    #[prop(into)]
    id: String,
) -> impl IntoView {
    let i18n = use_app().i18n;
    let count_id = format!("{id}-count");
    let count = move || value.with(|v| v.chars().count());
    let counter = move || {
        let mut a = Args::new();
        a.set("count", count());
        a.set("max", MAX_TEXT);
        i18n.tr_with("text-counter", Some(&a))
    };
    view! {
        <div class="free-text">
            <label for=id.clone()><Msg id=label /></label>
            // dir="auto": Arabic reads right-to-left even inside a Dutch page, and the reverse.
            <textarea
                id=id.clone()
                name=id
                dir="auto"
                rows="4"
                aria-describedby=count_id.clone()
                prop:value=move || value.get()
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    // Cut at the cap in characters (maxlength counts UTF-16 units, which would
                    // stop emoji and some scripts early).
                    if text.chars().count() > MAX_TEXT {
                        let cut: String = text.chars().take(MAX_TEXT).collect();
                        value.set(cut);
                    } else {
                        value.set(text);
                    }
                }
            ></textarea>
            <p id=count_id class=move || { if count() >= MAX_TEXT { "counter at-limit" } else { "counter" } }>{counter}</p>
        </div>
    }
}

/// The words as they will be stored.
pub fn words(value: RwSignal<String>) -> String {
    value.with_untracked(|v| clean_text(v, MAX_TEXT))
}
