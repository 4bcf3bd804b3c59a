//! Says on every page when the offer is the shipped sample: made-up services and numbers,
//! so nobody calls a number or walks to an address that is not real.

use crate::components::msg::Msg;
use crate::components::pictogram::Pictogram;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn SampleNotice() -> impl IntoView {
    let state = use_app();
    let sample = Memo::new(move |_| {
        state
            .catalogue
            .with(|c| c.as_ref().is_some_and(|c| c.catalogue.sample))
    });
    move || {
        sample.get().then(|| {
            view! {
                <p class="notice sample-notice" role="note">
                    <Pictogram name="warning" size=24 />" "<Msg id="sample-notice" />
                </p>
            }
        })
    }
}
