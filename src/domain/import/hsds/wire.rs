//! The shapes written on export, field by field as HSDS names them.

use crate::domain::catalogue::Access;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize)]
pub(super) struct FileOut<'a> {
    pub(super) version: &'static str,
    pub(super) organizations: Vec<OrgOut<'a>>,
}

#[derive(Serialize)]
pub(super) struct OrgOut<'a> {
    pub(super) id: &'a str,
    pub(super) name: String,
    /// Required by HSDS; the app has none, so the Dutch name (ignored on import).
    pub(super) description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) website: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) x_buurtwijzer: Option<OrgExt>,
    pub(super) services: Vec<ServiceOut<'a>>,
}

#[derive(Serialize)]
pub(super) struct OrgExt {
    pub(super) name: BTreeMap<String, String>,
}

#[derive(Serialize)]
pub(super) struct ServiceOut<'a> {
    pub(super) id: &'a str,
    pub(super) organization_id: &'a str,
    pub(super) name: String,
    pub(super) description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) email: Option<&'a str>,
    pub(super) status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) fees_description: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(super) phones: Vec<PhoneOut>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(super) languages: Vec<LanguageOut<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(super) cost_options: Vec<CostOut>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(super) required_documents: Vec<DocumentOut>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(super) schedules: Vec<ScheduleOut<'a>>,
    pub(super) service_at_locations: Vec<ServiceAtLocationOut>,
    pub(super) x_buurtwijzer: ServiceExt<'a>,
}

#[derive(Serialize)]
pub(super) struct PhoneOut {
    pub(super) id: String,
    pub(super) number: String,
    #[serde(rename = "type")]
    pub(super) kind: &'static str,
}

#[derive(Serialize)]
pub(super) struct LanguageOut<'a> {
    pub(super) id: String,
    pub(super) code: &'a str,
}

#[derive(Serialize)]
pub(super) struct CostOut {
    pub(super) id: String,
    pub(super) amount: u8,
    pub(super) currency: &'static str,
}

#[derive(Serialize)]
pub(super) struct DocumentOut {
    pub(super) id: String,
    pub(super) document: String,
}

#[derive(Serialize)]
pub(super) struct ScheduleOut<'a> {
    pub(super) id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) x_opening_hours: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) freq: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) interval: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) byday: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) dtstart: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) until: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) opens_at: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) closes_at: Option<&'a str>,
    /// The network's own: `skip` or `only` the school holidays (none: also in them).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) x_school_holidays: Option<&'static str>,
}

#[derive(Serialize)]
pub(super) struct ServiceAtLocationOut {
    pub(super) id: String,
    pub(super) location: LocationOut,
}

#[derive(Serialize)]
pub(super) struct LocationOut {
    pub(super) id: String,
    pub(super) location_type: &'static str,
    pub(super) latitude: f64,
    pub(super) longitude: f64,
    pub(super) addresses: Vec<AddressOut>,
}

#[derive(Serialize)]
pub(super) struct AddressOut {
    pub(super) id: String,
    pub(super) address_1: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) postal_code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) city: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) country: Option<&'static str>,
    pub(super) address_type: &'static str,
}

#[derive(Serialize)]
pub(super) struct ServiceExt<'a> {
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub(super) name: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub(super) description: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub(super) fees_description: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub(super) bring: BTreeMap<String, String>,
    pub(super) functions: &'a [String],
    pub(super) ages: &'a [String],
    pub(super) how: Access,
    pub(super) interpreter: bool,
    pub(super) income_related: bool,
    pub(super) uitpas: bool,
    pub(super) pram: bool,
    pub(super) wheelchair: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) whatsapp: Option<&'a str>,
}
