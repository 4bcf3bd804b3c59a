//! Said after every submission: thank you, in a pictogram and words, and what happens next.
//! If the device refused to store it, that is said too (the record is kept in memory).

use crate::components::pictogram::Pictogram;
use crate::state::use_app;
use crate::storage::outbox::Saved;
use leptos::prelude::*;

#[component]
pub fn Thanks(saved: Saved) -> impl IntoView {
    let i18n = use_app().i18n;
    let held = matches!(saved, Saved::HeldInMemory(_));
    view! {
        <div class="thanks" role="status">
            <Pictogram name="folded-hands" size=64 />
            <div>
                <p class="thanks-title">{move || i18n.tr("thanks-title")}</p>
                <p>{move || i18n.tr("thanks-what-happens")}</p>
            </div>
        </div>
        {held.then(|| view! { <p class="notice warning" role="alert">{move || i18n.tr("feedback-held")}</p> })}
    }
}
