//! Reporting periods: month, calendar quarter, fiscal quarter (fiscal year
//! from April 1, as in Quebec and Canada) and year.
//!
//! Labels sort in time order within one kind and are safe in CSV and file
//! names: `2025-06`, `2025-Q2`, `FY2025-26-Q1` (April–June 2025), `2025`.

use crate::model::{Lang, MONTHS};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// How a report cuts time into periods: a case counts in the period of its
/// start's local date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
#[cfg_attr(feature = "http", derive(utoipa::ToSchema))]
pub enum PeriodKind {
    /// Calendar months (`2025-06`).
    Month,
    /// Calendar quarters, Q1 = January–March (`2025-Q2`).
    Quarter,
    /// Quarters of a fiscal year starting April 1: Q1 = April–June.
    FiscalQuarter,
    /// Calendar years (`2025`).
    Year,
}

impl PeriodKind {
    /// Every kind, shortest first.
    pub const ALL: [PeriodKind; 4] = [
        PeriodKind::Month,
        PeriodKind::Quarter,
        PeriodKind::FiscalQuarter,
        PeriodKind::Year,
    ];

    /// The command-line identifier (`fiscal-quarter`).
    pub fn id(self) -> &'static str {
        match self {
            PeriodKind::Month => "month",
            PeriodKind::Quarter => "quarter",
            PeriodKind::FiscalQuarter => "fiscal-quarter",
            PeriodKind::Year => "year",
        }
    }

    /// The period holding `date`.
    pub fn period_of(self, date: NaiveDate) -> Period {
        let (y, m) = (date.year(), date.month());
        let month = match self {
            PeriodKind::Month => m,
            // Fiscal quarters start in April, July, October and January:
            // the same first days as calendar quarters, other labels.
            PeriodKind::Quarter | PeriodKind::FiscalQuarter => (m - 1) / 3 * 3 + 1,
            PeriodKind::Year => 1,
        };
        Period {
            first_day: NaiveDate::from_ymd_opt(y, month, 1).unwrap_or(date),
            kind: self,
        }
    }
}

impl FromStr for PeriodKind {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        PeriodKind::ALL
            .into_iter()
            .find(|k| k.id() == s.trim().to_ascii_lowercase())
            .ok_or_else(|| {
                format!("unknown period `{s}`: expected month, quarter, fiscal-quarter or year")
            })
    }
}

impl fmt::Display for PeriodKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// One reporting period, known by its first day. Orders by time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Period {
    /// The period's first day.
    pub first_day: NaiveDate,
    /// The kind of period.
    pub kind: PeriodKind,
}

impl Period {
    /// `2025-06`, `2025-Q2`, `FY2025-26-Q1`, `2025`.
    pub fn label(&self) -> String {
        let (y, m) = (self.first_day.year(), self.first_day.month());
        match self.kind {
            PeriodKind::Month => format!("{y:04}-{m:02}"),
            PeriodKind::Quarter => format!("{y:04}-Q{}", (m - 1) / 3 + 1),
            PeriodKind::FiscalQuarter => {
                let fy = if m >= 4 { y } else { y - 1 };
                let q = (m + 8) % 12 / 3 + 1;
                format!("FY{fy:04}-{:02}-Q{q}", (fy + 1).rem_euclid(100))
            }
            PeriodKind::Year => format!("{y:04}"),
        }
    }

    /// The period of an identifier [`Period::label`] wrote, `None` for any
    /// other text. Reports carry their periods as these identifiers (the
    /// JSON and CSV columns), and people's outputs are written from them.
    pub fn from_label(label: &str) -> Option<Period> {
        let number = |s: &str| {
            s.parse::<i32>()
                .ok()
                .filter(|_| s.bytes().all(|b| b.is_ascii_digit()))
        };
        let quarter = |q: &str| {
            number(q.strip_prefix('Q')?)
                .filter(|q| (1..=4).contains(q))
                .map(|q| q as u32)
        };
        let (kind, year, month) = if let Some(rest) = label.strip_prefix("FY") {
            // `FY2025-26-Q1`: quarters count from April.
            let mut parts = rest.split('-');
            let (fy, next, q) = (parts.next()?, parts.next()?, parts.next()?);
            let fy = number(fy)?;
            let q = quarter(q)?;
            if parts.next().is_some() || number(next)? != (fy + 1).rem_euclid(100) {
                return None;
            }
            let month = q * 3 % 12 + 1;
            let year = if q == 4 { fy + 1 } else { fy };
            (PeriodKind::FiscalQuarter, year, month)
        } else {
            match label.split_once('-') {
                None => (PeriodKind::Year, number(label)?, 1),
                Some((y, q)) if q.starts_with('Q') => {
                    (PeriodKind::Quarter, number(y)?, (quarter(q)? - 1) * 3 + 1)
                }
                Some((y, m)) => {
                    let m = number(m).filter(|_| m.len() == 2)?;
                    (PeriodKind::Month, number(y)?, u32::try_from(m).ok()?)
                }
            }
        };
        let period = Period {
            first_day: NaiveDate::from_ymd_opt(year, month, 1)?,
            kind,
        };
        (period.label() == label).then_some(period)
    }

    /// The period as people read it in `lang`. English keeps the
    /// identifier; French writes what Quebec's administrations write: the
    /// month by its name (`juin 2025`), `T2 2025` for a quarter
    /// (« trimestre »), and the fiscal year in full with `AF` for « année
    /// financière », the government's own term for its year from April 1
    /// to March 31 (Loi sur l'administration financière, RLRQ c.;
    /// the Comptes publics' « année financière terminée le 31 mars 2014 »;
    /// ministries' « Rapport annuel de gestion 2018-2019 » for April 2018
    /// to March 2019): `AF 2025-2026 T1`.
    pub fn words(&self, lang: Lang) -> String {
        let (y, m) = (self.first_day.year(), self.first_day.month());
        match (lang, self.kind) {
            (Lang::En, _) | (Lang::Fr, PeriodKind::Year) => self.label(),
            (Lang::Fr, PeriodKind::Month) => format!("{} {y}", MONTHS[m as usize - 1].1),
            (Lang::Fr, PeriodKind::Quarter) => format!("T{} {y}", (m - 1) / 3 + 1),
            (Lang::Fr, PeriodKind::FiscalQuarter) => {
                let fy = if m >= 4 { y } else { y - 1 };
                format!("AF {fy}-{} T{}", fy + 1, (m + 8) % 12 / 3 + 1)
            }
        }
    }

    /// The period just before this one, of the same kind.
    pub fn previous(&self) -> Option<Period> {
        let day = self.first_day.pred_opt()?;
        Some(self.kind.period_of(day))
    }

    /// The period's last day (inclusive).
    pub fn last_day(&self) -> NaiveDate {
        let months = match self.kind {
            PeriodKind::Month => 1,
            PeriodKind::Quarter | PeriodKind::FiscalQuarter => 3,
            PeriodKind::Year => 12,
        };
        self.first_day
            .checked_add_months(chrono::Months::new(months))
            .and_then(|d| d.pred_opt())
            .unwrap_or(self.first_day)
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every label of every kind reads back as its period, and nothing
    /// else does.
    #[test]
    fn labels_read_back() {
        let mut day = d("2024-01-01");
        while day < d("2026-12-31") {
            for kind in PeriodKind::ALL {
                let period = kind.period_of(day);
                assert_eq!(
                    Period::from_label(&period.label()),
                    Some(period),
                    "{day} {kind}"
                );
            }
            day = day.succ_opt().unwrap();
        }
        for other in [
            "",
            "all",
            "2025-13",
            "2025-6",
            "2025-Q5",
            "FY2025-27-Q1",
            "FY2025-26-Q1-x",
            "2025-Q",
            "x2025",
        ] {
            assert_eq!(Period::from_label(other), None, "{other}");
        }
    }

    #[test]
    fn periods_in_french_words() {
        let words = |kind: PeriodKind, date: &str| kind.period_of(d(date)).words(Lang::Fr);
        assert_eq!(words(PeriodKind::Month, "2025-06-20"), "juin 2025");
        assert_eq!(words(PeriodKind::Month, "2025-08-01"), "août 2025");
        assert_eq!(words(PeriodKind::Quarter, "2025-06-20"), "T2 2025");
        assert_eq!(
            words(PeriodKind::FiscalQuarter, "2025-06-20"),
            "AF 2025-2026 T1"
        );
        assert_eq!(
            words(PeriodKind::FiscalQuarter, "2026-02-01"),
            "AF 2025-2026 T4"
        );
        assert_eq!(words(PeriodKind::Year, "2025-06-20"), "2025");
        let english = PeriodKind::FiscalQuarter.period_of(d("2025-06-20"));
        assert_eq!(english.words(Lang::En), "FY2025-26-Q1");
    }

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn label(kind: PeriodKind, date: &str) -> String {
        kind.period_of(d(date)).label()
    }

    #[test]
    fn labels() {
        assert_eq!(label(PeriodKind::Month, "2025-06-20"), "2025-06");
        assert_eq!(label(PeriodKind::Quarter, "2025-06-20"), "2025-Q2");
        assert_eq!(label(PeriodKind::Quarter, "2025-01-01"), "2025-Q1");
        assert_eq!(label(PeriodKind::Quarter, "2025-12-31"), "2025-Q4");
        assert_eq!(label(PeriodKind::Year, "2025-06-20"), "2025");
        assert_eq!(
            label(PeriodKind::FiscalQuarter, "2025-06-20"),
            "FY2025-26-Q1"
        );
    }

    #[test]
    fn fiscal_quarters_across_the_year_boundary() {
        assert_eq!(
            label(PeriodKind::FiscalQuarter, "2025-03-31"),
            "FY2024-25-Q4"
        );
        assert_eq!(
            label(PeriodKind::FiscalQuarter, "2025-04-01"),
            "FY2025-26-Q1"
        );
        assert_eq!(
            label(PeriodKind::FiscalQuarter, "2025-07-01"),
            "FY2025-26-Q2"
        );
        assert_eq!(
            label(PeriodKind::FiscalQuarter, "2025-10-15"),
            "FY2025-26-Q3"
        );
        assert_eq!(
            label(PeriodKind::FiscalQuarter, "2025-12-31"),
            "FY2025-26-Q3"
        );
        assert_eq!(
            label(PeriodKind::FiscalQuarter, "2026-01-01"),
            "FY2025-26-Q4"
        );
        assert_eq!(
            label(PeriodKind::FiscalQuarter, "1999-05-01"),
            "FY1999-00-Q1"
        );
        assert!(
            PeriodKind::FiscalQuarter.period_of(d("2025-03-31"))
                < PeriodKind::FiscalQuarter.period_of(d("2025-04-01"))
        );
    }

    #[test]
    fn bounds() {
        let p = PeriodKind::FiscalQuarter.period_of(d("2026-02-10"));
        assert_eq!(
            (p.first_day, p.last_day()),
            (d("2026-01-01"), d("2026-03-31"))
        );
        let p = PeriodKind::Month.period_of(d("2024-02-10"));
        assert_eq!(p.last_day(), d("2024-02-29"));
        let p = PeriodKind::Year.period_of(d("2025-07-04"));
        assert_eq!(
            (p.first_day, p.last_day()),
            (d("2025-01-01"), d("2025-12-31"))
        );
    }

    #[test]
    fn parses_kinds() {
        assert_eq!("fiscal-quarter".parse(), Ok(PeriodKind::FiscalQuarter));
        assert_eq!("Month".parse(), Ok(PeriodKind::Month));
        assert!("week".parse::<PeriodKind>().is_err());
        for k in PeriodKind::ALL {
            assert_eq!(k.id().parse(), Ok(k));
        }
    }
}
