//! `/offers/:id`: one offer with the 5 B's as pictogram rows: where, when, cost, languages,
//! for whom; with tap-to-call, links and "add to calendar" for activities.

use crate::components::msg::{dual, use_labels, Msg};
use crate::components::offer_card::offer_pictogram;
use crate::components::offer_facts::{catalogue_text, how_message, spoken_languages};
use crate::components::print_sheet::PrintSheet;
use crate::components::rate_offer::RateOffer;
use crate::components::read_aloud::ReadAloud;
use crate::components::sample_notice::SampleNotice;
use crate::components::share_qr::ShareQr;
use crate::components::untranslated::Untranslated;
use crate::components::{
    favourite_button::FavouriteButton, page::Page, pictogram::Pictogram, when,
};
use crate::domain::catalogue::Offer;
use crate::domain::ics;
use crate::domain::validate::tel_link;
use crate::i18n::messages::Args;
use crate::state::{local_now, use_app, LoadedCatalogue};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use std::sync::Arc;

#[component]
pub fn Offer() -> impl IntoView {
    let state = use_app();
    let params = use_params_map();
    let found = move || {
        let id = params.with(|p| p.get("id")).unwrap_or_default();
        state
            .catalogue
            .get()
            .map(|data| (data.catalogue.offer(&id).cloned(), data))
    };
    view! {
        {move || match found() {
            Some((Some(offer), data)) => view! { <OfferDetails offer data /> }.into_any(),
            Some((None, _)) => view! {
                <Page title="offer-title">
                    <p class="notice"><Msg id="offer-not-found" /></p>
                </Page>
            }.into_any(),
            None => view! {
                <Page title="offer-title">
                    <p role="status"><Msg id="offers-loading" /></p>
                </Page>
            }.into_any(),
        }}
    }
}

fn row(
    pictogram: &'static str,
    title: &'static str,
    body: impl IntoView + 'static,
) -> impl IntoView {
    view! {
        <section class="fact">
            <Pictogram name=pictogram size=48 />
            <div>
                <h2><Msg id=title /></h2>
                {body}
            </div>
        </section>
    }
}

fn download_ics(offer: &Offer, lang: &str) {
    if let Some(body) = ics::activity_calendar(offer, lang, crate::state::local_now()) {
        crate::state::files::save_text(
            &format!("{}.ics", offer.id),
            "text/calendar;charset=utf-8",
            &body,
        );
    }
}

#[component]
fn OfferDetails(offer: Offer, data: Arc<LoadedCatalogue>) -> impl IntoView {
    let i18n = use_app().i18n;
    let labels = use_labels();
    let o = offer.clone();
    let d = data.clone();
    let now_status = when::status(&d, &o, local_now());
    let status = move || dual(labels, &|l| when::describe(&i18n, l, now_status));
    let organization = data
        .catalogue
        .organization(&offer.organization)
        .map(|org| org.name.clone())
        .unwrap_or_default();
    let loc = offer.location.clone();
    let geo = format!("geo:{},{}", loc.lat, loc.lon);
    let how = how_message(offer.how);
    let contact = offer.contact.clone();
    let for_ics = offer.clone();
    let is_activity = offer.activity.is_some();
    let recurrence = offer
        .activity
        .clone()
        .map(|a| move || dual(labels, &|l| when::recurrence(&i18n, l, &a)));

    let title_name = offer.name.clone();
    view! {
        {crate::components::page::without_html_shell}
        <main id="main" tabindex="-1" class="offer-page">
            <div class="offer-head">
                <Pictogram name=offer_pictogram(&offer) size=64 />
                <h1>{catalogue_text(title_name)}</h1>
            </div>
            <ReadAloud />
            <SampleNotice />
            <Untranslated />
            <p class="by">{move || dual(labels, &|l| { let mut a = Args::new(); a.set("organization", organization.resolve(&l.tag).1.to_owned()); i18n.tr_in(l, "offer-by", Some(&a)) })}</p>
            <p class="description">{catalogue_text(offer.description.clone())}</p>
            <div class="offer-actions">
                <FavouriteButton offer_id=offer.id.clone() />
                <ShareQr />
                <PrintSheet />
            </div>
            <RateOffer offer_id=offer.id.clone() />

            {row("round-pushpin", "offer-where", view! {
                <p><bdi>{loc.address.clone()}</bdi></p>
                <p><a href=geo class="action"><Msg id="offer-open-map" /></a></p>
            })}
            {row("mantelpiece-clock", "offer-when", view! {
                <p class="offer-status">{status}</p>
                {recurrence.map(|r| view! { <p>{r}</p> })}
                <p><Msg id=how /></p>
                {is_activity.then(|| view! {
                    <button type="button" class="action" on:click=move |_| download_ics(&for_ics, &i18n.language_untracked().tag)>
                        <Pictogram name="spiral-calendar" size=32 />
                        <span><Msg id="offer-add-to-calendar" /></span>
                    </button>
                })}
            })}
            {row("coin", "offer-cost", view! {
                {offer.cost.free.then(|| view! { <p><Msg id="cost-free" /></p> })}
                {offer.cost.price.clone().map(|p| view! { <p>{catalogue_text(p)}</p> })}
                {offer.cost.income_related.then(|| view! { <p><Msg id="offer-price-income" /></p> })}
                {offer.cost.uitpas.then(|| view! { <p><Msg id="cost-uitpas" /></p> })}
            })}
            {row("speaking-head", "offer-languages", view! {
                {spoken_languages(&offer.languages)}
                {offer.interpreter.then(|| view! { <p><Msg id="offer-interpreter" /></p> })}
            })}
            {row("busts-in-silhouette", "offer-for-whom", view! {
                <ul class="inline-list" role="list">
                    {offer.ages.iter().map(|a| { let id = format!("age-{a}"); view! { <li><Msg id=id.clone() /></li> } }).collect_view()}
                </ul>
                {offer.access.pram.then(|| view! { <p><Msg id="offer-pram" /></p> })}
                {offer.access.wheelchair.then(|| view! { <p><Pictogram name="manual-wheelchair" size=24 /><Msg id="offer-wheelchair" /></p> })}
                {offer.bring.clone().map(|b| view! { <p><Pictogram name="backpack" size=24 /><strong><Msg id="offer-bring" />": "</strong>{catalogue_text(b)}</p> })}
            })}
            {row("telephone-receiver", "offer-contact", view! {
                <ul class="actions" role="list">
                    {contact.phone.clone().map(|p| {
                        let href = tel_link(&p);
                        // The number stays left-to-right inside right-to-left text.
                        view! { <li><a class="action" href=href><Pictogram name="telephone-receiver" size=32 /><span><Msg id="offer-call" /></span><bdi dir="ltr" data-speak="digits">{p.clone()}</bdi></a></li> }
                    })}
                    {contact.whatsapp.clone().map(|p| {
                        let digits: String = p.chars().filter(char::is_ascii_digit).collect();
                        let href = format!("https://wa.me/{digits}");
                        view! { <li><a class="action" href=href rel="noopener"><Pictogram name="speech-balloon" size=32 /><span><Msg id="offer-whatsapp" /></span></a></li> }
                    })}
                    {contact.email.clone().map(|e| view! {
                        <li><a class="action" href=format!("mailto:{e}")><Pictogram name="envelope" size=32 /><span><Msg id="offer-email" /></span></a></li>
                    })}
                    {contact.website.clone().map(|w| view! {
                        <li><a class="action" href=w rel="noopener"><Pictogram name="link" size=32 /><span><Msg id="offer-website" /></span></a></li>
                    })}
                </ul>
            })}
        </main>
    }
}
