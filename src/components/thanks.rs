//! Said after every submission: thank you, in a pictogram and words, and what happens next.
//! If the device refused to store it, that is said too (the record is kept in memory). The
//! first time, if the neighbourhood has a receiver, it also says where feedback goes and lets
//! the family choose; the answer is kept.

use crate::components::msg::{dual, use_labels, Msg};
use crate::components::pictogram::Pictogram;
use crate::domain::feedback::sync;
use crate::i18n::messages::Args;
use crate::state::delivery::Saved;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn Thanks(saved: Saved) -> impl IntoView {
    let held = matches!(saved, Saved::HeldInMemory(_));
    let delivery = use_app().delivery;
    // Said as it is: only a message on its way to a receiver is read by the team.
    let destination = move || {
        sync::destination(
            delivery.endpoint.get().as_deref(),
            delivery.published.get().as_deref(),
            delivery.consent.get(),
        )
        .message()
    };
    view! {
        <div class="thanks" role="status">
            <Pictogram name="folded-hands" size=64 />
            <div>
                <p class="thanks-title"><Msg id="thanks-title" /></p>
                // Not while held: "kept on this device" would not be true yet.
                {move || (!held).then(|| { let id = destination(); view! { <p data-destination=id><Msg id=id /></p> } })}
            </div>
        </div>
        {held.then(|| view! { <p class="notice warning" role="alert"><Msg id="feedback-held" /></p> })}
        <SendNotice />
    }
}

/// "Your feedback goes anonymously to …": yes sends it (now and from then on), no keeps it on
/// this device (staff can still export it from here).
#[component]
fn SendNotice() -> impl IntoView {
    let state = use_app();
    let delivery = state.delivery;
    let labels = use_labels();
    let i18n = state.i18n;
    let answer = move |yes: bool| delivery.answer_consent(state.storage(), yes);
    let words = move || {
        let host = delivery.published.get().unwrap_or_default();
        let mut a = Args::new();
        a.set("host", sync::host(&host).to_owned());
        dual(labels, &|l| i18n.tr_in(l, "feedback-goes-to", Some(&a)))
    };
    view! {
        <Show when=move || delivery.needs_notice()>
            <div class="send-notice" role="group" aria-labelledby="send-notice-text">
                <Pictogram name="locked" size=48 />
                <p id="send-notice-text">{words}</p>
                <div class="actions">
                    <button type="button" class="action primary" on:click=move |_| answer(true)>
                        <Pictogram name="envelope" size=32 />
                        <span><Msg id="feedback-send-yes" /></span>
                    </button>
                    <button type="button" class="action" on:click=move |_| answer(false)>
                        <Pictogram name="mobile-phone" size=32 />
                        <span><Msg id="feedback-send-no" /></span>
                    </button>
                </div>
            </div>
        </Show>
    }
}
