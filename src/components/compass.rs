//! The compass (radar) chart of a neighbourhood check, drawn as SVG: one axis per theme with
//! its pictogram, rings for the scale, and the answers as a shape. Pages put a table with the
//! same values next to it for screen readers.

use crate::domain::feedback::check::{Compass as Geometry, THEMES};
use crate::state::use_app;
use leptos::prelude::*;

const SIZE: f64 = 340.0;
const GEOMETRY: Geometry = Geometry {
    centre: SIZE / 2.0,
    radius: 120.0,
};

#[component]
pub fn Compass(
    /// Compass fractions in theme order (0 = much to improve, 1 = little); `None` = skipped.
    #[prop(into)]
    fractions: Signal<Vec<Option<f64>>>,
    /// Message id of the chart's accessible name.
    label: &'static str,
) -> impl IntoView {
    let i18n = use_app().i18n;
    let n = THEMES.len();
    // Six rings: the steps of the 1–7 scale.
    let rings = (1..=6)
        .map(|k| view! { <polygon class="ring" points=GEOMETRY.ring(n, f64::from(k) / 6.0) /> })
        .collect_view();
    let axes = THEMES
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let (x, y) = GEOMETRY.point(i, n, 1.0);
            let (px, py) = GEOMETRY.point(i, n, 1.23);
            view! {
                <line class="axis" x1=GEOMETRY.centre y1=GEOMETRY.centre x2=x y2=y />
                <image href=format!("/pictograms/{}.svg", t.pictogram) x=px - 14.0 y=py - 14.0 width="28" height="28" />
            }
        })
        .collect_view();
    let shape = move || {
        let points = GEOMETRY.shape(&fractions.get());
        let outline = Geometry::polygon_points(&points);
        let dots = points
            .iter()
            .map(|(_, (x, y))| view! { <circle class="answer-dot" cx=*x cy=*y r="5" /> })
            .collect_view();
        view! {
            <polygon class="answer" points=outline />
            {dots}
        }
    };
    view! {
        <svg class="compass" viewBox=format!("0 0 {SIZE} {SIZE}") role="img" aria-label=move || i18n.tr(label)>
            {rings}
            {axes}
            {shape}
        </svg>
    }
}
