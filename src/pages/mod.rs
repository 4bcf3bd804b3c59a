//! One file per route, thin: they arrange components and read state.

pub mod agenda;
pub mod ask;
pub mod check;
pub mod favourites;
pub mod feedback;
pub mod home;
pub mod map;
pub mod not_found;
pub mod offer;
pub mod offers;
pub mod settings;
pub mod staff;
pub mod staff_catalogue;
