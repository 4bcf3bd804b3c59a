//! The offline neighbourhood map: offers placed by their coordinates, no tile server.
//! Positions are percentages of a box around all offers, north up, with longitude scaled by
//! the cosine of the latitude so distances look right at Flemish latitudes.

use super::catalogue::Catalogue;

#[derive(Debug, Clone, PartialEq)]
pub struct Pin {
    pub offer_id: String,
    /// From the left edge, 0–100.
    pub x: f64,
    /// From the top edge, 0–100.
    pub y: f64,
}

/// The map's shape (width / height) and a pin per place: offers at the same coordinates (the
/// Huis van het Kind's many) share the first one's pin, since stacked pins cannot be told
/// apart or tapped; the list under the map names every offer. Margins keep pins off the edge.
pub fn layout(catalogue: &Catalogue) -> (f64, Vec<Pin>) {
    let mut seen = Vec::new();
    let offers: Vec<_> = catalogue
        .offers
        .iter()
        .filter(|o| {
            let at = (o.location.lat.to_bits(), o.location.lon.to_bits());
            let first = !seen.contains(&at);
            seen.push(at);
            first
        })
        .collect();
    let points: Vec<(f64, f64)> = offers
        .iter()
        .map(|o| (o.location.lat, o.location.lon))
        .collect();
    let (ratio, placed) = place(&points);
    let pins = offers
        .iter()
        .zip(placed)
        .map(|(o, (x, y))| Pin {
            offer_id: o.id.clone(),
            x,
            y,
        })
        .collect();
    (ratio, pins)
}

/// Places (lat, lon) points in a box: the box's shape and each point's (x, y) in percent.
pub fn place(points: &[(f64, f64)]) -> (f64, Vec<(f64, f64)>) {
    if points.is_empty() {
        return (1.0, Vec::new());
    }
    let (mut min_lat, mut max_lat, mut min_lon, mut max_lon) =
        (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for &(lat, lon) in points {
        min_lat = min_lat.min(lat);
        max_lat = max_lat.max(lat);
        min_lon = min_lon.min(lon);
        max_lon = max_lon.max(lon);
    }
    let scale = ((min_lat + max_lat) / 2.0).to_radians().cos();
    // A tiny box (one place) still gets a sensible size.
    let width = ((max_lon - min_lon) * scale).max(1e-4);
    let height = (max_lat - min_lat).max(1e-4);
    let margin = 6.0;
    let span = 100.0 - 2.0 * margin;
    let placed = points
        .iter()
        .map(|&(lat, lon)| {
            (
                margin + (lon - min_lon) * scale / width * span,
                margin + (max_lat - lat) / height * span,
            )
        })
        .collect();
    ((width / height).clamp(0.5, 2.0), placed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::validate::load;

    #[test]
    fn pins_stay_inside_and_north_is_up() {
        let c = load(include_str!("../../tests/fixtures/small-catalogue.json")).unwrap();
        let (_, pins) = layout(&c);
        // Three offers in two places (onthaal and speelnamiddag share one).
        assert_eq!(pins.len(), 2);
        for p in &pins {
            assert!(
                (0.0..=100.0).contains(&p.x) && (0.0..=100.0).contains(&p.y),
                "{p:?}"
            );
        }
        // jeugdhuis (51.20, 4.41) lies north-east of onthaal (51.195, 4.40).
        let by = |id: &str| pins.iter().find(|p| p.offer_id == id).unwrap().clone();
        assert!(by("jeugdhuis").y < by("onthaal").y);
        assert!(by("jeugdhuis").x > by("onthaal").x);
    }

    #[test]
    fn offers_in_one_place_share_one_pin() {
        let mut c = load(include_str!("../../tests/fixtures/small-catalogue.json")).unwrap();
        let places = layout(&c).1.len();
        let mut twin = c.offers[2].clone();
        twin.id = "twin".into();
        c.offers.push(twin);
        let (_, pins) = layout(&c);
        assert_eq!(pins.len(), places, "the twin has no pin of its own");
        assert!(pins.iter().all(|p| p.offer_id != "twin"));
    }
}
