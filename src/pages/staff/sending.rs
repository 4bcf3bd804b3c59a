//! Sending to the staff's endpoint: the address (changing it asks the PIN again) and the status.

use super::gate::pin_refusal;
use crate::components::msg::Msg;
use crate::components::pictogram::Pictogram;
use crate::domain::feedback::sync::check_endpoint;
use crate::i18n::messages::Args;
use crate::state::staff::{self, PinCheck};
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub(super) fn SyncSettings() -> impl IntoView {
    let state = use_app();
    let i18n = state.i18n;
    let delivery = state.delivery;
    let draft = RwSignal::new(delivery.endpoint.get_untracked().unwrap_or_default());
    let problem = RwSignal::new(None::<&'static str>);
    // Where the records (and the staff token) go: changing it asks the PIN again, so a staff
    // page left open cannot be redirected by whoever walks by.
    let pin_typed = RwSignal::new(String::new());
    // Keeps the endpoint; its value is the PIN check, when one was needed.
    let keep = Action::new_local(move |endpoint: &Option<String>| {
        let endpoint = endpoint.clone();
        async move {
            let mut check = None;
            if endpoint != delivery.endpoint.get_untracked() {
                let answer = staff::check_pin(state, &pin_typed.get_untracked()).await;
                check = Some(answer);
                if answer != PinCheck::Right {
                    return check;
                }
            }
            pin_typed.set(String::new());
            delivery.set_endpoint(&state.storage(), endpoint).await;
            check
        }
    });
    let pin_outcome = move || keep.value().get().flatten();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = draft.get_untracked();
        let endpoint = if text.trim().is_empty() {
            None
        } else {
            match check_endpoint(&text) {
                Ok(url) => Some(url),
                Err(p) => {
                    problem.set(Some(p.code()));
                    return;
                }
            }
        };
        problem.set(None);
        keep.dispatch(endpoint);
    };
    let status = move || {
        let s = delivery.status.get();
        let mut lines = vec![];
        if s.sending {
            lines.push(i18n.tr("sync-sending"));
        }
        if let Some((at, n)) = &s.last_sent {
            let mut a = Args::new();
            a.set("time", at.clone());
            a.set("count", *n);
            lines.push(i18n.tr_with("sync-last-sent", Some(&a)));
        }
        if let Some(code) = s.last_failure {
            lines.push(i18n.tr(&format!("sync-failed-{code}")));
        }
        if let Some(secs) = s.retry_in_s {
            let mut a = Args::new();
            a.set("seconds", secs);
            lines.push(i18n.tr_with("sync-retry-in", Some(&a)));
        }
        lines
            .into_iter()
            .map(|l| view! { <p>{l}</p> })
            .collect_view()
    };
    view! {
        <section aria-labelledby="sync-title">
            <h2 id="sync-title"><Msg id="sync-title" /></h2>
            <p><Msg id="sync-hint" /></p>
            <form class="sync-form" on:submit=save>
                <label for="sync-endpoint"><Msg id="sync-endpoint" /></label>
                <input id="sync-endpoint" name="endpoint" type="url" dir="ltr" inputmode="url"
                    placeholder="https://"
                    prop:value=move || draft.get()
                    on:input=move |ev| draft.set(event_target_value(&ev)) />
                {move || problem.get().map(|code| view! { <p class="notice" role="alert">{move || i18n.tr(&format!("sync-endpoint-{code}"))}</p> })}
                <label for="sync-pin"><Msg id="sync-pin" /></label>
                <input id="sync-pin" type="password" inputmode="numeric" autocomplete="off" dir="ltr"
                    prop:value=move || pin_typed.get()
                    on:input=move |ev| pin_typed.set(event_target_value(&ev)) />
                {move || pin_refusal(i18n, pin_outcome()).map(|text| view! { <p class="notice" role="alert">{text}</p> })}
                <button type="submit" class="action" disabled=move || keep.pending().get()><Msg id="sync-save" /></button>
            </form>
            <Show when=move || delivery.endpoint.with(Option::is_some)>
                <button type="button" class="action primary" on:click=move |_| delivery.send_now()>
                    <Pictogram name="mobile-phone-with-arrow" size=32 />
                    <span><Msg id="sync-send-now" /></span>
                </button>
            </Show>
            <div class="sync-status" role="status">{status}</div>
        </section>
    }
}
