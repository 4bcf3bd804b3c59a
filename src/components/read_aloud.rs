//! The speaker button on every page and card: reads the text of its page or card in the
//! current language with the device's speech synthesis. Without a voice for that language it
//! says so, and offers the interpreter view instead.

use crate::components::msg::{use_labels, Msg};
use crate::components::pictogram::Pictogram;
use crate::state::use_app;
use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use std::sync::atomic::{AtomicU32, Ordering};

static NEXT_ID: AtomicU32 = AtomicU32::new(1);

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

    let stop = move || state.stop_reading(id);
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
        // Not an `Action`: this button is in the main module, on every page, and an action
        // there brings Leptos' action machinery to every first start (measured: +2.0 KB brotli).
        leptos::task::spawn_local(async move {
            if state.read_aloud(id, root, language).await.is_err() {
                no_voice_for.set(Some(language.tag.clone()));
            }
        });
    };
    let toggle = move |_| if speaking() { stop() } else { start() };
    let interpreter = move |_| i18n.switch_interpreter(true);

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
