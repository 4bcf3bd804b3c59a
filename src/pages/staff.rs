//! `/staff`: tools for network staff. For now: why the last published catalogue was refused.

use crate::components::page::Page;
use crate::i18n::messages::Args;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn Staff() -> impl IntoView {
    let state = use_app();
    let i18n = state.i18n;
    let problems = move || {
        state.catalogue_problems.get().into_iter().map(|issue| {
            let value = serde_json::to_value(&issue.problem).unwrap_or_default();
            let code = value["code"].as_str().unwrap_or_default().to_owned();
            let detail = match &value["detail"] {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Null => String::new(),
                other => other.to_string(),
            };
            let words = move || {
                let mut a = Args::new();
                a.set("code", code.clone());
                i18n.tr_with("catalogue-problem", Some(&a))
            };
            view! {
                <li>
                    <code>{issue.record.unwrap_or_default()}</code>" · "<code>{issue.field}</code>": "
                    {words}" "<code dir="ltr">{detail}</code>
                </li>
            }
        }).collect_view()
    };
    view! {
        <Page title="staff-title">
            <Show when=move || !state.catalogue_problems.with(Vec::is_empty)>
                <section class="notice" aria-labelledby="catalogue-refused">
                    <h2 id="catalogue-refused">{move || i18n.tr("catalogue-refused")}</h2>
                    <ul class="catalogue-problems">{problems}</ul>
                </section>
            </Show>
            <p>{move || i18n.tr("page-in-progress")}</p>
        </Page>
    }
}
