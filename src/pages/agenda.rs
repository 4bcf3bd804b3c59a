//! `/agenda`: this week's activities, day by day, from today.

use crate::components::msg::Msg;
use crate::components::offer_card::offer_pictogram;
use crate::components::offer_facts::catalogue_text;
use crate::components::page::Page;
use crate::components::pictogram::Pictogram;
use crate::domain::schedule::{activities_on, weekday_code};
use crate::i18n::messages::Args;
use crate::state::{local_now, use_app};
use chrono::{Datelike, TimeDelta};
use leptos::prelude::*;

#[component]
pub fn Agenda() -> impl IntoView {
    let state = use_app();
    let i18n = state.i18n;
    view! {
        <Page title="agenda-title">
            {move || state.catalogue.get().map(|data| {
                let today = local_now().date();
                (0..7).map(|n| {
                    let day = today + TimeDelta::days(n);
                    let mut a = Args::new();
                    a.set("day", weekday_code(day.weekday()));
                    let heading = format!("{} {}", i18n.tr_with("weekday", Some(&a)), crate::domain::dates::day_month(day));
                    let sessions = activities_on(&data.catalogue, data.schedules.calendar(), day);
                    let empty = sessions.is_empty();
                    let items = sessions.into_iter().map(|o| {
                        let act = o.activity.as_ref().expect("activities_on returns activities");
                        view! {
                            <li>
                                <a href=format!("/offers/{}", o.id) class="agenda-item" data-offer=o.id.clone()>
                                    <Pictogram name=offer_pictogram(o) size=32 />
                                    <bdi dir="ltr" class="agenda-time">{format!("{}–{}", act.start, act.end)}</bdi>
                                    {catalogue_text(o.name.clone())}
                                </a>
                            </li>
                        }
                    }).collect_view();
                    view! {
                        <section class="agenda-day">
                            <h2>{heading}</h2>
                            {if empty { view! { <p><Msg id="agenda-none" /></p> }.into_any() } else { view! { <ul class="agenda-list" role="list">{items}</ul> }.into_any() }}
                        </section>
                    }
                }).collect_view()
            })}
        </Page>
    }
}
