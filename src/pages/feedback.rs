//! `/feedback`: "something missing or wrong?" — a pictogram topic and the family's own words,
//! optionally about one offer (`?offer=<id>`), plus the way to the neighbourhood check.

use crate::components::free_text::{words, FreeText};
use crate::components::msg::Msg;
use crate::components::offer_facts::catalogue_text;
use crate::components::you_said_we_did::YouSaidWeDid;
use crate::components::{page::Page, pictogram::Pictogram, thanks::Thanks};
use crate::domain::feedback::{Draft, Topic};
use crate::state::delivery::Saved;
use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn Feedback() -> impl IntoView {
    let state = use_app();
    let query = use_query_map();
    let offer_id = move || query.with(|q| q.get("offer")).filter(|id| !id.is_empty());
    // Only an offer that exists is named (and stored as the target).
    let offer = move || {
        let id = offer_id()?;
        state
            .catalogue
            .with(|c| c.as_ref()?.catalogue.offer(&id).cloned())
    };
    let topic = RwSignal::new(None::<Topic>);
    let text = RwSignal::new(String::new());
    let empty = RwSignal::new(false);
    let saved = RwSignal::new(None::<Saved>);

    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let words = words(text);
        let Some(topic) = topic
            .get_untracked()
            .or((!words.is_empty()).then_some(Topic::Other))
        else {
            empty.set(true);
            return;
        };
        empty.set(false);
        let target = offer().map(|o| o.id);
        let draft = Draft::Signal {
            topic,
            offer: target,
            text: words,
        };
        state.delivery.submit_draft(draft, saved);
    };
    let again = move |_| {
        topic.set(None);
        text.set(String::new());
        saved.set(None);
    };

    let topics = move || {
        Topic::ALL.map(|t| {
            let label = format!("topic-{}", t.code());
            view! {
                <label class="tile tile-choice">
                    <input type="radio" name="topic" value=t.code()
                        prop:checked=move || topic.get() == Some(t)
                        on:change=move |_| topic.set(Some(t)) />
                    <Pictogram name=t.pictogram() size=48 />
                    <span><Msg id=label.clone() /></span>
                </label>
            }
        })
    };

    view! {
        <Page title="feedback-title">
            {move || offer().map(|o| view! {
                <p class="about-offer"><Msg id="feedback-about" />" "<strong>{catalogue_text(o.name.clone())}</strong></p>
            })}
            {move || match saved.get() {
                Some(s) => view! {
                    <Thanks saved=s />
                    <button type="button" class="action" on:click=again>
                        <Pictogram name="pencil" size=32 />
                        <span><Msg id="feedback-another" /></span>
                    </button>
                }.into_any(),
                None => view! {
                    <form class="feedback-form" on:submit=send>
                        <fieldset class="topics">
                            <legend><Msg id="feedback-topic" /></legend>
                            <div class="tile-grid">{topics}</div>
                        </fieldset>
                        <FreeText value=text label="feedback-words" id="feedback-text" />
                        <Show when=move || empty.get()>
                            <p class="notice" role="alert"><Msg id="feedback-empty" /></p>
                        </Show>
                        <button type="submit" class="action primary">
                            <Pictogram name="envelope" size=32 />
                            <span><Msg id="feedback-send" /></span>
                        </button>
                    </form>
                }.into_any(),
            }}
            <section class="check-invite" aria-labelledby="check-invite-title">
                <h2 id="check-invite-title"><Msg id="check-question" /></h2>
                <a class="action" href="/check">
                    <Pictogram name="compass" size=32 />
                    <span><Msg id="check-start" /></span>
                </a>
            </section>
            <YouSaidWeDid />
        </Page>
    }
}
