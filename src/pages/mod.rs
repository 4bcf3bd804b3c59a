//! One file per route, thin: they arrange components and read state.
//!
//! Home and "not found" are in the main wasm. Every other page is a lazy route: in the split
//! build (`cargo xtask wasm`, feature `split`) its code, and whatever only it uses, is a chunk
//! of its own, fetched the first time the page is opened (the service worker precaches every
//! chunk, so offline works the same). Without the feature the same routes are plain functions.

pub mod agenda;
pub mod ask;
pub mod check;
pub mod favourites;
pub mod feedback;
pub mod handover;
pub mod home;
pub mod map;
pub mod not_found;
pub mod offer;
pub mod offers;
pub mod settings;
pub mod staff;

/// Declares `$route`, a [`LazyRoute`](leptos_router::LazyRoute) that shows `$page`, loaded
/// through the lazy function `$load`. Every such page shows the offer in some way, so opening
/// one asks for the catalogue (the home page does not need it).
macro_rules! lazy_page {
    ($route:ident, $load:ident, $page:path) => {
        pub struct $route;

        impl leptos_router::LazyRoute for $route {
            // Runs before the page's chunk arrives: the catalogue loads alongside it.
            fn data() -> Self {
                if let Some(state) = leptos::prelude::use_context::<crate::state::AppState>() {
                    state.want_catalogue();
                }
                $route
            }

            async fn view(_: Self) -> leptos::prelude::AnyView {
                $load().await
            }
        }

        #[cfg_attr(feature = "split", leptos::lazy)]
        async fn $load() -> leptos::prelude::AnyView {
            use $page as Page;
            leptos::prelude::IntoAny::into_any(leptos::view! { <Page /> })
        }
    };
}

lazy_page!(OffersRoute, offers_page, offers::Offers);
lazy_page!(OfferRoute, offer_page, offer::Offer);
lazy_page!(FavouritesRoute, favourites_page, favourites::Favourites);
lazy_page!(AgendaRoute, agenda_page, agenda::Agenda);
lazy_page!(MapRoute, map_page, map::Map);
lazy_page!(AskRoute, ask_page, ask::Ask);
lazy_page!(FeedbackRoute, feedback_page, feedback::Feedback);
lazy_page!(HandoverRoute, handover_page, handover::Handover);
lazy_page!(CheckRoute, check_page, check::Check);
lazy_page!(StaffRoute, staff_page, staff::Staff);
lazy_page!(SettingsRoute, settings_page, settings::Settings);
