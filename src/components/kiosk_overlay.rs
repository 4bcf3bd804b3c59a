//! What kiosk mode shows: the countdown before a reset ("still there? touch the screen"), the
//! attract screen ("touch to start" in every language, one after another), and a link out of
//! the app as a QR code for the family's own phone.

use crate::components::msg::Msg;
use crate::domain::kiosk::Phase;
use crate::i18n::{languages, loader};
use crate::state::use_app;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_location, use_navigate};
use std::time::Duration;

/// How long each language's "touch to start" stays.
const CYCLE: Duration = Duration::from_millis(2500);

#[component]
pub fn KioskOverlay() -> impl IntoView {
    let state = use_app();
    let kiosk = state.kiosk;
    let navigate = use_navigate();
    let location = use_location();
    // The attract screen always sits on the home page.
    Effect::new(move || {
        if kiosk.attract.get() {
            if location.pathname.get_untracked() != "/" {
                navigate("/", Default::default());
            } else {
                kiosk.mark_entry("/".into(), location.search.get_untracked());
            }
        }
    });
    // After a reset that kept the page, each entry the new family makes is theirs.
    Effect::new(move || kiosk.mark_entry(location.pathname.get(), location.search.get()));
    let countdown = move || match kiosk.phase.get() {
        Phase::Countdown(s) => Some(s),
        _ => None,
    };
    view! {
        {move || countdown().map(|s| view! {
            <div class="kiosk-countdown" role="alertdialog" aria-modal="true" aria-labelledby="kiosk-countdown-text">
                <p class="kiosk-seconds" aria-hidden="true">{s}</p>
                <p id="kiosk-countdown-text"><Msg id="kiosk-still-there" /></p>
            </div>
        })}
        {move || kiosk.outside_link.get().map(|url| view! { <OutsideLink url /> })}
        <Show when=move || kiosk.attract.get()>
            <Attract />
        </Show>
    }
}

/// The QR code of a link (a chunk of its own in the split build: the encoder is not needed to
/// paint the first screen).
#[cfg_attr(feature = "split", leptos::lazy)]
async fn qr_code(url: String) -> Option<(usize, String)> {
    crate::domain::share::qr_path(&url)
}

/// "Open this on your phone": the tablet stays in the app, the family takes the link along.
#[component]
fn OutsideLink(url: String) -> impl IntoView {
    let state = use_app();
    let kiosk = state.kiosk;
    // A signal and spawn_local, not a `LocalResource`: this overlay is in the main module, and
    // a resource there would bring Leptos' resource machinery to every first start (measured:
    // +6.4 KB brotli on the main module). The same for the attract screen below.
    let qr = RwSignal::new(None::<(usize, String)>);
    {
        let url = url.clone();
        spawn_local(async move { qr.set(qr_code(url).await) });
    }
    let close_button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move || {
        if let Some(b) = close_button.get() {
            let _ = b.focus();
        }
    });
    let close = move || kiosk.outside_link.set(None);
    let shown = url.clone();
    view! {
        <div class="kiosk-link" role="dialog" aria-modal="true" aria-labelledby="kiosk-link-title"
            on:keydown=move |ev| if ev.key() == "Escape" { close() }>
            <h2 id="kiosk-link-title"><Msg id="kiosk-link-title" /></h2>
            <p><Msg id="kiosk-link-hint" /></p>
            {move || qr.get().map(|(size, path)| view! {
                <svg class="qr" role="img" aria-label=state.i18n.tr("share-qr")
                    viewBox=format!("0 0 {size} {size}") width="240" height="240" data-url=url.clone()>
                    <rect width="100%" height="100%" fill="#fff" />
                    <path d=path fill="#000" />
                </svg>
            })}
            <p class="kiosk-link-url" dir="ltr">{shown}</p>
            <button type="button" class="action primary" node_ref=close_button on:click=move |_| close()>
                <span><Msg id="kiosk-link-close" /></span>
            </button>
        </div>
    }
}

#[component]
fn Attract() -> impl IntoView {
    let kiosk = use_app().kiosk;
    // (tag, phrase) per language, loaded from each locale (cached by the service worker).
    let phrases = RwSignal::new(Vec::<(String, String)>::new());
    let index = RwSignal::new(0usize);
    spawn_local(async move {
        for language in languages::all() {
            if let Ok(messages) = loader::load(&language.tag).await {
                if let Some(text) = messages.format("kiosk-touch-to-start", None) {
                    phrases.update(|p| p.push((language.tag.clone(), text)));
                }
            }
        }
    });
    if let Ok(handle) = set_interval_with_handle(move || index.update(|i| *i += 1), CYCLE) {
        on_cleanup(move || handle.clear());
    }
    let current =
        move || phrases.with(|p| (!p.is_empty()).then(|| p[index.get() % p.len()].clone()));
    view! {
        <button type="button" class="attract" on:click=move |_| kiosk.wake()>
            <img class="pictogram" src="/pictograms/house.svg" alt="" width="128" height="128" />
            {move || current().map(|(tag, text)| {
                let dir = languages::find(&tag).map(|l| l.dir.as_str()).unwrap_or("ltr");
                view! { <span class="attract-text" lang=tag dir=dir>{text}</span> }
            })}
        </button>
    }
}
