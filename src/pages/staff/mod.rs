//! `/staff`: tools for network staff, behind a PIN chosen on first use with the network's
//! setup code (both kept only as salted hashes).
//!
//! One file per section: the gate (`gate`), the offer (`catalogue`: import, export, why a
//! published catalogue was refused), `translations`, `kiosk`, the feedback `dashboard` and
//! `sending` (to the staff's endpoint).

mod catalogue;
mod dashboard;
mod gate;
mod kiosk;
mod sending;
mod translations;

use crate::components::msg::Msg;
use crate::components::{page::Page, pictogram::Pictogram};
use crate::domain::staff_pin::PublishedSetup;
use crate::state::staff;
use crate::state::{use_app, AppState};
use catalogue::{CatalogueExport, CatalogueImport, CatalogueProblems};
use dashboard::FeedbackDashboard;
use gate::{ChoosePin, EnterPin};
use kiosk::KioskSettings;
use leptos::prelude::*;
use translations::Translations;

#[derive(Clone, PartialEq)]
enum Gate {
    /// No PIN on this device: the network's setup code first, then a new PIN.
    Choose(PublishedSetup),
    /// No PIN and no setup code published (or none reachable): nobody can set it up here.
    NoSetup,
    Enter,
    Open,
}

/// Where the staff area starts on this device.
async fn gate_for(state: AppState) -> Gate {
    if staff::has_pin(state).await {
        return Gate::Enter;
    }
    match staff::published_setup(state).await {
        Some(setup) => Gate::Choose(setup),
        None => Gate::NoSetup,
    }
}

#[component]
pub fn Staff() -> impl IntoView {
    let state = use_app();
    // Read from the device on arrival and again when staff lock the page; a right PIN sets it
    // to `Open` (`None` while it is first read).
    let gate = LocalResource::new(move || gate_for(state));
    view! {
        <Page title="staff-title">
            {move || match gate.get() {
                None => view! { <p role="status"><Msg id="offers-loading" /></p> }.into_any(),
                Some(Gate::Choose(setup)) => view! { <ChoosePin gate setup /> }.into_any(),
                Some(Gate::NoSetup) => view! { <p class="notice" role="alert"><Msg id="staff-setup-missing" /></p> }.into_any(),
                Some(Gate::Enter) => view! { <EnterPin gate /> }.into_any(),
                Some(Gate::Open) => view! {
                    <button type="button" class="action lock" on:click=move |_| gate.refetch()>
                        <Pictogram name="locked" size=32 />
                        <span><Msg id="staff-lock" /></span>
                    </button>
                    <CatalogueProblems />
                    <CatalogueImport />
                    <CatalogueExport />
                    <Translations />
                    <KioskSettings />
                    <FeedbackDashboard />
                }.into_any(),
            }}
        </Page>
    }
}
