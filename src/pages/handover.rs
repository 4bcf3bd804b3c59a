//! `/handover?offer=<id>&question=<id>`: the warm handover card. Staff at the front desk pick
//! the next service for a family; the card says the family's question in the family's language
//! and in the staff's, with the service's hours, address and how to reach it. It stays on the
//! tablet for the family to read, goes to their phone by QR (the link carries the family's
//! language, never anything they typed), or is printed.

use crate::components::msg::Msg;
use crate::components::offer_card::OfferCard;
use crate::components::offer_facts::marked;
use crate::components::pictogram::Pictogram;
use crate::components::print_sheet::PrintSheet;
use crate::components::{page::Page, share_qr::ShareQr};
use crate::domain::catalogue::Text;
use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn Handover() -> impl IntoView {
    let state = use_app();
    let i18n = state.i18n;
    state.want_questions();
    let query = use_query_map();
    let param = move |k: &'static str| query.with(|q| q.get(k)).filter(|v| !v.trim().is_empty());

    let content = move || {
        let Some(data) = state.catalogue.get() else {
            return view! { <p role="status"><Msg id="offers-loading" /></p> }.into_any();
        };
        let Some(offer) = param("offer").filter(|id| data.catalogue.offer(id).is_some()) else {
            return view! { <p class="notice" role="alert"><Msg id="handover-no-offer" /></p> }
                .into_any();
        };
        let question = param("question").and_then(|id| {
            state
                .questions
                .with(|q| q.as_ref()?.question(&id).map(|(_, q)| q.text.clone()))
        });
        view! {
            {question.map(|text| view! {
                <section class="handover-question" aria-labelledby="handover-question-title">
                    <h2 id="handover-question-title"><Pictogram name="red-question-mark" size=32 /><Msg id="handover-question" /></h2>
                    {both_languages(text, i18n.language().tag.as_str(), i18n.staff_language().tag.as_str())}
                </section>
            })}
            <section class="answer" aria-labelledby="handover-next-title">
                <h2 id="handover-next-title"><Msg id="handover-next" /></h2>
                <ul class="offer-list" role="list">
                    <OfferCard data=data.clone() offer_id=offer with_call=true />
                </ul>
            </section>
            <ShareQr />
            <PrintSheet />
        }
        .into_any()
    };

    view! {
        <Page title="handover-title">
            {content}
        </Page>
    }
}

/// The text in the family's language and, below it, in the staff's (once if they are one).
fn both_languages(text: Text, family: &str, staff: &str) -> impl IntoView {
    let mut langs = vec![family.to_owned()];
    if staff != family {
        langs.push(staff.to_owned());
    }
    langs
        .into_iter()
        .map(|l| {
            let (lang, t) = text.resolve(&l);
            view! { <p>{marked(lang, t, "handover-text")}</p> }
        })
        .collect_view()
}
