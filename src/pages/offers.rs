//! `/offers`: the neighbourhood offer, filtered by `?function=<code>`.

use crate::components::{page::Page, pictogram::Pictogram};
use crate::domain::functions;
use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn Offers() -> impl IntoView {
    let i18n = use_app().i18n;
    let query = use_query_map();
    let function = move || {
        query
            .with(|q| q.get("function"))
            .and_then(|code| functions::by_code(&code))
    };
    view! {
        <Page title="offers-title">
            {move || {
                function()
                    .map(|f| {
                        let label = f.label_id();
                        view! {
                            <p class="chip">
                                <Pictogram name=f.pictogram size=32 />
                                <span>{move || i18n.tr(&label)}</span>
                            </p>
                        }
                    })
            }}
            <p>{move || i18n.tr("page-in-progress")}</p>
        </Page>
    }
}
