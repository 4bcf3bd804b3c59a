//! Kiosk mode for the shared waiting-room tablet: on or off, the idle time, the start language.

use crate::components::msg::Msg;
use crate::domain::kiosk::{Kiosk, DEFAULT_IDLE_S, MAX_IDLE_S, MIN_IDLE_S};
use crate::i18n::languages;
use crate::state::use_app;
use leptos::prelude::*;

/// Kiosk mode for the shared tablet: on/off, the wait before the reset, the start language.
#[component]
pub(super) fn KioskSettings() -> impl IntoView {
    let state = use_app();
    let kiosk = state.kiosk;
    let current = kiosk.settings.get_untracked();
    let on = RwSignal::new(current.on);
    let idle = RwSignal::new(current.idle_s.to_string());
    let language = RwSignal::new(current.language.clone());
    // Its value says whether the device kept the settings.
    let save_action = Action::new_local(move |settings: &Kiosk| {
        let settings = settings.clone();
        async move { kiosk.save(state, settings).await }
    });
    let saved = save_action.value();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let settings = Kiosk {
            on: on.get_untracked(),
            idle_s: Kiosk::clamp_idle(
                idle.get_untracked()
                    .trim()
                    .parse()
                    .unwrap_or(DEFAULT_IDLE_S),
            ),
            language: language.get_untracked(),
        };
        idle.set(settings.idle_s.to_string());
        if settings.on {
            crate::state::kiosk::request_fullscreen();
        }
        save_action.dispatch(settings);
    };
    let options = languages::all()
        .iter()
        .map(|l| {
            let tag = l.tag.clone();
            let selected = tag == current.language;
            view! { <option value=tag.clone() selected=selected lang=tag.clone()>{languages::autonym(&tag).unwrap_or(&tag).to_owned()}</option> }
        })
        .collect_view();
    view! {
        <section aria-labelledby="kiosk-title">
            <h2 id="kiosk-title"><Msg id="kiosk-title" /></h2>
            <p><Msg id="kiosk-hint" /></p>
            <form class="kiosk-form" on:submit=save>
                <label class="check-row">
                    <input type="checkbox" name="kiosk-on" prop:checked=move || on.get()
                        on:change=move |ev| on.set(event_target_checked(&ev)) />
                    <span><Msg id="kiosk-on" /></span>
                </label>
                <label for="kiosk-idle"><Msg id="kiosk-idle" /></label>
                <input id="kiosk-idle" name="kiosk-idle" type="number" inputmode="numeric" dir="ltr"
                    min=MIN_IDLE_S max=MAX_IDLE_S prop:value=move || idle.get()
                    on:input=move |ev| idle.set(event_target_value(&ev)) />
                <label for="kiosk-language"><Msg id="kiosk-language" /></label>
                <select id="kiosk-language" name="kiosk-language" on:change=move |ev| language.set(event_target_value(&ev))>
                    {options}
                </select>
                <button type="submit" class="action"><Msg id="kiosk-save" /></button>
                {move || saved.get().map(|ok| {
                    let id = if ok { "kiosk-saved" } else { "kiosk-not-saved" };
                    view! { <p role="status"><Msg id=id /></p> }
                })}
            </form>
        </section>
    }
}
