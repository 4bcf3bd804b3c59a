//! The speaker button on every page and card: reads the text of its page or card in the
//! current language with the device's speech synthesis. Without a voice for that language it
//! says so, and offers the interpreter view instead.

use crate::browser::speech;
use crate::components::msg::{use_labels, Msg};
use crate::components::pictogram::Pictogram;
use crate::domain::speech::utterances;
use crate::i18n::messages::Args;
use crate::state::use_app;
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_location;
use std::sync::atomic::{AtomicU32, Ordering};
use wasm_bindgen::JsCast;

static NEXT_ID: AtomicU32 = AtomicU32::new(1);

/// How long to wait for the device's voice list on the first tap.
const VOICES_WAIT_MS: u32 = 1500;

/// Reads the nearest enclosing `[data-read]` element (a card), else the page's `main`.
#[component]
pub fn ReadAloud() -> impl IntoView {
    let state = use_app();
    let i18n = state.i18n;
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    let button = NodeRef::<html::Button>::new();
    let speaking = move || state.reading.get() == Some(id);
    // The language a missing voice was found for: the notice goes when the language changes.
    let no_voice_for = RwSignal::new(None::<String>);
    let labels = use_labels();
    let no_voice =
        move || no_voice_for.with(|t| t.as_ref().is_some_and(|t| *t == labels.language().tag));

    let stop = move || {
        if state.reading.get_untracked() == Some(id) {
            speech::cancel();
            state.reading.set(None);
        }
    };
    // Stop when the page (or its query) changes, or this button goes away.
    let location = use_location();
    Effect::new(move |first: Option<()>| {
        location.pathname.track();
        location.search.track();
        if first.is_some() {
            stop();
        }
    });
    on_cleanup(stop);

    let start = move || {
        let Some(el) = button.get_untracked() else {
            return;
        };
        let Ok(Some(root)) = el.closest("[data-read], main") else {
            return;
        };
        let language = i18n.language_untracked();
        spawn_local(async move {
            speech::voices_ready(VOICES_WAIT_MS).await;
            let Some(voice) = speech::voice_for(&language.tag) else {
                no_voice_for.set(Some(language.tag.clone()));
                return;
            };
            let range = |from: &str, to: &str| {
                let mut a = Args::new();
                a.set("from", from.to_owned());
                a.set("to", to.to_owned());
                i18n.tr_in(language, "read-aloud-time-range", Some(&a))
            };
            let texts = utterances(&speech::read_parts(root.unchecked_ref()), range);
            state.reading.set(Some(id));
            speech::speak(&texts, &language.tag, &voice, move || {
                if state.reading.get_untracked() == Some(id) {
                    state.reading.set(None);
                }
            });
        });
    };
    let toggle = move |_| if speaking() { stop() } else { start() };
    let interpreter = move |_| {
        spawn_local(async move {
            let _ = i18n.set_interpreter(true).await;
        });
    };

    view! {
        <div class="read-aloud no-read">
            <button type="button" class="action read-aloud-button" node_ref=button aria-pressed=move || speaking().to_string() on:click=toggle>
                {move || if speaking() {
                    view! { <Pictogram name="stop-button" size=32 /><span><Msg id="read-aloud-stop" /></span> }.into_any()
                } else {
                    view! { <Pictogram name="speaker-high-volume" size=32 /><span><Msg id="read-aloud" /></span> }.into_any()
                }}
            </button>
            <Show when=no_voice>
                <p class="no-voice" role="status">
                    <Pictogram name="muted-speaker" size=32 />
                    <span><Msg id="read-aloud-no-voice" /></span>
                </p>
                <Show when=move || !i18n.interpreter_on()>
                    <button type="button" class="action" on:click=interpreter>
                        <Pictogram name="speaking-head" size=32 />
                        <span><Msg id="interpreter-toggle" /></span>
                    </button>
                </Show>
            </Show>
        </div>
    }
}
