//! One offer in a list: pictogram, name, when it is open, cost badges, and the heart.

use crate::components::msg::{dual, Labels, Msg};
use crate::components::offer_facts::{catalogue_text, how_message, spoken_languages};
use crate::components::rate_offer::RateOffer;
use crate::components::read_aloud::ReadAloud;
use crate::components::{favourite_button::FavouriteButton, pictogram::Pictogram, when};
use crate::domain::catalogue::Offer;
use crate::domain::functions;
use crate::domain::validate::tel_link;
use crate::state::{local_now, use_app, LoadedCatalogue};
use leptos::context::Provider;
use leptos::prelude::*;
use std::sync::Arc;

/// The pictogram of an offer: that of its first function.
pub fn offer_pictogram(offer: &Offer) -> &'static str {
    offer
        .functions
        .first()
        .and_then(|c| functions::by_code(c))
        .map(|f| f.pictogram)
        .unwrap_or("round-pushpin")
}

/// Where, directions, languages and how to get in, for answer cards.
fn answer_details(offer: &Offer) -> impl IntoView {
    let how = how_message(offer.how);
    let geo = format!("geo:{},{}", offer.location.lat, offer.location.lon);
    view! {
        <p class="answer-where">
            <Pictogram name="round-pushpin" size=24 />
            <bdi>{offer.location.address.clone()}</bdi>
            <a href=geo class="directions"><Msg id="offer-open-map" /></a>
        </p>
        <div class="answer-languages">
            <Pictogram name="speaking-head" size=24 />
            {spoken_languages(&offer.languages)}
        </div>
        <p class="answer-how"><Pictogram name="door" size=24 /><span><Msg id=how /></span></p>
        <p class="answer-cost">
            <Pictogram name="coin" size=24 />
            {if offer.cost.free {
                view! { <span><Msg id="cost-free" /></span> }.into_any()
            } else {
                catalogue_text(offer.cost.price.clone().unwrap_or_default()).into_any()
            }}
            {offer.cost.income_related.then(|| view! { <span><Msg id="offer-price-income" /></span> })}
        </p>
    }
}

#[component]
pub fn OfferCard(
    data: Arc<LoadedCatalogue>,
    offer_id: String,
    /// Answer cards say more: where (with directions), which languages are spoken, how to get
    /// in, and a call button, the quickest way in for someone who reads little.
    #[prop(optional)]
    with_call: bool,
) -> impl IntoView {
    let i18n = use_app().i18n;
    // One subscription to the language for the whole card (see `Labels`).
    let labels = Labels::new(i18n);
    let offer = data.catalogue.offer(&offer_id).cloned();
    let Some(offer) = offer else {
        return ().into_any();
    };
    let href = format!("/offers/{}", offer.id);
    let pictogram = offer_pictogram(&offer);
    let name = offer.name.clone();
    let o = offer.clone();
    let d = data.clone();
    // Worked out once per card; a language switch only rewords it.
    let status = when::status(&d, &o, local_now());
    let status_text = move || dual(labels, &|l| when::describe(&i18n, l, status));
    let free = offer.cost.free;
    let uitpas = offer.cost.uitpas;
    let walk_in = offer.how.walk_in();
    view! {
        <Provider value=labels>
        <li class="offer-card" data-offer=offer.id.clone() data-read>
            <a href=href class="offer-link">
                <Pictogram name=pictogram size=48 />
                {catalogue_text(name)}
            </a>
            <p class="offer-status" class:open=status.is_open()>
                <Pictogram name="mantelpiece-clock" size=24 />
                <span>{status_text}</span>
            </p>
            <p class="badges">
                {free.then(|| view! { <span class="badge"><Pictogram name="free-button" size=24 /><Msg id="cost-free" /></span> })}
                {(uitpas && !free).then(|| view! { <span class="badge"><Pictogram name="ticket" size=24 /><Msg id="cost-uitpas" /></span> })}
                {walk_in.then(|| view! { <span class="badge"><Pictogram name="door" size=24 /><Msg id="walk-in" /></span> })}
            </p>
            {with_call.then(|| answer_details(&offer))}
            {with_call.then(|| offer.contact.phone.clone()).flatten().map(|p| {
                let href = tel_link(&p);
                view! {
                    <a class="action" href=href>
                        <Pictogram name="telephone-receiver" size=32 />
                        <span><Msg id="offer-call" /></span>
                        <bdi dir="ltr" data-speak="digits">{p.clone()}</bdi>
                    </a>
                }
            })}
            <div class="card-actions">
                <FavouriteButton offer_id=offer.id.clone() />
                <ReadAloud />
            </div>
            {with_call.then(|| view! { <RateOffer offer_id=offer.id.clone() /> })}
        </li>
        </Provider>
    }
    .into_any()
}
