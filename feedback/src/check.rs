//! The neighbourhood check: the 14 themes of the Place Standard tool ("How good is our
//! place?"), its two scales, and the geometry of its compass (radar) chart.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Stable code: key in records, suffix of `theme-<code>` and `theme-<code>-question`.
    pub code: &'static str,
    pub pictogram: &'static str,
}

/// In the order of the Place Standard tool; the compass draws them clockwise from the top.
pub const THEMES: [Theme; 14] = [
    Theme {
        code: "moving-around",
        pictogram: "person-walking",
    },
    Theme {
        code: "public-transport",
        pictogram: "bus",
    },
    Theme {
        code: "traffic-parking",
        pictogram: "automobile",
    },
    Theme {
        code: "streets-spaces",
        pictogram: "cityscape",
    },
    Theme {
        code: "natural-space",
        pictogram: "deciduous-tree",
    },
    Theme {
        code: "play-recreation",
        pictogram: "playground-slide",
    },
    Theme {
        code: "facilities-amenities",
        pictogram: "convenience-store",
    },
    Theme {
        code: "work-economy",
        pictogram: "briefcase",
    },
    Theme {
        code: "housing-community",
        pictogram: "house-with-garden",
    },
    Theme {
        code: "social-contact",
        pictogram: "busts-in-silhouette",
    },
    Theme {
        code: "identity-belonging",
        pictogram: "handshake",
    },
    Theme {
        code: "feeling-safe",
        pictogram: "shield",
    },
    Theme {
        code: "care-maintenance",
        pictogram: "broom",
    },
    Theme {
        code: "influence-control",
        pictogram: "raising-hands",
    },
];

pub fn theme(code: &str) -> Option<&'static Theme> {
    THEMES.iter().find(|t| t.code == code)
}

/// Adults answer 1 (much to improve) to 7 (little to improve); children (6–12) use three faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scale {
    Adult,
    Child,
}

impl Scale {
    pub fn code(self) -> &'static str {
        match self {
            Scale::Adult => "adult",
            Scale::Child => "child",
        }
    }

    pub fn max(self) -> u8 {
        match self {
            Scale::Adult => 7,
            Scale::Child => 3,
        }
    }

    pub fn accepts(self, score: u8) -> bool {
        (1..=self.max()).contains(&score)
    }

    /// Where a score sits between "much to improve" (0.0) and "little to improve" (1.0), so
    /// adult and child answers can share one compass and one average.
    pub fn fraction(self, score: u8) -> f64 {
        let s = score.clamp(1, self.max());
        f64::from(s - 1) / f64::from(self.max() - 1)
    }
}

/// A fraction back on the adult 1–7 scale, the one staff know from the Place Standard.
pub fn on_adult_scale(fraction: f64) -> f64 {
    1.0 + 6.0 * fraction.clamp(0.0, 1.0)
}

/// The compass: one axis per theme, clockwise from straight up, in an SVG view box where the
/// centre is (`centre`, `centre`) and the outer ring has radius `radius`.
#[derive(Debug, Clone, Copy)]
pub struct Compass {
    pub centre: f64,
    pub radius: f64,
}

impl Compass {
    /// Angle of axis `i` of `n`, in radians; axis 0 points up (SVG y grows downwards).
    fn angle(i: usize, n: usize) -> f64 {
        -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * i as f64 / n as f64
    }

    /// The point at `fraction` (0 = centre, 1 = outer ring) along axis `i` of `n`.
    pub fn point(&self, i: usize, n: usize, fraction: f64) -> (f64, f64) {
        let a = Self::angle(i, n);
        let r = self.radius * fraction.clamp(0.0, 1.0);
        (self.centre + r * a.cos(), self.centre + r * a.sin())
    }

    /// The answered points, in axis order; a skipped theme (`None`) has no point, so it neither
    /// pulls the shape to the centre nor pretends to be an answer.
    pub fn shape(&self, fractions: &[Option<f64>]) -> Vec<(usize, (f64, f64))> {
        let n = fractions.len();
        fractions
            .iter()
            .enumerate()
            .filter_map(|(i, f)| f.map(|f| (i, self.point(i, n, f))))
            .collect()
    }

    /// SVG `points` attribute of a polygon through the given points.
    pub fn polygon_points(points: &[(usize, (f64, f64))]) -> String {
        points
            .iter()
            .map(|(_, (x, y))| format!("{x:.1},{y:.1}"))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// A ring at `fraction` of the radius (for the 1–7 grid), as polygon points.
    pub fn ring(&self, n: usize, fraction: f64) -> String {
        let points: Vec<_> = (0..n).map(|i| (i, self.point(i, n, fraction))).collect();
        Self::polygon_points(&points)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const C: Compass = Compass {
        centre: 100.0,
        radius: 80.0,
    };

    fn close(a: (f64, f64), b: (f64, f64)) -> bool {
        (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9
    }

    #[test]
    fn fourteen_distinct_themes() {
        let mut codes: Vec<_> = THEMES.iter().map(|t| t.code).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), 14);
    }

    #[test]
    fn scales_map_their_ends_to_the_same_fractions() {
        assert_eq!(Scale::Adult.fraction(1), 0.0);
        assert_eq!(Scale::Adult.fraction(7), 1.0);
        assert_eq!(Scale::Child.fraction(1), 0.0);
        assert_eq!(Scale::Child.fraction(3), 1.0);
        assert_eq!(Scale::Child.fraction(2), Scale::Adult.fraction(4));
        assert_eq!(on_adult_scale(Scale::Child.fraction(2)), 4.0);
        assert!(!Scale::Child.accepts(4) && !Scale::Adult.accepts(0) && Scale::Adult.accepts(7));
    }

    #[test]
    fn first_axis_points_up_and_the_rest_go_clockwise() {
        assert!(close(C.point(0, 14, 1.0), (100.0, 20.0)));
        // A quarter of the way round is to the right (clockwise on screen).
        assert!(close(C.point(1, 4, 1.0), (180.0, 100.0)));
        assert!(close(C.point(2, 4, 1.0), (100.0, 180.0)));
        assert!(close(C.point(3, 4, 0.5), (60.0, 100.0)));
    }

    #[test]
    fn the_lowest_score_is_the_centre_and_the_highest_the_outer_ring() {
        for i in 0..14 {
            assert!(close(C.point(i, 14, 0.0), (100.0, 100.0)));
            let (x, y) = C.point(i, 14, 1.0);
            let r = ((x - 100.0).powi(2) + (y - 100.0).powi(2)).sqrt();
            assert!((r - 80.0).abs() < 1e-9);
        }
        // Out-of-range fractions stay inside the chart.
        assert!(close(C.point(5, 14, 3.0), C.point(5, 14, 1.0)));
    }

    #[test]
    fn skipped_themes_have_no_point() {
        let mut f = vec![None; 14];
        f[0] = Some(1.0);
        f[7] = Some(0.5);
        let shape = C.shape(&f);
        assert_eq!(
            shape.iter().map(|(i, _)| *i).collect::<Vec<_>>(),
            vec![0, 7]
        );
        // Axis 7 of 14 points straight down.
        assert!(close(shape[1].1, (100.0, 140.0)));
        assert_eq!(Compass::polygon_points(&shape), "100.0,20.0 100.0,140.0");
    }
}
