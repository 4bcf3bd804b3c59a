//! The gate of `/staff`: a new PIN (with the network's setup code) or the PIN of this device.

use super::Gate;
use crate::components::msg::Msg;
use crate::components::pictogram::Pictogram;
use crate::domain::staff_pin::{self, PublishedSetup};
use crate::i18n::messages::Args;
use crate::state::staff::{self, PinCheck};
use crate::state::use_app;
use leptos::prelude::*;

/// A new device: the setup code proves the person is the network's staff, then they choose the
/// PIN this device will ask for.
#[component]
pub(super) fn ChoosePin(gate: LocalResource<Gate>, setup: PublishedSetup) -> impl IntoView {
    let state = use_app();
    let code = RwSignal::new(String::new());
    let first = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let sample = setup.sample;
    let setup = StoredValue::new(setup);
    // Checks the new PIN's rules, then the setup code (counted toward the back-off), then
    // keeps the PIN; `None` is success.
    let choose = Action::new_local(move |(typed_code, pin, again): &(String, String, String)| {
        let (typed_code, pin, again) = (typed_code.clone(), pin.clone(), again.clone());
        async move {
            if let Err(p) = staff_pin::check_new(&pin, &again) {
                return Some(Refusal::Message(format!("staff-pin-problem-{}", p.code())));
            }
            let refusal =
                match staff::check_setup_code(state, &setup.get_value(), &typed_code).await {
                    PinCheck::Right if staff::save_pin(state, &pin).await => None,
                    PinCheck::Right => Some(Refusal::Message("staff-pin-not-saved".into())),
                    PinCheck::Wrong => Some(Refusal::Message("staff-setup-wrong".into())),
                    wait => Some(Refusal::Check(wait)),
                };
            if refusal.is_none() {
                gate.set(Some(Gate::Open));
            }
            refusal
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        choose.dispatch((
            code.get_untracked(),
            first.get_untracked(),
            repeat.get_untracked(),
        ));
    };
    let problem = move || choose.value().get().flatten();
    view! {
        <form class="pin-form" on:submit=submit>
            <h2><Msg id="staff-pin-choose" /></h2>
            <p><Msg id="staff-setup-hint" /></p>
            {sample.then(|| view! { <p class="notice"><Msg id="staff-setup-sample" /></p> })}
            <label for="setup-code"><Msg id="staff-setup-code" /></label>
            <input id="setup-code" type="text" autocomplete="off" autocapitalize="characters" spellcheck="false" dir="ltr"
                on:input=move |ev| code.set(event_target_value(&ev)) />
            <p><Msg id="staff-pin-choose-hint" /></p>
            <label for="pin-new"><Msg id="staff-pin-new" /></label>
            <input id="pin-new" type="password" inputmode="numeric" autocomplete="new-password" dir="ltr"
                on:input=move |ev| first.set(event_target_value(&ev)) />
            <label for="pin-repeat"><Msg id="staff-pin-repeat" /></label>
            <input id="pin-repeat" type="password" inputmode="numeric" autocomplete="new-password" dir="ltr"
                on:input=move |ev| repeat.set(event_target_value(&ev)) />
            {move || problem().map(|refusal| view! { <p class="notice" role="alert">{match refusal {
                Refusal::Message(id) => view! { <Msg id /> }.into_any(),
                Refusal::Check(check) => pin_refusal(state.i18n, Some(check)).into_any(),
            }}</p> })}
            <button type="submit" class="action primary" disabled=move || choose.pending().get()><Msg id="staff-pin-save" /></button>
        </form>
    }
}

/// Why a new PIN was not set: a message, or the back-off.
#[derive(Clone)]
enum Refusal {
    Message(String),
    Check(PinCheck),
}

/// The message for a PIN that did not open (nothing for a right one).
pub(super) fn pin_refusal(i18n: crate::i18n::I18n, check: Option<PinCheck>) -> Option<String> {
    match check? {
        PinCheck::Right => None,
        PinCheck::Wrong => Some(i18n.tr("staff-pin-wrong")),
        PinCheck::Wait(seconds) => {
            let mut a = Args::new();
            a.set("seconds", seconds);
            Some(i18n.tr_with("staff-pin-wait", Some(&a)))
        }
    }
}

#[component]
pub(super) fn EnterPin(gate: LocalResource<Gate>) -> impl IntoView {
    let state = use_app();
    let value = RwSignal::new(String::new());
    let check = Action::new_local(move |typed: &String| {
        let typed = typed.clone();
        async move {
            let check = staff::check_pin(state, &typed).await;
            if check == PinCheck::Right {
                gate.set(Some(Gate::Open));
            }
            check
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        check.dispatch(value.get_untracked());
    };
    view! {
        <form class="pin-form" on:submit=submit>
            <label for="pin"><Msg id="staff-pin-enter" /></label>
            <input id="pin" type="password" inputmode="numeric" autocomplete="current-password" dir="ltr"
                on:input=move |ev| value.set(event_target_value(&ev)) />
            {move || pin_refusal(state.i18n, check.value().get()).map(|text| view! { <p class="notice" role="alert">{text}</p> })}
            <button type="submit" class="action primary" disabled=move || check.pending().get()>
                <Pictogram name="key" size=32 />
                <span><Msg id="staff-unlock" /></span>
            </button>
        </form>
    }
}
