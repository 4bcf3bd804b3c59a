//! `/offers`: the neighbourhood offer as pictogram cards, with pictogram filters that live in
//! the URL (shareable; the back button undoes a filter).

use crate::components::msg::{dual, use_labels, Msg};
use crate::components::offer_card::OfferCard;
use crate::components::search_box::SearchBox;
use crate::components::{page::Page, pictogram::Pictogram};
use crate::domain::catalogue::AGE_BANDS;
use crate::domain::filter::{CostFilter, Filters, When};
use crate::domain::functions::FUNCTIONS;
use crate::i18n::messages::Args;
use crate::state::{local_now, use_app};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

const AGE_PICTOGRAMS: [&str; 4] = ["baby", "child", "girl", "busts-in-silhouette"];

#[component]
pub fn Offers() -> impl IntoView {
    let state = use_app();
    let i18n = state.i18n;
    let labels = use_labels();
    let query = use_query_map();
    let navigate = use_navigate();
    let filters = Memo::new(move |_| {
        let pairs: Vec<(String, String)> = query.with(|q| {
            q.clone()
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect()
        });
        Filters::from_query(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    });

    // Every filter change is a navigation, so the URL always says what is shown.
    let go = move |f: Filters| {
        let mut pairs: Vec<(String, String)> = f
            .to_query()
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
        if let Some(lang) = query.with_untracked(|q| q.get("lang")) {
            pairs.push(("lang".into(), lang));
        }
        let qs: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{k}={}", js_sys::encode_uri_component(v)))
            .collect();
        let url = if qs.is_empty() {
            "/offers".to_owned()
        } else {
            format!("/offers?{}", qs.join("&"))
        };
        navigate(&url, Default::default());
    };

    // Cheap phones: a page of cards at a time, more on request; and even that page is built a
    // dozen cards per task, so the first cards show at once and a tap is answered in between.
    const PAGE: usize = 60;
    const CHUNK: usize = 12;
    let shown = RwSignal::new(PAGE);
    Effect::new(move |_| {
        filters.track();
        shown.set(PAGE);
    });

    let results = Memo::new(move |_| {
        let f = filters.get();
        state.catalogue.with(|c| {
            c.as_ref().map(|data| {
                f.apply(&data.catalogue, &data.schedules, local_now())
                    .into_iter()
                    .map(|o| o.id.clone())
                    .collect::<Vec<_>>()
            })
        })
    });
    let count = move || results.with(|r| r.as_ref().map_or(0, Vec::len));
    let wanted = move || shown.get().min(count());
    let built = RwSignal::new(CHUNK);
    Effect::new(move |_| {
        results.track();
        built.set(CHUNK);
    });
    Effect::new(move |_| {
        let (have, want) = (built.get(), wanted());
        if have < want {
            // The next dozen in a task of its own, so the browser paints and answers taps
            // in between; unless the results changed meanwhile (which starts again from the
            // top), or the page is gone (its signals disposed).
            set_timeout(
                move || {
                    if built.try_get_untracked() == Some(have) {
                        built.try_set((have + CHUNK).min(want));
                    }
                },
                std::time::Duration::ZERO,
            );
        }
    });
    let visible = move || {
        let n = wanted().min(built.get());
        results.with(|r| r.iter().flatten().take(n).cloned().collect::<Vec<String>>())
    };

    let go_group = go.clone();
    let group = move |title: &'static str,
                      toggles: Vec<(String, &'static str, String, bool, Filters)>| {
        let go = go_group.clone();
        view! {
            <div class="filter-group" role="group" aria-label=move || i18n.tr(title)>
                {toggles
                    .into_iter()
                    .map(|(key, pictogram, label, active, next)| {
                        let go = go.clone();
                        view! {
                            <button
                                type="button"
                                class="filter"
                                data-filter=key
                                aria-pressed=active.to_string()
                                on:click=move |_| go(next.clone())
                            >
                                <Pictogram name=pictogram size=32 />
                                <span><Msg id=label /></span>
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
        }
    };

    let filter_bar = move || {
        let f = filters.get();
        let _ = i18n.language(); // "speaks my language" follows the language
        let toggle = |key: String,
                      pictogram,
                      label: String,
                      active: bool,
                      set: &dyn Fn(&mut Filters, bool)| {
            let mut next = f.clone();
            set(&mut next, !active);
            (key, pictogram, label, active, next)
        };
        let functions: Vec<_> = FUNCTIONS
            .iter()
            .map(|func| {
                let active = f.function.as_deref() == Some(func.code);
                toggle(
                    format!("function={}", func.code),
                    func.pictogram,
                    func.label_id(),
                    active,
                    &|n, on| n.function = on.then(|| func.code.to_owned()),
                )
            })
            .collect();
        let ages: Vec<_> = AGE_BANDS
            .iter()
            .zip(AGE_PICTOGRAMS)
            .map(|(age, pictogram)| {
                let active = f.age.as_deref() == Some(*age);
                toggle(
                    format!("age={age}"),
                    pictogram,
                    format!("age-{age}"),
                    active,
                    &|n, on| n.age = on.then(|| (*age).to_owned()),
                )
            })
            .collect();
        let cost = vec![
            toggle(
                "cost=free".into(),
                "free-button",
                "cost-free".to_owned(),
                f.cost == Some(CostFilter::Free),
                &|n, on| n.cost = on.then_some(CostFilter::Free),
            ),
            toggle(
                "cost=uitpas".into(),
                "ticket",
                "cost-uitpas".to_owned(),
                f.cost == Some(CostFilter::Uitpas),
                &|n, on| n.cost = on.then_some(CostFilter::Uitpas),
            ),
        ];
        let when = vec![
            toggle(
                "when=now".into(),
                "mantelpiece-clock",
                "when-now".to_owned(),
                f.when == Some(When::Now),
                &|n, on| n.when = on.then_some(When::Now),
            ),
            toggle(
                "when=today".into(),
                "spiral-calendar",
                "when-today".to_owned(),
                f.when == Some(When::Today),
                &|n, on| n.when = on.then_some(When::Today),
            ),
        ];
        let my_lang = i18n.language_untracked().tag.clone();
        let speaks_active = f.speaks.as_deref() == Some(my_lang.as_str());
        let mut speaks_next = f.clone();
        speaks_next.speaks = (!speaks_active).then_some(my_lang);
        let mut walk_next = f.clone();
        walk_next.walk_in = !f.walk_in;
        let more = vec![
            (
                "walkin=1".to_owned(),
                "door",
                "walk-in".to_owned(),
                f.walk_in,
                walk_next,
            ),
            (
                "speaks".to_owned(),
                "speaking-head",
                "speaks-my-language".to_owned(),
                speaks_active,
                speaks_next,
            ),
        ];
        view! {
            {group("filter-function", functions)}
            {group("filter-age", ages)}
            {group("filter-cost", cost)}
            {group("filter-when", when)}
            {group("filter-more", more)}
        }
    };

    let count_text = move || {
        let mut a = Args::new();
        a.set("count", count());
        dual(labels, &|l| i18n.tr_in(l, "offers-results", Some(&a)))
    };

    view! {
        <Page title="offers-title">
            <SearchBox />
            <nav class="offer-views" aria-label=move || i18n.tr("offers-views")>
                <a href="/map" class="action"><Pictogram name="world-map" size=32 /><span><Msg id="map-title" /></span></a>
                <a href="/agenda" class="action"><Pictogram name="spiral-calendar" size=32 /><span><Msg id="agenda-title" /></span></a>
                <a href="/favourites" class="action"><Pictogram name="red-heart" size=32 /><span><Msg id="favourites-title" /></span></a>
            </nav>
            <section class="filters" aria-label=move || i18n.tr("filter-label")>
                {filter_bar}
                <Show when=move || !filters.get().is_empty()>
                    <button type="button" class="secondary" on:click={
                        let go = go.clone();
                        move |_| go(Filters::default())
                    }><Msg id="offers-clear-filters" /></button>
                </Show>
            </section>
            // `catalogue_ready` is read only while there is no catalogue: once the stored one
            // shows, the network check finishing must not build every card a second time.
            {move || match state.catalogue.get() {
                None if !state.catalogue_ready.get() => view! { <p role="status"><Msg id="offers-loading" /></p> }.into_any(),
                None => view! { <p class="notice" role="status"><Msg id="offers-unavailable" /></p> }.into_any(),
                Some(data) => {
                    let front_desk = data.catalogue.front_desk.clone();
                    let card_data = data.clone();
                    view! {
                        <p class="result-count" role="status" aria-live="polite">{count_text}</p>
                        // Keyed: a filter change keeps the cards that stay and builds only new ones.
                        <ul class="offer-list" role="list" aria-busy=move || (built.get() < wanted()).to_string()>
                            <For
                                each=visible
                                key=|id| id.clone()
                                children=move |id| view! { <OfferCard data=card_data.clone() offer_id=id /> }
                            />
                        </ul>
                        {move || (count() > shown.get()).then(|| view! {
                            <button type="button" class="secondary show-more" on:click=move |_| shown.update(|n| *n += PAGE)>
                                <Msg id="offers-show-more" />
                            </button>
                        })}
                        {move || (count() == 0).then(|| view! {
                            <section class="front-desk" aria-labelledby="front-desk-title">
                                <p><Msg id="offers-none" /></p>
                                <h2 id="front-desk-title"><Msg id="front-desk-title" /></h2>
                                <ul class="offer-list" role="list">
                                    <OfferCard data=data.clone() offer_id=front_desk.clone() />
                                </ul>
                            </section>
                        })}
                    }.into_any()
                }
            }}
        </Page>
    }
}
