//! The feedback on this device, or of all devices through the receiver: counts and averages
//! per offer and per check theme, the compass of all checks, the signals with their words, over
//! a period; export as CSV or JSON; records set aside.

use super::sending::SyncSettings;
use crate::components::msg::Msg;
use crate::components::{compass::Compass, pictogram::Pictogram};
use crate::domain::feedback::check::{on_adult_scale, THEMES};
use crate::domain::feedback::dashboard::{Dashboard, Period};
use crate::domain::feedback::sync::Failure;
use crate::domain::feedback::{export, Kind, Record};
use crate::i18n::messages::Args;
use crate::state::{files, local_now, use_app, AppState};
use leptos::prelude::*;

/// Messages listed at once; the export has all of them.
const MESSAGES_SHOWN: usize = 200;

#[component]
pub(super) fn FeedbackDashboard() -> impl IntoView {
    let state = use_app();
    let i18n = state.i18n;
    let delivery = state.delivery;
    // This device's records, read again whenever the outbox changes (a new record, a
    // delivered batch). A failed read shows none rather than an old list as current.
    let local = LocalResource::new(move || {
        delivery.waiting.track();
        async move { delivery.records().await.unwrap_or_default() }
    });
    // This device's outbox, or every device's records from the network's receiver.
    let network = RwSignal::new(None::<NetworkRecords>);
    let use_network = RwSignal::new(false);
    let records = Signal::derive(move || {
        if use_network.get() {
            network.with(|n| n.as_ref().map(|n| n.records.clone()).unwrap_or_default())
        } else {
            local.get().unwrap_or_default()
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
        files::save_text(
            &export::file_name(&today(), "csv"),
            "text/csv;charset=utf-8",
            &export::csv(&in_period()),
        )
    };
    let export_json = move |_| {
        files::save_text(
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
    let download = Action::new_local(move |_: &()| async move {
        let today = crate::domain::dates::iso_date(local_now().date());
        files::save_text(
            &format!("buurtwijzer-set-aside-{today}.json"),
            "application/json;charset=utf-8",
            &delivery.set_aside_file().await,
        );
    });
    let delete = Action::new_local(move |_: &()| async move { delivery.clear_set_aside().await });
    view! {
        <Show when=move || { delivery.set_aside.get() > 0 }>
            <div class="notice warning set-aside" data-set-aside=move || delivery.set_aside.get().to_string()>
                <p>{move || { let mut a = Args::new(); a.set("count", delivery.set_aside.get()); i18n.tr_with("staff-set-aside", Some(&a)) }}</p>
                <div class="actions">
                    <button type="button" class="action" on:click=move |_| { download.dispatch(()); }>
                        <Pictogram name="page-facing-up" size=32 /><span><Msg id="staff-set-aside-download" /></span>
                    </button>
                    <Show when=move || !confirm.get()
                        fallback=move || view! {
                            <button type="button" class="action" on:click=move |_| { confirm.set(false); delete.dispatch(()); }><span><Msg id="staff-set-aside-confirm" /></span></button>
                        }>
                        <button type="button" class="action" on:click=move |_| confirm.set(true)><span><Msg id="staff-set-aside-delete" /></span></button>
                    </Show>
                </div>
            </div>
        </Show>
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
    let endpoint = move || delivery.records_endpoint();
    Effect::new(move || {
        let now = endpoint();
        if token_for.get_untracked().is_some_and(|t| Some(t) != now) {
            token.set(String::new());
            token_for.set(None);
            network.set(None);
        }
    });
    // One read of every device's records; what went wrong, if anything, is its value.
    let fetch_action = Action::new_local(move |token: &String| {
        let token = token.clone();
        async move {
            let records = delivery.network_records(&token).await?;
            network.set(Some(NetworkRecords {
                fetched_at: crate::domain::dates::iso_minute(local_now()),
                records,
            }));
            Ok::<_, Failure>(())
        }
    });
    let outcome = move || fetch_action.value().get().and_then(Result::err);
    let problem = move || match outcome()? {
        Failure::Status(401 | 403) => Some("unauthorized"),
        Failure::Network => None,
        _ => Some("failed"),
    };
    // Offline: the records fetched before stay, marked as from then.
    let offline = move || matches!(outcome(), Some(Failure::Network));
    let fetch = move || {
        let (Some(endpoint), t) = (endpoint(), token.get_untracked()) else {
            return;
        };
        token_for.set(Some(endpoint));
        fetch_action.dispatch(t);
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
                            <button type="submit" class="action primary" disabled=move || fetch_action.pending().get()>
                                <Pictogram name="key" size=32 /><span><Msg id="staff-network-fetch" /></span>
                            </button>
                        </form>
                    }.into_any(),
                }}
                {move || problem().map(|code| view! {
                    <p class="notice" role="alert">{move || { let mut a = Args::new(); a.set("code", code); i18n.tr_with("staff-network-failed", Some(&a)) }}</p>
                })}
                {move || network.get().map(|n| view! {
                    <p class="network-from" role="status">
                        {move || { let mut a = Args::new(); a.set("time", n.fetched_at.clone()); i18n.tr_with("staff-network-from", Some(&a)) }}
                        {move || offline().then(|| view! { " " <Msg id="staff-network-offline" /> })}
                    </p>
                })}
            </Show>
        </section>
    }
}
