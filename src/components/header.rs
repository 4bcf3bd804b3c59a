//! The header on every page: home, the main places, and the language picker.

use crate::components::interpreter::{InterpreterBar, InterpreterToggle};
use crate::components::language_picker::LanguagePicker;
use crate::components::msg::Msg;
use crate::components::pictogram::Pictogram;
use crate::components::urgent_help::UrgentHelp;
use crate::state::{use_app, Preview};
use leptos::prelude::*;
use leptos_router::components::A;

/// The main places, each a pictogram with a short label.
const NAV: [(&str, &str, &str); 4] = [
    ("/", "house", "nav-home"),
    ("/offers", "world-map", "nav-offers"),
    ("/ask", "person-raising-hand", "nav-ask"),
    ("/feedback", "speech-balloon", "nav-feedback"),
];

#[component]
pub fn Header() -> impl IntoView {
    let state = use_app();
    let i18n = state.i18n;
    view! {
        <header class="app-header">
            <div class="app-bar">
                <a href="/" class="brand"><Msg id="app-name" /></a>
                <a href="/settings" class="bar-link">
                    <Pictogram name="gear" size=32 />
                    <span><Msg id="nav-settings" /></span>
                </a>
                <InterpreterToggle />
                <LanguagePicker />
            </div>
            <InterpreterBar />
            <UrgentHelp />
            <Show when=move || state.preview.with(Preview::is_on)>
                <div class="preview-banner" role="status">
                    <Pictogram name="eyes" size=32 />
                    <strong><Msg id="preview-banner" /></strong>
                    <a class="action" href="/staff" on:click=move |_| state.end_preview()>
                        <span><Msg id="preview-end" /></span>
                    </a>
                </div>
            </Show>
            <Show when=move || state.update_ready.get()>
                <div class="update-banner" role="status">
                    <button type="button" class="action primary" on:click=move |_| state.apply_update()>
                        <Pictogram name="sparkles" size=32 />
                        <span><Msg id="update-ready" /></span>
                    </button>
                </div>
            </Show>
            <nav class="main-nav" aria-label=move || i18n.tr("nav-label")>
                <ul role="list">
                    {NAV
                        .into_iter()
                        .map(|(href, pictogram, label)| {
                            view! {
                                <li>
                                    <A href=href exact=true>
                                        <Pictogram name=pictogram size=32 />
                                        <span><Msg id=label /></span>
                                    </A>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
        </header>
    }
}
