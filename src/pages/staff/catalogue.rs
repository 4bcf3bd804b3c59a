//! `/staff`, the offer: import a catalogue (CSV template, HSDS 3.x, the app's JSON), see every
//! problem with its place, preview it in the real pages, apply it to this device; export the
//! catalogue in the three formats and the CSV template.

use crate::components::msg::Msg;
use crate::components::pictogram::Pictogram;
use crate::domain::catalogue::Catalogue;
use crate::domain::import::{self, csv, hsds, ImportError, Place};
use crate::i18n::messages::Args;
use crate::state::files;
use crate::state::use_app;
use leptos::html;
use leptos::prelude::*;

/// Where an import stands.
#[derive(Clone)]
enum Step {
    Idle,
    Reading,
    Problems(Vec<ImportError>),
    Ready(Catalogue),
    Applied,
    Failed,
}

#[component]
pub fn CatalogueImport() -> impl IntoView {
    let state = use_app();
    let i18n = state.i18n;
    let step = RwSignal::new(Step::Idle);
    let confirming = RwSignal::new(false);
    let input = NodeRef::<html::Input>::new();

    // The steps are one machine (`step`); reading the file and applying it are its two
    // asynchronous moves.
    let read_file = Action::new_local(
        move |(input, base): &(web_sys::HtmlInputElement, Catalogue)| {
            let (input, base) = (input.clone(), base.clone());
            async move {
                let Some(bytes) = files::chosen(&input, import::MAX_BYTES).await else {
                    step.set(Step::Idle);
                    return;
                };
                let result = match bytes {
                    Ok(bytes) => import::import(&bytes, &base).1,
                    Err(size) => Err(vec![import::too_large(size)]),
                };
                step.set(match result {
                    Ok(mut catalogue) => {
                        catalogue.updated = crate::state::local_now().date().to_string();
                        Step::Ready(catalogue)
                    }
                    Err(errors) => Step::Problems(errors),
                });
            }
        },
    );
    let read = move |_| {
        let (Some(input), Some(base)) = (input.get_untracked(), state.catalogue.get_untracked())
        else {
            return;
        };
        step.set(Step::Reading);
        confirming.set(false);
        read_file.dispatch((input, base.catalogue.clone()));
    };
    let apply_import = Action::new_local(move |catalogue: &Catalogue| {
        let catalogue = catalogue.clone();
        async move {
            step.set(match state.apply_import(catalogue).await {
                Ok(()) => Step::Applied,
                Err(()) => Step::Failed,
            });
            confirming.set(false);
        }
    });
    let apply = move |_| {
        if let Step::Ready(catalogue) = step.get_untracked() {
            apply_import.dispatch(catalogue);
        }
    };

    view! {
        <section aria-labelledby="catalogue-import-title" class="catalogue-import">
            <h2 id="catalogue-import-title"><Msg id="import-title" /></h2>
            <p><Msg id="import-hint" /></p>
            <label for="import-file" class="file-label">
                <Pictogram name="page-facing-up" size=32 />
                <span><Msg id="import-file" /></span>
            </label>
            <input id="import-file" type="file" accept=".csv,.json,text/csv,application/json" node_ref=input on:change=read />
            {move || match step.get() {
                Step::Idle => ().into_any(),
                Step::Reading => view! { <p role="status"><Msg id="import-reading" /></p> }.into_any(),
                Step::Problems(errors) => view! { <ImportProblems errors /> }.into_any(),
                Step::Ready(catalogue) => {
                    let (offers, organizations) = (catalogue.offers.len(), catalogue.organizations.len());
                    let preview = catalogue.clone();
                    view! {
                        <div class="import-ready" role="status">
                            <p>{move || { let mut a = Args::new(); a.set("offers", offers); a.set("organizations", organizations); i18n.tr_with("import-ok", Some(&a)) }}</p>
                            <div class="actions">
                                <a class="action" href="/offers" on:click=move |_| state.start_preview(preview.clone())>
                                    <Pictogram name="eyes" size=32 />
                                    <span><Msg id="import-preview" /></span>
                                </a>
                                <Show when=move || !confirming.get()>
                                    <button type="button" class="action primary" on:click=move |_| confirming.set(true)>
                                        <Pictogram name="check-mark-button" size=32 />
                                        <span><Msg id="import-apply" /></span>
                                    </button>
                                </Show>
                            </div>
                            <Show when=move || confirming.get()>
                                <p><Msg id="import-apply-sure" /></p>
                                <div class="actions">
                                    <button type="button" class="action primary" on:click=apply disabled=move || apply_import.pending().get()>
                                        <span><Msg id="import-apply-confirm" /></span>
                                    </button>
                                    <button type="button" class="secondary" on:click=move |_| confirming.set(false)>
                                        <Msg id="import-cancel" />
                                    </button>
                                </div>
                            </Show>
                        </div>
                    }.into_any()
                }
                Step::Applied => view! { <p class="notice" role="status"><Msg id="import-applied" /></p> }.into_any(),
                Step::Failed => view! { <p class="notice" role="alert"><Msg id="import-failed" /></p> }.into_any(),
            }}
        </section>
    }
}

/// Every problem of a refused file, with its place, as a table (the import and the
/// translation sheet share it).
#[component]
pub fn ImportProblems(errors: Vec<ImportError>) -> impl IntoView {
    let i18n = use_app().i18n;
    let count = errors.len();
    let rows = errors
        .into_iter()
        .take(import::MAX_SHOWN)
        .map(|e| {
            let place = match &e.place {
                Place::File => i18n.tr("import-in-file"),
                Place::Row(n) => {
                    let mut a = Args::new();
                    a.set("row", *n);
                    i18n.tr_with("import-row", Some(&a))
                }
                Place::Record(id) => id.clone(),
            };
            let code = e.problem.code();
            // Import problems have their own words; catalogue rules share them with the
            // refused-catalogue notice.
            let message = if matches!(e.problem, import::ImportProblem::Invalid(_)) {
                "catalogue-problem"
            } else {
                "import-problem"
            };
            let words = move || {
                let mut a = Args::new();
                a.set("code", code);
                i18n.tr_with(message, Some(&a))
            };
            view! {
                <tr data-code=code>
                    <th scope="row">{place}</th>
                    <td><code dir="ltr">{e.column}</code></td>
                    <td>{words}</td>
                    <td><code dir="auto">{e.problem.detail()}</code></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="import-problems" role="alert">
            <p><strong>{move || { let mut a = Args::new(); a.set("count", count); i18n.tr_with("import-errors", Some(&a)) }}</strong></p>
            <table>
                <thead><tr>
                    <th scope="col"><Msg id="import-where" /></th>
                    <th scope="col"><Msg id="import-column" /></th>
                    <th scope="col"><Msg id="import-what" /></th>
                    <th scope="col"><Msg id="import-value" /></th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

#[component]
pub fn CatalogueExport() -> impl IntoView {
    let state = use_app();
    let export = move |format: &'static str| {
        move |_| {
            let Some(data) = state.catalogue.get_untracked() else {
                return;
            };
            let c = &data.catalogue;
            let slug = &c.neighbourhood.id;
            match format {
                "json" => files::save_text(
                    &format!("catalogue-{slug}.json"),
                    "application/json;charset=utf-8",
                    &serde_json::to_string_pretty(c).unwrap_or_default(),
                ),
                "csv" => files::save_text(
                    &format!("catalogue-{slug}.csv"),
                    "text/csv;charset=utf-8",
                    &csv::export(c),
                ),
                "hsds" => files::save_text(
                    &format!("catalogue-{slug}-hsds.json"),
                    "application/json;charset=utf-8",
                    &hsds::export(c),
                ),
                _ => files::save_text(
                    "buurtwijzer-template.csv",
                    "text/csv;charset=utf-8",
                    &csv::template(),
                ),
            }
        }
    };
    view! {
        <section aria-labelledby="catalogue-export-title">
            <h2 id="catalogue-export-title"><Msg id="export-title" /></h2>
            <ul class="actions" role="list">
                <li><button type="button" class="action" data-export="json" on:click=export("json")><Pictogram name="page-facing-up" size=32 /><span><Msg id="export-json" /></span></button></li>
                <li><button type="button" class="action" data-export="csv" on:click=export("csv")><Pictogram name="clipboard" size=32 /><span><Msg id="export-csv" /></span></button></li>
                <li><button type="button" class="action" data-export="hsds" on:click=export("hsds")><Pictogram name="scroll" size=32 /><span><Msg id="export-hsds" /></span></button></li>
                <li><button type="button" class="action" data-export="template" on:click=export("template")><Pictogram name="memo" size=32 /><span><Msg id="export-template" /></span></button></li>
            </ul>
        </section>
    }
}

/// Why the last published catalogue was refused (the previous one stays in use).
#[component]
pub(super) fn CatalogueProblems() -> impl IntoView {
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
        <Show when=move || !state.catalogue_problems.with(Vec::is_empty)>
            <section class="notice" aria-labelledby="catalogue-refused">
                <h2 id="catalogue-refused"><Msg id="catalogue-refused" /></h2>
                <ul class="catalogue-problems">{problems}</ul>
            </section>
        </Show>
    }
}
