//! `/ask`: where do I go with my question. Pick a topic, then a question, and get an answer
//! card: the best places, when they open, and always the front desk (no wrong door). Or search
//! in your own words and language. State lives in the URL: `?topic=`, `?question=`, `?q=`.

use crate::components::msg::Msg;
use crate::components::offer_card::OfferCard;
use crate::components::offer_facts::catalogue_text;
use crate::components::print_sheet::PrintSheet;
use crate::components::thanks::Thanks;
use crate::components::{
    page::Page, pictogram::Pictogram, search_box::SearchBox, share_qr::ShareQr,
};
use crate::domain::feedback::Draft;
use crate::domain::questions::Question;
use crate::domain::search::Kind;
use crate::state::{use_app, LoadedCatalogue};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use std::sync::Arc;

#[component]
pub fn Ask() -> impl IntoView {
    let state = use_app();
    let query = use_query_map();
    let param = move |k: &'static str| query.with(|q| q.get(k)).filter(|v| !v.trim().is_empty());
    state.want_questions();
    let index = state.search_index;

    let content = move || {
        let Some(data) = state.catalogue.get() else {
            return view! { <p role="status"><Msg id="offers-loading" /></p> }.into_any();
        };
        // Without the question router (not yet loaded, or refused) search still finds offers.
        let questions = state.questions.get().unwrap_or_default();
        if let Some(q) = param("q") {
            let hits = index.get().map(|i| i.search(&q)).unwrap_or_default();
            let question_hits: Vec<_> = hits
                .iter()
                .filter(|h| h.kind == Kind::Question)
                .take(8)
                .cloned()
                .collect();
            let offer_hits: Vec<String> = hits
                .iter()
                .filter(|h| h.kind == Kind::Offer)
                .take(12)
                .map(|h| h.id.clone())
                .collect();
            if hits.is_empty() {
                return view! { <NothingFound text=q data=data.clone() /> }.into_any();
            }
            let qs = question_hits
                .into_iter()
                .filter_map(|h| {
                    let (t, q) = questions.question(&h.id)?;
                    Some(question_link(q, t.sensitive))
                })
                .collect_view();
            return view! {
                <section aria-labelledby="ask-results">
                    <h2 id="ask-results"><Msg id="ask-results" /></h2>
                    <ul class="question-list" role="list">{qs}</ul>
                    <ul class="offer-list" role="list">
                        {offer_hits.into_iter().map(|id| view! { <OfferCard data=data.clone() offer_id=id /> }).collect_view()}
                    </ul>
                </section>
                <FrontDesk data=data.clone() />
            }
            .into_any();
        }
        if let Some((topic, question)) = param("question")
            .and_then(|id| questions.question(&id).map(|(t, q)| (t.clone(), q.clone())))
        {
            let sensitive = topic.sensitive;
            return view! {
                {sensitive.then(|| view! { <QuickExit /> })}
                <p><a href=format!("/ask?topic={}", topic.id) class="back-link" on:click=hidden_step(sensitive)>{catalogue_text(topic.label.clone())}</a></p>
                <section class="answer" aria-labelledby="answer-title">
                    <h2 id="answer-title" class="answer-question">
                        <Pictogram name=pictogram(&question.pictogram) size=48 />
                        {catalogue_text(question.text.clone())}
                    </h2>
                    <p><Msg id="answer-go-here" /></p>
                    <ul class="offer-list" role="list">
                        {question.offers.iter().map(|id| view! { <OfferCard data=data.clone() offer_id=id.clone() with_call=true /> }).collect_view()}
                    </ul>
                    <ShareQr />
                    <PrintSheet />
                    <HandoverLinks offers=question.offers.clone() question=question.id.clone() />
                </section>
                {(!question.offers.contains(&data.catalogue.front_desk)).then(|| view! { <FrontDesk data=data.clone() /> })}
            }
            .into_any();
        }
        if let Some(topic) = param("topic").and_then(|id| questions.topic(&id).cloned()) {
            let sensitive = topic.sensitive;
            let items = topic
                .questions
                .iter()
                .map(|question| question_link(question, sensitive))
                .collect_view();
            return view! {
                {sensitive.then(|| view! { <QuickExit /> })}
                <p><a href="/ask" class="back-link" on:click=hidden_step(sensitive)><Msg id="ask-all-topics" /></a></p>
                <h2 class="topic-title">
                    <Pictogram name=pictogram(&topic.pictogram) size=48 />
                    {catalogue_text(topic.label.clone())}
                </h2>
                <ul class="question-list" role="list">{items}</ul>
            }
            .into_any();
        }
        let topics = questions
            .topics
            .iter()
            .map(|topic| {
                view! {
                    <li>
                        <a class="tile" href=format!("/ask?topic={}", topic.id) data-topic=topic.id.clone() on:click=hidden_step(topic.sensitive)>
                            <Pictogram name=pictogram(&topic.pictogram) size=64 />
                            {catalogue_text(topic.label.clone())}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="ask-topics">
                <h2 id="ask-topics"><Msg id="ask-topics" /></h2>
                <ul class="tile-grid" role="list">{topics}</ul>
            </section>
        }
        .into_any()
    };

    view! {
        <Page title="ask-title">
            <SearchBox />
            {content}
        </Page>
    }
}

/// One question as a pictogram row linking to its answer.
fn question_link(question: &Question, sensitive: bool) -> impl IntoView {
    view! {
        <li>
            <a class="tile tile-row" href=format!("/ask?question={}", question.id) data-question=question.id.clone() on:click=hidden_step(sensitive)>
                <Pictogram name=pictogram(&question.pictogram) size=48 />
                {catalogue_text(question.text.clone())}
            </a>
        </li>
    }
}

/// Pictogram names come from data: an unknown one shows the question mark.
fn pictogram(name: &str) -> &'static str {
    crate::components::pictogram::known(name).unwrap_or("red-question-mark")
}

/// No wrong door: the network's front desk, with its next opening.
#[component]
fn FrontDesk(data: Arc<LoadedCatalogue>) -> impl IntoView {
    let id = data.catalogue.front_desk.clone();
    view! {
        <section class="front-desk" aria-labelledby="front-desk-title">
            <h2 id="front-desk-title"><Msg id="front-desk-title" /></h2>
            <ul class="offer-list" role="list">
                <OfferCard data=data.clone() offer_id=id with_call=true />
            </ul>
        </section>
    }
}

/// Nothing matched: say so, show the front desk, and offer to tell the network.
#[component]
fn NothingFound(text: String, data: Arc<LoadedCatalogue>) -> impl IntoView {
    let state = use_app();
    let saved = RwSignal::new(None::<crate::state::delivery::Saved>);
    let tell = move |_| {
        let draft = Draft::Missing { text: text.clone() };
        state.delivery.submit_draft(draft, saved);
    };
    view! {
        <p class="notice" role="status"><Msg id="ask-nothing" /></p>
        <FrontDesk data=data />
        {move || match saved.get() {
            Some(s) => view! {
                <Thanks saved=s />
                <a class="action" href="/feedback">
                    <Pictogram name="pencil" size=32 />
                    <span><Msg id="feedback-say-more" /></span>
                </a>
            }.into_any(),
            None => view! {
                <button type="button" class="action" on:click=tell.clone()>
                    <Pictogram name="speech-balloon" size=32 />
                    <span><Msg id="ask-tell-us" /></span>
                </button>
            }.into_any(),
        }}
    }
}

/// A link of a sensitive topic replaces the page in the browser history instead of adding
/// one: Back then leads out of the topic, not through it.
fn hidden_step(sensitive: bool) -> impl Fn(leptos::ev::MouseEvent) + 'static {
    // Taken while the link is drawn: an event handler runs outside the router's context.
    let navigate = use_navigate();
    move |ev: leptos::ev::MouseEvent| {
        use leptos::wasm_bindgen::JsCast;
        if !sensitive || ev.ctrl_key() || ev.meta_key() || ev.shift_key() {
            return;
        }
        let link = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|a| a.get_attribute("href"));
        let Some(href) = link else {
            return;
        };
        ev.prevent_default();
        navigate(
            &href,
            NavigateOptions {
                replace: true,
                ..Default::default()
            },
        );
    }
}

/// "Leave quickly": back to the home page in place of this one, so neither the screen nor
/// the Back button shows what was being read.
#[component]
fn QuickExit() -> impl IntoView {
    let navigate = use_navigate();
    view! {
        <button type="button" class="action quick-exit" data-quick-exit="" on:click=move |_| {
            navigate("/", NavigateOptions { replace: true, ..Default::default() });
        }>
            <Pictogram name="door" size=32 />
            <span><Msg id="quick-exit" /></span>
        </button>
    }
}

/// In the interpreter view (staff beside the family): a handover card for each place of the
/// answer, to give the family the next step in both languages.
#[component]
fn HandoverLinks(offers: Vec<String>, question: String) -> impl IntoView {
    let state = use_app();
    let i18n = state.i18n;
    move || {
        let data = state.catalogue.get()?;
        i18n.interpreter_on().then(|| {
            let items = offers
                .iter()
                .filter_map(|id| data.catalogue.offer(id))
                .map(|o| {
                    let href = format!("/handover?offer={}&question={}", o.id, question);
                    view! {
                        <li><a class="action" href=href data-handover=o.id.clone()>
                            <Pictogram name="handshake" size=32 />
                            <span><Msg id="handover-make" /></span>
                            <span>": "{catalogue_text(o.name.clone())}</span>
                        </a></li>
                    }
                })
                .collect_view();
            view! { <ul class="handover-links" role="list">{items}</ul> }
        })
    }
}
