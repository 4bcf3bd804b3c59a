//! `/check`: the neighbourhood check (Place Standard). Adults answer 1–7, children (6–12)
//! with three faces; one theme per screen, any theme can be skipped; at the end the compass of
//! the answers with a table of the same values, an optional neighbourhood or postcode, send.

use crate::components::msg::{dual, use_labels, Msg};
use crate::components::{compass::Compass, page::Page, pictogram::Pictogram, thanks::Thanks};
use crate::domain::feedback::check::{Scale, THEMES};
use crate::domain::feedback::dashboard::check_fractions;
use crate::domain::feedback::{Draft, Face, Record, MAX_AREA};
use crate::i18n::messages::Args;
use crate::i18n::I18n;
use crate::state::delivery::Saved;
use crate::state::use_app;
use leptos::html;
use leptos::prelude::*;
use std::collections::BTreeMap;

#[derive(Clone, Copy, PartialEq)]
enum Step {
    Intro,
    Theme(usize),
    Summary,
}

#[component]
pub fn Check() -> impl IntoView {
    let state = use_app();
    let i18n = state.i18n;
    let labels = use_labels();
    let step = RwSignal::new(Step::Intro);
    let scale = RwSignal::new(Scale::Adult);
    let scores = RwSignal::new(BTreeMap::<String, u8>::new());
    let area = RwSignal::new(String::new());
    let saved = RwSignal::new(None::<Saved>);
    // The record as it would be sent: one source for the compass, the table and the outbox.
    let draft = Memo::new(move |_| Draft::Check {
        scale: scale.get(),
        scores: scores.get(),
        area: area.get(),
    });
    let heading = NodeRef::<html::H2>::new();
    // A new screen: move focus to its heading so a screen reader reads the new question.
    Effect::new(move |previous: Option<Step>| {
        let now = step.get();
        if previous.is_some_and(|p| p != now) {
            if let Some(h) = heading.get() {
                let _ = h.focus();
            }
        }
        now
    });

    let begin = move |s: Scale| {
        scale.set(s);
        scores.set(BTreeMap::new());
        saved.set(None);
        step.set(Step::Theme(0));
    };
    let next = move |i: usize| {
        step.set(if i + 1 < THEMES.len() {
            Step::Theme(i + 1)
        } else {
            Step::Summary
        })
    };
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        state.delivery.submit_draft(draft.get_untracked(), saved);
    };

    let screen = move || {
        match step.get() {
        Step::Intro => view! {
            <h2 node_ref=heading tabindex="-1"><Msg id="check-who" /></h2>
            <p><Msg id="check-intro" /></p>
            <div class="tile-grid two">
                <button type="button" class="tile" on:click=move |_| begin(Scale::Adult)>
                    <Pictogram name="busts-in-silhouette" size=64 />
                    <span><Msg id="check-adult" /></span>
                </button>
                <button type="button" class="tile" on:click=move |_| begin(Scale::Child)>
                    <Pictogram name="child" size=64 />
                    <span><Msg id="check-child" /></span>
                </button>
            </div>
        }.into_any(),
        Step::Theme(i) => {
            let theme = THEMES[i];
            let name_id = format!("theme-{}", theme.code);
            let question_id = format!("theme-{}-question", theme.code);
            let progress = move || {
                let mut a = Args::new();
                a.set("step", i + 1);
                a.set("total", THEMES.len());
                dual(labels, &|l| i18n.tr_in(l, "check-progress", Some(&a)))
            };
            let current = move || scores.with(|s| s.get(theme.code).copied());
            let choose = move |score: u8| {
                scores.update(|s| {
                    s.insert(theme.code.to_owned(), score);
                });
                next(i);
            };
            view! {
                <p class="progress-text">{progress}</p>
                <progress max=THEMES.len() value=i + 1 aria-hidden="true"></progress>
                <div class="theme-head">
                    <Pictogram name=theme.pictogram size=96 />
                    <h2 node_ref=heading tabindex="-1"><Msg id=name_id.clone() /></h2>
                </div>
                <p class="theme-question" id="theme-question"><Msg id=question_id.clone() /></p>
                {move || scale_buttons(scale.get(), current(), choose)}
                <div class="step-nav">
                    <button type="button" class="action" disabled=move || i == 0
                        on:click=move |_| step.set(Step::Theme(i.saturating_sub(1)))>
                        <span><Msg id="check-back" /></span>
                    </button>
                    <button type="button" class="action" on:click=move |_| {
                        scores.update(|s| { s.remove(theme.code); });
                        next(i);
                    }>
                        <span><Msg id="check-skip" /></span>
                    </button>
                </div>
            }.into_any()
        }
        Step::Summary => view! {
            <h2 node_ref=heading tabindex="-1"><Msg id="check-your-compass" /></h2>
            <Compass fractions=Signal::derive(move || check_fractions(&draft.get().preview())) label="check-compass-label" />
            {move || answers_table(i18n, &draft.get().preview())}
            {move || match saved.get() {
                Some(s) => view! {
                    <Thanks saved=s />
                    <button type="button" class="action" on:click=move |_| step.set(Step::Intro)>
                        <span><Msg id="check-again" /></span>
                    </button>
                }.into_any(),
                None => view! {
                    <form class="check-send" on:submit=send>
                        <label for="check-area"><Msg id="check-area" /></label>
                        <input id="check-area" name="area" type="text" autocomplete="postal-code"
                            maxlength=MAX_AREA dir="auto"
                            prop:value=move || area.get()
                            on:input=move |ev| area.set(event_target_value(&ev)) />
                        <p class="hint"><Msg id="check-area-hint" /></p>
                        <div class="step-nav">
                            <button type="button" class="action" on:click=move |_| step.set(Step::Theme(THEMES.len() - 1))>
                                <span><Msg id="check-back" /></span>
                            </button>
                            <button type="submit" class="action primary">
                                <Pictogram name="envelope" size=32 />
                                <span><Msg id="feedback-send" /></span>
                            </button>
                        </div>
                    </form>
                }.into_any(),
            }}
        }.into_any(),
    }
    };

    view! {
        <Page title="check-title">
            {screen}
        </Page>
    }
}

/// 1–7 for adults (the ends named), three faces for children; the current answer is pressed.
fn scale_buttons(
    scale: Scale,
    current: Option<u8>,
    choose: impl Fn(u8) + Copy + 'static,
) -> impl IntoView {
    let buttons = (1..=scale.max())
        .map(|score| {
            let pressed = (current == Some(score)).to_string();
            let label = match scale {
                Scale::Adult => None,
                Scale::Child => Some(format!("face-{}", Face::from_score(score).code())),
            };
            view! {
                <button type="button" class="score" aria-pressed=pressed on:click=move |_| choose(score)>
                    {match label {
                        Some(id) => view! {
                            <Pictogram name=Face::from_score(score).pictogram() size=56 />
                            <span><Msg id=id.clone() /></span>
                        }.into_any(),
                        None => view! { <span class="score-number">{score}</span> }.into_any(),
                    }}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="scale" class:child=scale == Scale::Child role="group" aria-labelledby="theme-question">
            {buttons}
        </div>
        {(scale == Scale::Adult).then(|| view! {
            <p class="scale-ends" aria-hidden="false">
                <span><Msg id="check-scale-low" /></span>
                <span><Msg id="check-scale-high" /></span>
            </p>
        })}
    }
}

/// The same answers as the compass, as a table for screen readers (and anyone).
fn answers_table(i18n: I18n, record: &Record) -> impl IntoView {
    let scale = record.values.scale.unwrap_or(Scale::Adult);
    let rows = THEMES
        .iter()
        .map(|t| {
            let name_id = format!("theme-{}", t.code);
            let score = record.values.scores.get(t.code).copied();
            let answer = move || match (score, scale) {
                (None, _) => i18n.tr("check-skipped"),
                (Some(s), Scale::Adult) => {
                    let mut a = Args::new();
                    a.set("score", s);
                    i18n.tr_with("check-score-of-7", Some(&a))
                }
                (Some(s), Scale::Child) => i18n.tr(&format!("face-{}", Face::from_score(s).code())),
            };
            view! { <tr><th scope="row"><Msg id=name_id.clone() /></th><td>{answer}</td></tr> }
        })
        .collect_view();
    view! {
        <table class="answers">
            <caption><Msg id="check-table-caption" /></caption>
            <thead><tr>
                <th scope="col"><Msg id="check-theme" /></th>
                <th scope="col"><Msg id="check-answer" /></th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
