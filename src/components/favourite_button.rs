//! The heart on every card and offer page: a toggle button kept on the device.

use crate::components::pictogram::Pictogram;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn FavouriteButton(offer_id: String) -> impl IntoView {
    let state = use_app();
    let labels = crate::components::msg::use_labels();
    let id = offer_id.clone();
    let on = Memo::new(move |_| state.favourites.with(|f| f.contains(&id)));
    view! {
        <button
            type="button"
            class="favourite"
            aria-pressed=move || on.get().to_string()
            on:click=move |_| state.toggle_favourite(offer_id.clone())
        >
            {move || {
                if on.get() {
                    view! { <Pictogram name="red-heart" size=32 /> }
                } else {
                    view! { <Pictogram name="white-heart" size=32 /> }
                }
            }}
            <span>{move || labels.tr(if on.get() { "favourite-remove" } else { "favourite-add" })}</span>
        </button>
    }
}
