//! "You said, we did": what the network changed because of families' signals, from the
//! catalogue, so a family sees that speaking up leads somewhere.

use crate::components::msg::Msg;
use crate::components::offer_facts::catalogue_text;
use crate::components::pictogram::Pictogram;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn YouSaidWeDid() -> impl IntoView {
    let state = use_app();
    move || {
        let actions = state
            .catalogue
            .with(|c| c.as_ref().map(|c| c.catalogue.actions.clone()))
            .unwrap_or_default();
        (!actions.is_empty()).then(|| {
            let items = actions
                .into_iter()
                .map(|a| {
                    view! {
                        <li data-action=a.id.clone()>
                            <p><Pictogram name="speech-balloon" size=32 /><strong><Msg id="you-said" /></strong>" "{catalogue_text(a.said)}</p>
                            <p><Pictogram name="check-mark-button" size=32 /><strong><Msg id="we-did" /></strong>" "{catalogue_text(a.did)}</p>
                            <p class="muted"><time datetime=a.date.clone()>{a.date.clone()}</time></p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="you-said" aria-labelledby="you-said-title">
                    <h2 id="you-said-title"><Msg id="you-said-title" /></h2>
                    <ul role="list">{items}</ul>
                </section>
            }
        })
    }
}
