//! `/favourites`: the offers this family marked with a heart, kept on the device.

use crate::components::msg::Msg;
use crate::components::{offer_card::OfferCard, page::Page};
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn Favourites() -> impl IntoView {
    let state = use_app();
    view! {
        <Page title="favourites-title">
            {move || {
                let ids: Vec<String> = state.favourites.get().into_iter().collect();
                match state.catalogue.get() {
                    Some(data) if !ids.is_empty() => view! {
                        <ul class="offer-list" role="list">
                            {ids.into_iter()
                                .filter(|id| data.catalogue.offer(id).is_some())
                                .map(|id| view! { <OfferCard data=data.clone() offer_id=id /> })
                                .collect_view()}
                        </ul>
                    }.into_any(),
                    _ => view! { <p class="notice"><Msg id="favourites-none" /></p> }.into_any(),
                }
            }}
        </Page>
    }
}
