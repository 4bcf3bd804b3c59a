//! Said after every submission: thank you, in a pictogram and words, and what happens next.
//! If the device refused to store it, that is said too (the record is kept in memory).

use crate::components::pictogram::Pictogram;
use crate::storage::outbox::Saved;
use leptos::prelude::*;
use crate::components::msg::Msg;

#[component]
pub fn Thanks(saved: Saved) -> impl IntoView {
    let held = matches!(saved, Saved::HeldInMemory(_));
    view! {
        <div class="thanks" role="status">
            <Pictogram name="folded-hands" size=64 />
            <div>
                <p class="thanks-title"><Msg id="thanks-title" /></p>
                <p><Msg id="thanks-what-happens" /></p>
            </div>
        </div>
        {held.then(|| view! { <p class="notice warning" role="alert"><Msg id="feedback-held" /></p> })}
    }
}
