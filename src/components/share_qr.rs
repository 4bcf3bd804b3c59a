//! "Open on my phone": a QR code of this page's deep link in the current language.

use crate::components::msg::Msg;
use crate::components::pictogram::Pictogram;
use crate::domain::share::{deep_link, qr_path};
use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_query_map};

#[component]
pub fn ShareQr() -> impl IntoView {
    let i18n = use_app().i18n;
    let location = use_location();
    let query = use_query_map();
    let link = move || {
        let origin = window().location().origin().unwrap_or_default();
        let pairs: Vec<(String, String)> = query.with(|q| {
            q.clone()
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect()
        });
        deep_link(
            &origin,
            &location.pathname.get(),
            &pairs,
            &i18n.language().tag,
        )
    };
    view! {
        <details class="share">
            <summary>
                <Pictogram name="mobile-phone-with-arrow" size=32 />
                <span><Msg id="share-open-on-phone" /></span>
            </summary>
            {move || {
                let url = link();
                qr_path(&url).map(|(size, path)| view! {
                    <figure>
                        <svg
                            class="qr"
                            role="img"
                            aria-label=i18n.tr("share-qr")
                            viewBox=format!("0 0 {size} {size}")
                            width="240"
                            height="240"
                            data-url=url.clone()
                        >
                            <rect width="100%" height="100%" fill="#fff" />
                            <path d=path fill="#000" />
                        </svg>
                        <figcaption><Msg id="share-qr-caption" /></figcaption>
                    </figure>
                })
            }}
        </details>
    }
}
