//! `/staff`, the translations: how much of the offer and the questions is written in each
//! language, a translation sheet per language (CSV, the Dutch beside the translation) to give
//! a translator, and the filled-in sheet read back: every row checked, nothing applied while
//! one has a problem. A good sheet is put into the offer on this device and comes out as the
//! two files to publish beside the catalogue, so every device gets it.

use super::catalogue::ImportProblems;
use crate::components::msg::Msg;
use crate::components::pictogram::Pictogram;
use crate::domain::catalogue::Catalogue;
use crate::domain::import::ImportError;
use crate::domain::questions::Questions;
use crate::domain::translations::{self, coverage, Pack, Translatable};
use crate::i18n::languages;
use crate::i18n::messages::Args;
use crate::state::files;
use crate::state::use_app;
use leptos::html;
use leptos::prelude::*;

#[derive(Clone)]
enum Step {
    Idle,
    Problems(Vec<ImportError>),
    Ready(Pack),
    Applied(Pack),
    Failed,
}

#[component]
pub fn Translations() -> impl IntoView {
    let state = use_app();
    let i18n = state.i18n;
    state.want_questions();
    // Everything in every language, fetched for this section only.
    let all = LocalResource::new(move || {
        // Again when the offer in use changes (an applied sheet or import).
        let _ = state.catalogue.get();
        let _ = state.questions.get().is_some();
        async move { state.in_every_language().await }
    });
    let step = RwSignal::new(Step::Idle);
    let input = NodeRef::<html::Input>::new();

    let download = move |tag: &'static str| {
        move |_| {
            let Some(Some((c, q))) = all.get_untracked() else {
                return;
            };
            files::save_text(
                &format!("translation-{}-{tag}.csv", c.neighbourhood.id),
                "text/csv;charset=utf-8",
                &translations::sheet(&sources(&c, q.as_ref()), tag),
            );
        }
    };
    // The steps are one machine (`step`); reading the sheet and applying it are its two
    // asynchronous moves.
    let read_sheet = Action::new_local(
        move |(input, c, q): &(web_sys::HtmlInputElement, Catalogue, Option<Questions>)| {
            let (input, c, q) = (input.clone(), c.clone(), q.clone());
            async move {
                let Some(bytes) = files::chosen(&input, crate::domain::import::MAX_BYTES).await
                else {
                    return;
                };
                let read = bytes
                    .map_err(|size| vec![crate::domain::import::too_large(size)])
                    .and_then(|bytes| translations::read_sheet(&bytes, &sources(&c, q.as_ref())));
                step.set(match read {
                    Ok(pack) => Step::Ready(pack),
                    Err(errors) => Step::Problems(errors),
                });
            }
        },
    );
    let read = move |_| {
        let (Some(input), Some(Some((c, q)))) = (input.get_untracked(), all.get_untracked()) else {
            return;
        };
        read_sheet.dispatch((input, c, q));
    };
    let apply_pack = Action::new_local(move |(c, pack): &(Catalogue, Pack)| {
        let (c, pack) = (c.clone(), pack.clone());
        async move {
            step.set(match state.apply_import(c).await {
                Ok(()) => Step::Applied(pack),
                Err(()) => Step::Failed,
            });
        }
    });
    let apply = move |pack: Pack| {
        move |_| {
            let Some(Some((mut c, _))) = all.get_untracked() else {
                return;
            };
            translations::apply(&mut c, &pack);
            c.updated = crate::state::local_now().date().to_string();
            apply_pack.dispatch((c, pack.clone()));
        }
    };
    // The two files to publish beside `catalogue.json` and `questions.json`.
    let publish = move |pack: Pack| {
        move |_| {
            let Some(Some((mut c, q))) = all.get_untracked() else {
                return;
            };
            translations::apply(&mut c, &pack);
            let tag = &pack.language;
            let file = |data: &dyn Translatable, name: &str| {
                files::save_text(
                    &format!("{name}.{tag}.json"),
                    "application/json;charset=utf-8",
                    &serde_json::to_string_pretty(&translations::pack(data, tag))
                        .unwrap_or_default(),
                );
            };
            file(&c, "catalogue");
            if let Some(mut q) = q {
                translations::apply(&mut q, &pack);
                file(&q, "questions");
            }
        }
    };

    let rows = move || {
        let Some(Some((c, q))) = all.get() else {
            return view! { <tr><td colspan="4" role="status"><Msg id="translations-loading" /></td></tr> }.into_any();
        };
        languages::all()
            .iter()
            .filter(|l| l.tag != crate::domain::SOURCE_LANGUAGE)
            .map(|l| {
                let tag = l.tag.as_str();
                let offer = coverage(&c, tag);
                let questions = q.as_ref().map(|q| coverage(q, tag));
                let percent = |n: u32| {
                    let mut a = Args::new();
                    a.set("percent", n);
                    i18n.tr_with("translations-percent", Some(&a))
                };
                view! {
                    <tr data-language=tag data-complete=offer.complete().to_string()>
                        <th scope="row" lang=tag>{l.name.clone()}</th>
                        <td>{percent(offer.percent())}</td>
                        <td>{questions.map(|q| percent(q.percent()))}</td>
                        <td>
                            <button type="button" class="secondary" data-sheet=tag on:click=download(tag)>
                                <Msg id="translations-sheet" />
                                <span class="visually-hidden" lang=tag>" "{l.name.clone()}</span>
                            </button>
                        </td>
                    </tr>
                }
            })
            .collect_view()
            .into_any()
    };

    view! {
        <section aria-labelledby="translations-title" class="translations">
            <h2 id="translations-title"><Msg id="translations-title" /></h2>
            <p><Msg id="translations-hint" /></p>
            <table>
                <thead><tr>
                    <th scope="col"><Msg id="translations-language" /></th>
                    <th scope="col"><Msg id="translations-offer" /></th>
                    <th scope="col"><Msg id="translations-questions" /></th>
                    <th scope="col"><Msg id="translations-sheet" /></th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
            <label for="translation-file" class="file-label">
                <Pictogram name="globe-with-meridians" size=32 />
                <span><Msg id="translations-import" /></span>
            </label>
            <input id="translation-file" type="file" accept=".csv,text/csv" node_ref=input on:change=read />
            {move || match step.get() {
                Step::Idle => ().into_any(),
                Step::Problems(errors) => view! { <ImportProblems errors /> }.into_any(),
                Step::Ready(pack) => {
                    let count = pack.texts.len();
                    let name = languages::find(&pack.language).map_or(pack.language.clone(), |l| l.name.clone());
                    view! {
                        <div class="import-ready" role="status">
                            <p>{move || { let mut a = Args::new(); a.set("count", count); a.set("language", name.clone()); i18n.tr_with("translations-ok", Some(&a)) }}</p>
                            <button type="button" class="action primary" on:click=apply(pack)>
                                <Pictogram name="check-mark-button" size=32 />
                                <span><Msg id="translations-apply" /></span>
                            </button>
                        </div>
                    }.into_any()
                }
                Step::Applied(pack) => view! {
                    <div class="notice" role="status">
                        <p><Msg id="translations-applied" /></p>
                        <button type="button" class="action" on:click=publish(pack)>
                            <Pictogram name="page-facing-up" size=32 />
                            <span><Msg id="translations-publish" /></span>
                        </button>
                    </div>
                }.into_any(),
                Step::Failed => view! { <p class="notice" role="alert"><Msg id="import-failed" /></p> }.into_any(),
            }}
        </section>
    }
}

/// What a sheet covers: the offer, and the questions when they are loaded.
fn sources<'a>(c: &'a Catalogue, q: Option<&'a Questions>) -> Vec<&'a dyn Translatable> {
    let mut all: Vec<&dyn Translatable> = vec![c];
    all.extend(q.map(|q| q as &dyn Translatable));
    all
}
