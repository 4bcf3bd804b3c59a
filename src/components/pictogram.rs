//! A vendored SVG pictogram from `public/pictograms/`.

use crate::state::use_app;
use leptos::prelude::*;

/// Pictograms whose arrow follows the reading direction.
const DIRECTIONAL: [&str; 1] = ["mobile-phone-with-arrow"];

/// With `label` (a message id) the image carries that accessible name; without it the image is
/// decorative (`alt=""`) because a visible text label next to it already names the action.
#[component]
pub fn Pictogram(
    name: &'static str,
    #[prop(optional)] label: Option<&'static str>,
    #[prop(default = 48)] size: u32,
) -> impl IntoView {
    let i18n = use_app().i18n;
    let alt = move || label.map(|id| i18n.tr(id)).unwrap_or_default();
    // Pictograms that point the way of reading turn round in right-to-left languages.
    let class = if DIRECTIONAL.contains(&name) {
        "pictogram mirror-in-rtl"
    } else {
        "pictogram"
    };
    view! {
        <img
            class=class
            src=format!("/pictograms/{name}.svg")
            alt=alt
            width=size
            height=size
            decoding="async"
            draggable="false"
        />
    }
}

/// The vendored pictogram called `name`, if there is one (names in data are checked here, so
/// a typo shows a fallback instead of a broken image).
pub fn known(name: &str) -> Option<&'static str> {
    include_str!("../../scripts/pictograms.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .find(|l| *l == name)
}
