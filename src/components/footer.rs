//! Below every page: "something missing or wrong?" (about the offer on screen, if any), a
//! short notice when nothing can be kept on this device, and a warning while feedback lives
//! only in memory because the device refused to store it.

use crate::components::msg::Msg;
use crate::components::pictogram::Pictogram;
use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn Footer() -> impl IntoView {
    let state = use_app();
    let location = use_location();
    let href = move || {
        let path = location.pathname.get();
        match path.strip_prefix("/offers/").filter(|id| !id.is_empty()) {
            Some(id) => format!("/feedback?offer={id}"),
            None => "/feedback".to_owned(),
        }
    };
    view! {
        <footer class="site-footer">
            // No IndexedDB (blocked, some private modes): the app runs from memory; say so.
            {(!state.storage_persistent).then(|| view! {
                <p class="notice" role="status"><Msg id="storage-unavailable" /></p>
            })}
            <Show when=move || { state.delivery.held.get() > 0 }>
                <p class="notice warning" role="alert"><Msg id="feedback-held" /></p>
            </Show>
            <a class="action" href=href>
                <Pictogram name="speech-balloon" size=32 />
                <span><Msg id="feedback-missing-or-wrong" /></span>
            </a>
        </footer>
    }
}
