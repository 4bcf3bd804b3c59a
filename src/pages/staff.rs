//! `/staff`: tools for network staff, behind a PIN chosen on first use with the network's
//! setup code (both kept only as salted hashes).
//! Why the last published catalogue was refused; the feedback on this device: counts and
//! averages per offer and per check theme, the compass of all checks, the signals with their
//! words, over a period; export as CSV or JSON; sending to the staff's endpoint.

use crate::browser::{download, send};
use crate::components::msg::Msg;
use crate::components::{compass::Compass, page::Page, pictogram::Pictogram};
use crate::domain::feedback::check::{on_adult_scale, THEMES};
use crate::domain::feedback::dashboard::{Dashboard, Period};
use crate::domain::feedback::sync::{self, check_endpoint, Failure};
use crate::domain::feedback::{export, Kind, Record};
use crate::domain::kiosk::{Kiosk, DEFAULT_IDLE_S, MAX_IDLE_S, MIN_IDLE_S};
use crate::domain::staff_pin::{self, PublishedSetup};
use crate::i18n::languages;
use crate::i18n::messages::Args;
use crate::pages::staff_catalogue::{CatalogueExport, CatalogueImport};
use crate::pages::staff_translations::Translations;
use crate::state::staff::{self, PinCheck};
use crate::state::{local_now, use_app, AppState};
use crate::storage::outbox::set_aside_json;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Messages listed at once; the export has all of them.
const MESSAGES_SHOWN: usize = 200;

#[derive(Clone, PartialEq)]
enum Gate {
    Loading,
    /// No PIN on this device: the network's setup code first, then a new PIN.
    Choose(PublishedSetup),
    /// No PIN and no setup code published (or none reachable): nobody can set it up here.
    NoSetup,
    Enter,
    Open,
}

/// Where the staff area starts on this device.
async fn gate_for(state: AppState) -> Gate {
    if staff::has_pin(state).await {
        return Gate::Enter;
    }
    match staff::published_setup(state).await {
        Some(setup) => Gate::Choose(setup),
        None => Gate::NoSetup,
    }
}

#[component]
pub fn Staff() -> impl IntoView {
    let state = use_app();
    let gate = RwSignal::new(Gate::Loading);
    spawn_local(async move { gate.set(gate_for(state).await) });
    view! {
        <Page title="staff-title">
            {move || match gate.get() {
                Gate::Loading => view! { <p role="status"><Msg id="offers-loading" /></p> }.into_any(),
                Gate::Choose(setup) => view! { <ChoosePin gate setup /> }.into_any(),
                Gate::NoSetup => view! { <p class="notice" role="alert"><Msg id="staff-setup-missing" /></p> }.into_any(),
                Gate::Enter => view! { <EnterPin gate /> }.into_any(),
                Gate::Open => view! {
                    <button type="button" class="action lock" on:click=move |_| {
                        spawn_local(async move { gate.set(gate_for(state).await) });
                    }>
                        <Pictogram name="locked" size=32 />
                        <span><Msg id="staff-lock" /></span>
                    </button>
                    <CatalogueProblems />
                    <CatalogueImport />
                    <CatalogueExport />
                    <Translations />
                    <KioskSettings />
                    <FeedbackDashboard />
                }.into_any(),
            }}
        </Page>
    }
}

/// A new device: the setup code proves the person is the network's staff, then they choose the
/// PIN this device will ask for.
#[component]
fn ChoosePin(gate: RwSignal<Gate>, setup: PublishedSetup) -> impl IntoView {
    let state = use_app();
    let code = RwSignal::new(String::new());
    let first = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Refusal>);
    let checking = RwSignal::new(false);
    let sample = setup.sample;
    let setup = StoredValue::new(setup);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let pin = first.get_untracked();
        if let Err(p) = staff_pin::check_new(&pin, &repeat.get_untracked()) {
            problem.set(Some(Refusal::Message(format!(
                "staff-pin-problem-{}",
                p.code()
            ))));
            return;
        }
        checking.set(true);
        spawn_local(async move {
            let check =
                staff::check_setup_code(state, &setup.get_value(), &code.get_untracked()).await;
            let refusal = match check {
                PinCheck::Right if staff::save_pin(state, &pin).await => None,
                PinCheck::Right => Some(Refusal::Message("staff-pin-not-saved".into())),
                PinCheck::Wrong => Some(Refusal::Message("staff-setup-wrong".into())),
                wait => Some(Refusal::Check(wait)),
            };
            checking.set(false);
            match refusal {
                None => gate.set(Gate::Open),
                refusal => problem.set(refusal),
            }
        });
    };
    view! {
        <form class="pin-form" on:submit=submit>
            <h2><Msg id="staff-pin-choose" /></h2>
            <p><Msg id="staff-setup-hint" /></p>
            {sample.then(|| view! { <p class="notice"><Msg id="staff-setup-sample" /></p> })}
            <label for="setup-code"><Msg id="staff-setup-code" /></label>
            <input id="setup-code" type="text" autocomplete="off" autocapitalize="characters" spellcheck="false" dir="ltr"
                on:input=move |ev| code.set(event_target_value(&ev)) />
            <p><Msg id="staff-pin-choose-hint" /></p>
            <label for="pin-new"><Msg id="staff-pin-new" /></label>
            <input id="pin-new" type="password" inputmode="numeric" autocomplete="new-password" dir="ltr"
                on:input=move |ev| first.set(event_target_value(&ev)) />
            <label for="pin-repeat"><Msg id="staff-pin-repeat" /></label>
            <input id="pin-repeat" type="password" inputmode="numeric" autocomplete="new-password" dir="ltr"
                on:input=move |ev| repeat.set(event_target_value(&ev)) />
            {move || problem.get().map(|refusal| view! { <p class="notice" role="alert">{match refusal {
                Refusal::Message(id) => view! { <Msg id /> }.into_any(),
                Refusal::Check(check) => pin_refusal(state.i18n, Some(check)).into_any(),
            }}</p> })}
            <button type="submit" class="action primary" disabled=move || checking.get()><Msg id="staff-pin-save" /></button>
        </form>
    }
}

/// Why a new PIN was not set: a message, or the back-off.
#[derive(Clone)]
enum Refusal {
    Message(String),
    Check(PinCheck),
}

/// The message for a PIN that did not open (nothing for a right one).
fn pin_refusal(i18n: crate::i18n::I18n, check: Option<PinCheck>) -> Option<String> {
    match check? {
        PinCheck::Right => None,
        PinCheck::Wrong => Some(i18n.tr("staff-pin-wrong")),
        PinCheck::Wait(seconds) => {
            let mut a = Args::new();
            a.set("seconds", seconds);
            Some(i18n.tr_with("staff-pin-wait", Some(&a)))
        }
    }
}

#[component]
fn EnterPin(gate: RwSignal<Gate>) -> impl IntoView {
    let state = use_app();
    let value = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<PinCheck>);
    let checking = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        checking.set(true);
        spawn_local(async move {
            let check = staff::check_pin(state, &value.get_untracked()).await;
            checking.set(false);
            outcome.set(Some(check));
            if check == PinCheck::Right {
                gate.set(Gate::Open);
            }
        });
    };
    view! {
        <form class="pin-form" on:submit=submit>
            <label for="pin"><Msg id="staff-pin-enter" /></label>
            <input id="pin" type="password" inputmode="numeric" autocomplete="current-password" dir="ltr"
                on:input=move |ev| value.set(event_target_value(&ev)) />
            {move || pin_refusal(state.i18n, outcome.get()).map(|text| view! { <p class="notice" role="alert">{text}</p> })}
            <button type="submit" class="action primary" disabled=move || checking.get()>
                <Pictogram name="key" size=32 />
                <span><Msg id="staff-unlock" /></span>
            </button>
        </form>
    }
}

/// Why the last published catalogue was refused (the previous one stays in use).
#[component]
fn CatalogueProblems() -> impl IntoView {
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

#[component]
fn FeedbackDashboard() -> impl IntoView {
    let state = use_app();
    let i18n = state.i18n;
    let delivery = state.delivery;
    let local = RwSignal::new(Vec::<Record>::new());
    // Reload whenever the outbox changes (a new record, a delivered batch).
    Effect::new(move || {
        delivery.waiting.track();
        spawn_local(async move {
            if let Ok(list) = delivery.records().await {
                local.set(list);
            }
        });
    });
    // This device's outbox, or every device's records from the network's receiver.
    let network = RwSignal::new(None::<NetworkRecords>);
    let use_network = RwSignal::new(false);
    let records = Signal::derive(move || {
        if use_network.get() {
            network.with(|n| n.as_ref().map(|n| n.records.clone()).unwrap_or_default())
        } else {
            local.get()
        }
    });
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let period = move || Period {
        from: Some(from.get()).filter(|d| !d.is_empty()),
        to: Some(to.get()).filter(|d| !d.is_empty()),
    };
    let dashboard = Memo::new(move |_| records.with(|r| Dashboard::new(r, &period())));
    let in_period = move || {
        records.with(|r| {
            let p = period();
            r.iter()
                .filter(|x| p.contains(x))
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let today = move || crate::domain::dates::iso_date(local_now().date());
    let export_csv = move |_| {
        download::text_file(
            &export::file_name(&today(), "csv"),
            "text/csv;charset=utf-8",
            &export::csv(&in_period()),
        )
    };
    let export_json = move |_| {
        download::text_file(
            &export::file_name(&today(), "json"),
            "application/json;charset=utf-8",
            &export::json(&in_period()),
        )
    };
    let counts = move || {
        let d = dashboard.get();
        Kind::ALL.map(|k| {
            let id = format!("staff-kind-{}", k.code());
            let n = d.count(k);
            view! { <li data-kind=k.code()><strong>{n}</strong>" "<Msg id=id.clone() /></li> }
        })
    };

    view! {
        <section aria-labelledby="outbox-title">
            <h2 id="outbox-title"><Msg id="staff-outbox" /></h2>
            <p class="outbox-count" data-waiting=move || delivery.waiting.get().to_string()>
                {move || { let mut a = Args::new(); a.set("count", delivery.waiting.get()); i18n.tr_with("staff-waiting", Some(&a)) }}
            </p>
            <Show when=move || delivery.unreadable.get()>
                <p class="notice warning" role="alert"><Msg id="staff-outbox-unreadable" /></p>
            </Show>
            <SetAsideRecords />
        </section>

        <NetworkSource use_network network />

        <section aria-labelledby="period-title">
            <h2 id="period-title"><Msg id="staff-period" /></h2>
            <div class="period">
                <label><Msg id="staff-from" />
                    <input type="date" name="from" on:input=move |ev| from.set(event_target_value(&ev)) /></label>
                <label><Msg id="staff-to" />
                    <input type="date" name="to" on:input=move |ev| to.set(event_target_value(&ev)) /></label>
            </div>
            <ul class="kind-counts" role="list">{counts}</ul>
        </section>

        <section aria-labelledby="ratings-title">
            <h2 id="ratings-title"><Msg id="staff-ratings" /></h2>
            {move || ratings_table(state, &dashboard.get())}
        </section>

        <section aria-labelledby="themes-title">
            <h2 id="themes-title"><Msg id="staff-checks" /></h2>
            <p>{move || { let mut a = Args::new(); a.set("count", dashboard.get().checks); i18n.tr_with("staff-check-count", Some(&a)) }}</p>
            <Compass fractions=Signal::derive(move || dashboard.get().theme_fractions()) label="staff-compass-label" />
            {move || themes_table(&dashboard.get())}
        </section>

        <section aria-labelledby="messages-title">
            <h2 id="messages-title"><Msg id="staff-messages" /></h2>
            {move || messages_list(state, &dashboard.get())}
        </section>

        <section aria-labelledby="export-title">
            <h2 id="export-title"><Msg id="staff-export" /></h2>
            <p><Msg id="staff-export-hint" /></p>
            <div class="actions">
                <button type="button" class="action" on:click=export_csv>
                    <Pictogram name="page-facing-up" size=32 /><span><Msg id="staff-export-csv" /></span>
                </button>
                <button type="button" class="action" on:click=export_json>
                    <Pictogram name="page-facing-up" size=32 /><span><Msg id="staff-export-json" /></span>
                </button>
            </div>
        </section>

        <SyncSettings />
    }
}

fn offer_name(state: AppState, id: &str) -> String {
    let lang = state.i18n.language().tag.clone();
    state
        .catalogue
        .with(|c| {
            c.as_ref()
                .and_then(|c| c.catalogue.offer(id))
                .map(|o| o.name.resolve(&lang).1.to_owned())
        })
        .unwrap_or_else(|| id.to_owned())
}

fn ratings_table(state: AppState, d: &Dashboard) -> impl IntoView {
    let i18n = state.i18n;
    if d.offers.is_empty() {
        return view! { <p><Msg id="staff-nothing-yet" /></p> }.into_any();
    }
    let rows = d
        .offers
        .iter()
        .map(|o| {
            let reasons = o
                .reasons
                .iter()
                .map(|(r, n)| format!("{} ×{n}", i18n.tr(&format!("reason-{}", r.code()))))
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <tr data-offer=o.offer.clone()>
                    <th scope="row">{offer_name(state, &o.offer)}</th>
                    <td>{o.ratings}</td>
                    <td>{o.faces[0]}</td>
                    <td>{o.faces[1]}</td>
                    <td>{o.faces[2]}</td>
                    <td>{if o.ratings > 0 { format!("{:.1}", o.average) } else { String::new() }}</td>
                    <td>{o.signals}</td>
                    <td>{reasons}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="ratings-title">
            <table>
                <thead><tr>
                    <th scope="col"><Msg id="staff-offer" /></th>
                    <th scope="col"><Msg id="staff-count" /></th>
                    <th scope="col"><Msg id="face-sad" /></th>
                    <th scope="col"><Msg id="face-neutral" /></th>
                    <th scope="col"><Msg id="face-happy" /></th>
                    <th scope="col"><Msg id="staff-average-3" /></th>
                    <th scope="col"><Msg id="staff-kind-signal" /></th>
                    <th scope="col"><Msg id="rate-reasons" /></th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

fn themes_table(d: &Dashboard) -> impl IntoView {
    let rows = THEMES
        .iter()
        .zip(&d.themes)
        .map(|(t, s)| {
            let name = format!("theme-{}", t.code);
            let average = s
                .average
                .map(|f| format!("{:.1}", on_adult_scale(f)))
                .unwrap_or_default();
            view! {
                <tr data-theme=t.code>
                    <th scope="row"><Msg id=name.clone() /></th>
                    <td>{s.answers}</td>
                    <td>{average}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="answers">
            <caption><Msg id="staff-themes-caption" /></caption>
            <thead><tr>
                <th scope="col"><Msg id="check-theme" /></th>
                <th scope="col"><Msg id="staff-count" /></th>
                <th scope="col"><Msg id="staff-average-7" /></th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

fn messages_list(state: AppState, d: &Dashboard) -> impl IntoView {
    let i18n = state.i18n;
    if d.messages.is_empty() {
        return view! { <p><Msg id="staff-nothing-yet" /></p> }.into_any();
    }
    let more = d.messages.len().saturating_sub(MESSAGES_SHOWN);
    let items = d
        .messages
        .iter()
        .take(MESSAGES_SHOWN)
        .map(|r| {
            let kind = format!("staff-kind-{}", r.kind.code());
            let topic = r.values.topic.map(|t| format!("topic-{}", t.code()));
            let offer = r.target.as_deref().map(|id| offer_name(state, id));
            view! {
                <li class="message" data-kind=r.kind.code()>
                    <p class="meta">
                        <time datetime=r.created_at.clone()>{r.created_at.replace('T', " ")}</time>
                        " · "<Msg id=kind.clone() />
                        {topic.map(|t| view! { " · "<Msg id=t.clone() /> })}
                        {offer.map(|o| view! { " · "<bdi>{o}</bdi> })}
                        " · "<span>{r.language.clone()}</span>
                    </p>
                    // The family's words, as text only, in their own direction.
                    <p class="words" dir="auto" lang=r.language.clone()>{r.text.clone()}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="messages" role="list">{items}</ul>
        {(more > 0).then(|| view! { <p>{move || { let mut a = Args::new(); a.set("count", more); i18n.tr_with("staff-more-in-export", Some(&a)) }}</p> })}
    }
    .into_any()
}

/// Records the receiver refused (or the device could not read back), out of the outbox so
/// the rest keeps flowing: staff download them for a look, then delete them.
#[component]
fn SetAsideRecords() -> impl IntoView {
    let state = use_app();
    let i18n = state.i18n;
    let delivery = state.delivery;
    let confirm = RwSignal::new(false);
    let download = move |_| {
        spawn_local(async move {
            let list = delivery.set_aside_list().await;
            let today = crate::domain::dates::iso_date(local_now().date());
            download::text_file(
                &format!("buurtwijzer-set-aside-{today}.json"),
                "application/json;charset=utf-8",
                &set_aside_json(&list),
            );
        });
    };
    let delete = move |_| {
        confirm.set(false);
        spawn_local(async move { delivery.clear_set_aside().await });
    };
    view! {
        <Show when=move || { delivery.set_aside.get() > 0 }>
            <div class="notice warning set-aside" data-set-aside=move || delivery.set_aside.get().to_string()>
                <p>{move || { let mut a = Args::new(); a.set("count", delivery.set_aside.get()); i18n.tr_with("staff-set-aside", Some(&a)) }}</p>
                <div class="actions">
                    <button type="button" class="action" on:click=download>
                        <Pictogram name="page-facing-up" size=32 /><span><Msg id="staff-set-aside-download" /></span>
                    </button>
                    <Show when=move || !confirm.get()
                        fallback=move || view! {
                            <button type="button" class="action" on:click=delete><span><Msg id="staff-set-aside-confirm" /></span></button>
                        }>
                        <button type="button" class="action" on:click=move |_| confirm.set(true)><span><Msg id="staff-set-aside-delete" /></span></button>
                    </Show>
                </div>
            </div>
        </Show>
    }
}

#[component]
fn SyncSettings() -> impl IntoView {
    let state = use_app();
    let i18n = state.i18n;
    let delivery = state.delivery;
    let draft = RwSignal::new(delivery.endpoint.get_untracked().unwrap_or_default());
    let problem = RwSignal::new(None::<&'static str>);
    // Where the records (and the staff token) go: changing it asks the PIN again, so a staff
    // page left open cannot be redirected by whoever walks by.
    let pin_typed = RwSignal::new(String::new());
    let pin_outcome = RwSignal::new(None::<PinCheck>);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = draft.get_untracked();
        let endpoint = if text.trim().is_empty() {
            None
        } else {
            match check_endpoint(&text) {
                Ok(url) => Some(url),
                Err(p) => {
                    problem.set(Some(p.code()));
                    return;
                }
            }
        };
        problem.set(None);
        spawn_local(async move {
            if endpoint != delivery.endpoint.get_untracked() {
                let check = staff::check_pin(state, &pin_typed.get_untracked()).await;
                pin_outcome.set(Some(check));
                if check != PinCheck::Right {
                    return;
                }
            }
            pin_typed.set(String::new());
            delivery.set_endpoint(&state.storage(), endpoint).await;
        });
    };
    let status = move || {
        let s = delivery.status.get();
        let mut lines = vec![];
        if s.sending {
            lines.push(i18n.tr("sync-sending"));
        }
        if let Some((at, n)) = &s.last_sent {
            let mut a = Args::new();
            a.set("time", at.clone());
            a.set("count", *n);
            lines.push(i18n.tr_with("sync-last-sent", Some(&a)));
        }
        if let Some(code) = s.last_failure {
            lines.push(i18n.tr(&format!("sync-failed-{code}")));
        }
        if let Some(secs) = s.retry_in_s {
            let mut a = Args::new();
            a.set("seconds", secs);
            lines.push(i18n.tr_with("sync-retry-in", Some(&a)));
        }
        lines
            .into_iter()
            .map(|l| view! { <p>{l}</p> })
            .collect_view()
    };
    view! {
        <section aria-labelledby="sync-title">
            <h2 id="sync-title"><Msg id="sync-title" /></h2>
            <p><Msg id="sync-hint" /></p>
            <form class="sync-form" on:submit=save>
                <label for="sync-endpoint"><Msg id="sync-endpoint" /></label>
                <input id="sync-endpoint" name="endpoint" type="url" dir="ltr" inputmode="url"
                    placeholder="https://"
                    prop:value=move || draft.get()
                    on:input=move |ev| draft.set(event_target_value(&ev)) />
                {move || problem.get().map(|code| view! { <p class="notice" role="alert">{move || i18n.tr(&format!("sync-endpoint-{code}"))}</p> })}
                <label for="sync-pin"><Msg id="sync-pin" /></label>
                <input id="sync-pin" type="password" inputmode="numeric" autocomplete="off" dir="ltr"
                    prop:value=move || pin_typed.get()
                    on:input=move |ev| pin_typed.set(event_target_value(&ev)) />
                {move || pin_refusal(i18n, pin_outcome.get()).map(|text| view! { <p class="notice" role="alert">{text}</p> })}
                <button type="submit" class="action"><Msg id="sync-save" /></button>
            </form>
            <Show when=move || delivery.endpoint.with(Option::is_some)>
                <button type="button" class="action primary" on:click=move |_| delivery.send_now()>
                    <Pictogram name="mobile-phone-with-arrow" size=32 />
                    <span><Msg id="sync-send-now" /></span>
                </button>
            </Show>
            <div class="sync-status" role="status">{status}</div>
        </section>
    }
}

/// Kiosk mode for the shared tablet: on/off, the wait before the reset, the start language.
#[component]
fn KioskSettings() -> impl IntoView {
    let state = use_app();
    let kiosk = state.kiosk;
    let current = kiosk.settings.get_untracked();
    let on = RwSignal::new(current.on);
    let idle = RwSignal::new(current.idle_s.to_string());
    let language = RwSignal::new(current.language.clone());
    let saved = RwSignal::new(None::<bool>);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let settings = Kiosk {
            on: on.get_untracked(),
            idle_s: Kiosk::clamp_idle(
                idle.get_untracked()
                    .trim()
                    .parse()
                    .unwrap_or(DEFAULT_IDLE_S),
            ),
            language: language.get_untracked(),
        };
        idle.set(settings.idle_s.to_string());
        if settings.on {
            crate::state::kiosk::request_fullscreen();
        }
        spawn_local(async move {
            saved.set(Some(kiosk.save(state, settings).await));
        });
    };
    let options = languages::all()
        .iter()
        .map(|l| {
            let tag = l.tag.clone();
            let selected = tag == current.language;
            view! { <option value=tag.clone() selected=selected lang=tag.clone()>{languages::autonym(&tag).unwrap_or(&tag).to_owned()}</option> }
        })
        .collect_view();
    view! {
        <section aria-labelledby="kiosk-title">
            <h2 id="kiosk-title"><Msg id="kiosk-title" /></h2>
            <p><Msg id="kiosk-hint" /></p>
            <form class="kiosk-form" on:submit=save>
                <label class="check-row">
                    <input type="checkbox" name="kiosk-on" prop:checked=move || on.get()
                        on:change=move |ev| on.set(event_target_checked(&ev)) />
                    <span><Msg id="kiosk-on" /></span>
                </label>
                <label for="kiosk-idle"><Msg id="kiosk-idle" /></label>
                <input id="kiosk-idle" name="kiosk-idle" type="number" inputmode="numeric" dir="ltr"
                    min=MIN_IDLE_S max=MAX_IDLE_S prop:value=move || idle.get()
                    on:input=move |ev| idle.set(event_target_value(&ev)) />
                <label for="kiosk-language"><Msg id="kiosk-language" /></label>
                <select id="kiosk-language" name="kiosk-language" on:change=move |ev| language.set(event_target_value(&ev))>
                    {options}
                </select>
                <button type="submit" class="action"><Msg id="kiosk-save" /></button>
                {move || saved.get().map(|ok| {
                    let id = if ok { "kiosk-saved" } else { "kiosk-not-saved" };
                    view! { <p role="status"><Msg id=id /></p> }
                })}
            </form>
        </section>
    }
}

/// What the receiver gave in this unlocked session.
#[derive(Clone)]
struct NetworkRecords {
    fetched_at: String,
    records: Vec<Record>,
}

/// "This device" or "all devices": with the network's receiver and a staff token the dashboard
/// covers every phone of the neighbourhood. The token and the records it fetched (every
/// family's words) live only in this unlocked page: locking, leaving `/staff`, a reload or the
/// kiosk reset forgets them. The token goes only to the receiver it was typed for: when the
/// endpoint changes, it is asked again.
#[component]
fn NetworkSource(
    use_network: RwSignal<bool>,
    network: RwSignal<Option<NetworkRecords>>,
) -> impl IntoView {
    let state = use_app();
    let i18n = state.i18n;
    let delivery = state.delivery;
    let token = RwSignal::new(String::new());
    // The endpoint the token was typed for.
    let token_for = RwSignal::new(None::<String>);
    let problem = RwSignal::new(None::<&'static str>);
    let offline = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let endpoint = move || delivery.endpoint.get().or_else(|| delivery.published.get());
    Effect::new(move || {
        let now = endpoint();
        if token_for.get_untracked().is_some_and(|t| Some(t) != now) {
            token.set(String::new());
            token_for.set(None);
            network.set(None);
        }
    });
    let fetch = move || {
        let (Some(endpoint), t) = (endpoint(), token.get_untracked()) else {
            return;
        };
        token_for.set(Some(endpoint.clone()));
        let neighbourhood = delivery.neighbourhood.get_untracked();
        busy.set(true);
        spawn_local(async move {
            let url = sync::records_url(&endpoint, neighbourhood.as_deref());
            match send::fetch_records(&url, &t).await {
                Ok(records) => {
                    network.set(Some(NetworkRecords {
                        fetched_at: crate::domain::dates::iso_minute(local_now()),
                        records,
                    }));
                    problem.set(None);
                    offline.set(false);
                }
                Err(Failure::Status(401 | 403)) => problem.set(Some("unauthorized")),
                Err(Failure::Network) => offline.set(true),
                Err(_) => problem.set(Some("failed")),
            }
            busy.set(false);
        });
    };
    let choose = move |net: bool| {
        use_network.set(net);
        if net && !token.get_untracked().is_empty() {
            fetch();
        }
    };
    view! {
        <section aria-labelledby="source-title">
            <h2 id="source-title"><Msg id="staff-source" /></h2>
            <div class="chips" role="group" aria-labelledby="source-title">
                <button type="button" class="chip" aria-pressed=move || (!use_network.get()).to_string() on:click=move |_| choose(false)>
                    <Pictogram name="mobile-phone" size=32 /><span><Msg id="staff-source-device" /></span>
                </button>
                <button type="button" class="chip" data-source="network" aria-pressed=move || use_network.get().to_string() on:click=move |_| choose(true)>
                    <Pictogram name="houses" size=32 /><span><Msg id="staff-source-network" /></span>
                </button>
            </div>
            <Show when=move || use_network.get()>
                {move || match endpoint() {
                    None => view! { <p class="notice"><Msg id="staff-network-no-endpoint" /></p> }.into_any(),
                    Some(_) => view! {
                        <form class="network-token" on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); fetch(); }>
                            <label for="staff-token"><Msg id="staff-token" /></label>
                            <input id="staff-token" type="password" autocomplete="off" dir="ltr"
                                prop:value=move || token.get() on:input=move |ev| token.set(event_target_value(&ev)) />
                            <button type="submit" class="action primary" disabled=move || busy.get()>
                                <Pictogram name="key" size=32 /><span><Msg id="staff-network-fetch" /></span>
                            </button>
                        </form>
                    }.into_any(),
                }}
                {move || problem.get().map(|code| view! {
                    <p class="notice" role="alert">{move || { let mut a = Args::new(); a.set("code", code); i18n.tr_with("staff-network-failed", Some(&a)) }}</p>
                })}
                {move || network.get().map(|n| view! {
                    <p class="network-from" role="status">
                        {move || { let mut a = Args::new(); a.set("time", n.fetched_at.clone()); i18n.tr_with("staff-network-from", Some(&a)) }}
                        {move || offline.get().then(|| view! { " " <Msg id="staff-network-offline" /> })}
                    </p>
                })}
            </Show>
        </section>
    }
}
