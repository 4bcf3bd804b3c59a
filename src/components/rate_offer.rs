//! One-tap rating of an offer with three faces. The tap itself is saved; reasons (pictograms)
//! and words can then be added to the same record.

use crate::components::free_text::{words, FreeText};
use crate::components::msg::{use_labels, Msg};
use crate::components::pictogram::Pictogram;
use crate::components::thanks::Thanks;
use crate::domain::feedback::{Draft, Face, Reason, Record};
use crate::state::delivery::Saved;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn RateOffer(offer_id: String) -> impl IntoView {
    let state = use_app();
    let labels = use_labels();
    let record = RwSignal::new(None::<Record>);
    let saved = RwSignal::new(None::<Saved>);
    let details_sent = RwSignal::new(false);
    let reasons = RwSignal::new(Vec::<Reason>::new());
    let text = RwSignal::new(String::new());
    let text_id = format!("rate-text-{offer_id}");
    let offer_id = StoredValue::new(offer_id);

    let store = move |r: Record| {
        record.set(Some(r.clone()));
        state.delivery.submit(r, saved);
    };
    let tap = move |face: Face| {
        details_sent.set(false);
        match record.get_untracked() {
            Some(r) => store(r.with_face(face)),
            None => {
                let draft = Draft::Rating {
                    offer: offer_id.get_value(),
                    face,
                };
                record.set(Some(state.delivery.submit_draft(draft, saved)));
            }
        }
    };
    let send_details = move |_| {
        if let Some(r) = record.get_untracked() {
            store(r.with_details(&reasons.get_untracked(), &words(text)));
            details_sent.set(true);
        }
    };
    let faces = Face::ALL.map(|face| {
        let pressed = move || record.with(|r| r.as_ref().and_then(|r| r.values.face) == Some(face));
        let label = format!("face-{}", face.code());
        view! {
            <button type="button" class="face" aria-pressed=move || pressed().to_string() on:click=move |_| tap(face)>
                <Pictogram name=face.pictogram() size=48 />
                <span><Msg id=label.clone() /></span>
            </button>
        }
    });
    let reason_buttons = move || {
        Reason::ALL.map(|reason| {
        let on = move || reasons.with(|r| r.contains(&reason));
        let label = format!("reason-{}", reason.code());
        view! {
            <button type="button" class="chip" aria-pressed=move || on().to_string()
                on:click=move |_| reasons.update(|r| if let Some(i) = r.iter().position(|x| *x == reason) { r.remove(i); } else { r.push(reason); })>
                <Pictogram name=reason.pictogram() size=32 />
                <span><Msg id=label.clone() /></span>
            </button>
        }
    })
    };
    view! {
        <div class="rate" role="group" aria-label=move || labels.tr("rate-title")>
            <p class="rate-title"><Msg id="rate-title" /></p>
            <div class="faces">{faces}</div>
            {move || saved.get().map(|s| view! { <Thanks saved=s /> })}
            <Show when=move || record.with(Option::is_some) && !details_sent.get()>
                <details class="rate-more">
                    <summary><Msg id="rate-say-more" /></summary>
                    <div class="chips" role="group" aria-label=move || labels.tr("rate-reasons")>
                        {reason_buttons()}
                    </div>
                    <FreeText value=text label="rate-words" id=text_id.clone() />
                    <button type="button" class="action primary" on:click=send_details>
                        <Pictogram name="envelope" size=32 />
                        <span><Msg id="feedback-send" /></span>
                    </button>
                </details>
            </Show>
        </div>
    }
}
