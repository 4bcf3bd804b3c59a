//! The CSV template: one row per offer. See docs/data-formats.md, "The CSV template".
//!
//! Coordinators keep the offer in a spreadsheet, so the template is flat: the organization is
//! repeated on every row, lists are `|`-separated in one cell, every text has one column per
//! language (`name_nl`, `name_fr`…), and yes/no cells accept what people actually type. The
//! catalogue-wide settings (neighbourhood, holidays, front desk) are not in the sheet: they
//! come from the catalogue in use, so a sheet can never break them.
//!
//! Reading is forgiving about the file (comma or semicolon, BOM or not, columns in any order,
//! empty trailing cells) and strict about the data: every problem in the whole file is listed
//! with its row and column, and the catalogue only comes back when there is none.

mod columns;
mod read;
mod write;

pub use columns::{COLUMNS, LIST_SEPARATOR, REQUIRED};
pub use read::import;
pub use write::{export, template};
