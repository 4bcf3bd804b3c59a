//! `/`: the seven functions of the network as a pictogram grid, and the two other jobs.

use crate::components::msg::Msg;
use crate::components::{page::Page, pictogram::Pictogram};
use crate::domain::functions::FUNCTIONS;
use leptos::prelude::*;

#[component]
pub fn Home() -> impl IntoView {
    view! {
        <Page title="home-title">
            <ul class="tile-grid jobs" role="list">
                <li>
                    <a href="/ask" class="tile tile-job">
                        <Pictogram name="person-raising-hand" size=64 />
                        <span><Msg id="home-ask" /></span>
                    </a>
                </li>
                <li>
                    <a href="/feedback" class="tile tile-job">
                        <Pictogram name="speech-balloon" size=64 />
                        <span><Msg id="home-feedback" /></span>
                    </a>
                </li>
            </ul>
            <section aria-labelledby="functions-heading">
                <h2 id="functions-heading"><Msg id="home-functions" /></h2>
                <ul class="tile-grid functions" role="list">
                    {FUNCTIONS
                        .iter()
                        .map(|function| {
                            let label = function.label_id();
                            view! {
                                <li>
                                    <a
                                        href=format!("/offers?function={}", function.code)
                                        class="tile"
                                        data-function=function.code
                                    >
                                        <Pictogram name=function.pictogram size=64 />
                                        <span><Msg id=label.clone() /></span>
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        </Page>
    }
}
