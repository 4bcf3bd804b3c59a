//! `/map`: the neighbourhood map, drawn from the offers' coordinates (no tile server, no
//! third-party request, works offline). Every pin is a real link; the same offers follow as
//! a list for screen readers and keyboards.

use crate::components::msg::Msg;
use crate::components::offer_card::offer_pictogram;
use crate::components::offer_facts::catalogue_text;
use crate::components::page::Page;
use crate::domain::map;
use crate::state::use_app;
use leptos::prelude::*;

#[component]
pub fn Map() -> impl IntoView {
    let state = use_app();
    let i18n = state.i18n;
    view! {
        <Page title="map-title">
            {move || state.catalogue.get().map(|data| {
                let (ratio, pins) = map::layout(&data.catalogue);
                let lang = i18n.language().tag.clone();
                let pins_view = pins.into_iter().filter_map(|pin| {
                    let offer = data.catalogue.offer(&pin.offer_id)?;
                    let (name_lang, name) = offer.name.resolve(&lang);
                    let function = offer.functions.first().cloned().unwrap_or_default();
                    Some(view! {
                        <a
                            class="pin"
                            href=format!("/offers/{}", offer.id)
                            data-offer=offer.id.clone()
                            data-function=function
                            style:left=format!("{:.2}%", pin.x) style:top=format!("{:.2}%", pin.y)
                            title=name.to_owned()
                        >
                            <img src=format!("/pictograms/{}.svg", offer_pictogram(offer)) alt=name.to_owned() lang=name_lang.to_owned() width="28" height="28" />
                        </a>
                    })
                }).collect_view();
                let list = data.catalogue.offers.iter().map(|o| {
                    view! { <li><a href=format!("/offers/{}", o.id)>{catalogue_text(o.name.clone())}</a></li> }
                }).collect_view();
                view! {
                    // A map is geography, not text: it does not mirror in right-to-left languages.
                    <div class="map" dir="ltr" style:aspect-ratio=format!("{ratio:.3}")>
                        {pins_view}
                    </div>
                    <h2><Msg id="map-list" /></h2>
                    <ul class="map-list">{list}</ul>
                }
            })}
        </Page>
    }
}
