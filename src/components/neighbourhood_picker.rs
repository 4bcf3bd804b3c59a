//! Which neighbourhood: shown at first start when the app carries several, and on
//! `/settings`. Each neighbourhood is a pictogram and its name, and a pin on a small map.

use crate::components::msg::Msg;
use crate::components::offer_facts::catalogue_text;
use crate::components::pictogram::{known, Pictogram};
use crate::domain::map;
use crate::domain::neighbourhoods::Neighbourhood;
use crate::state::use_app;
use leptos::prelude::*;

/// The first-start screen: one `main` with its `h1`, instead of the page asked for, until a
/// neighbourhood is chosen (then that page shows).
#[component]
pub fn NeighbourhoodPicker() -> impl IntoView {
    view! {
        {crate::components::page::without_html_shell}
        <main id="main" tabindex="-1" class="neighbourhood-picker">
            <h1><Msg id="neighbourhood-title" /></h1>
            <NeighbourhoodList />
        </main>
    }
}

/// The neighbourhoods as big buttons and as pins on a map; the current one is pressed.
#[component]
pub fn NeighbourhoodList() -> impl IntoView {
    let state = use_app();
    move || {
        let index = state.neighbourhoods.get()?;
        let all = index.neighbourhoods.clone();
        let points: Vec<(f64, f64)> = all.iter().map(|n| (n.lat, n.lon)).collect();
        let (ratio, placed) = map::place(&points);
        let current = move |n: &Neighbourhood| {
            state
                .neighbourhood
                .with(|c| c.as_ref().is_some_and(|c| c.id == n.id))
        };
        let buttons = all
            .iter()
            .map(|n| {
                let pressed = {
                    let n = n.clone();
                    move || current(&n).to_string()
                };
                let choose = n.clone();
                view! {
                    <li>
                        <button type="button" class="tile" data-neighbourhood=n.id.clone() aria-pressed=pressed
                            on:click=move |_| state.choose_neighbourhood(choose.clone())>
                            <Pictogram name=known(&n.pictogram).unwrap_or("houses") size=64 />
                            {catalogue_text(n.name.clone())}
                        </button>
                    </li>
                }
            })
            .collect_view();
        let pins = all
            .into_iter()
            .zip(placed)
            .map(|(n, (x, y))| {
                let choose = n.clone();
                view! {
                    <button type="button" class="pin" data-neighbourhood=n.id.clone()
                        style:left=format!("{x:.2}%") style:top=format!("{y:.2}%")
                        on:click=move |_| state.choose_neighbourhood(choose.clone())>
                        <Pictogram name=known(&n.pictogram).unwrap_or("houses") size=28 />
                        <span class="visually-hidden">{catalogue_text(n.name.clone())}</span>
                    </button>
                }
            })
            .collect_view();
        Some(view! {
            <ul class="tile-grid" role="list">{buttons}</ul>
            <h2><Msg id="neighbourhood-map" /></h2>
            // Geography, not text: the map does not mirror in right-to-left languages.
            <div class="map" dir="ltr" style:aspect-ratio=format!("{ratio:.3}")>{pins}</div>
        })
    }
}
