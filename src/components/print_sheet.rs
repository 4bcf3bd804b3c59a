//! "Print": the page as one sheet of paper (see `@media print` in the style), for a family
//! without a smartphone, handed over at the front desk.

use crate::components::msg::Msg;
use crate::components::pictogram::Pictogram;
use leptos::prelude::*;

#[component]
pub fn PrintSheet() -> impl IntoView {
    view! {
        <button type="button" class="action print-sheet" on:click=|_| {
            let _ = window().print();
        }>
            <Pictogram name="page-facing-up" size=32 />
            <span><Msg id="print-sheet" /></span>
        </button>
    }
}
