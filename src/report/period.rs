//! Reporting periods: month, quarter, fiscal quarter and year, of a
//! reporting year that starts on the first of any month ([`Periods`]):
//! January unless said, April for fiscal quarters (the fiscal year from
//! April 1, as in Quebec and Canada).
//!
//! Labels sort in time order within one kind and are safe in CSV and file
//! names: `2025-06`, `2025-Q2`, `2025` in a year from January;
//! `FY2025-26-Q1` (its first quarter) and `FY2025-26` in a year from any
//! other month, named by the calendar years it spans.

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
    /// Quarters of a fiscal year, starting April 1 unless said: Q1 =
    /// April–June.
    FiscalQuarter,
    /// Calendar years (`2025`), or years from another month.
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

    /// The period holding `date`, in a year from January (April for
    /// fiscal quarters): [`Periods::period_of`].
    pub fn period_of(self, date: NaiveDate) -> Period {
        Periods::from(self).period_of(date)
    }

    /// The month (1–12) its reporting year starts on when none is said:
    /// April for fiscal quarters, January otherwise.
    pub fn usual_year_start(self) -> u32 {
        match self {
            PeriodKind::FiscalQuarter => 4,
            _ => 1,
        }
    }

    /// Months in one period.
    fn months(self) -> i32 {
        match self {
            PeriodKind::Month => 1,
            PeriodKind::Quarter | PeriodKind::FiscalQuarter => 3,
            PeriodKind::Year => 12,
        }
    }
}

/// How a report cuts time: a kind of period, in a reporting year that
/// starts on the first of `year_start` (`delai report --year-start`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Periods {
    /// The kind of period.
    pub kind: PeriodKind,
    /// The month (1–12) the reporting year starts on.
    pub year_start: u32,
}

impl Periods {
    /// `kind` periods in a year from `year_start` (1–12), or from the
    /// kind's usual month ([`PeriodKind::usual_year_start`]) when `None`
    /// or out of range.
    /// Months keep January: they are the same in any year.
    pub fn new(kind: PeriodKind, year_start: Option<u32>) -> Self {
        let year_start = match kind {
            PeriodKind::Month => 1,
            _ => year_start
                .filter(|m| (1..=12).contains(m))
                .unwrap_or_else(|| kind.usual_year_start()),
        };
        Periods { kind, year_start }
    }

    /// The period holding `date`: the period of `kind`'s length, counted
    /// from the year's first month, that holds it.
    pub fn period_of(self, date: NaiveDate) -> Period {
        let month = month_index(date.year(), date.month());
        let since_year = month - (self.year_start as i32 - 1);
        let first = month - since_year.rem_euclid(self.kind.months());
        Period {
            first_day: first_of(first).unwrap_or(date),
            kind: self.kind,
            year_start: self.year_start,
        }
    }
}

impl From<PeriodKind> for Periods {
    fn from(kind: PeriodKind) -> Self {
        Periods::new(kind, None)
    }
}

/// Months since year 0 (January 0000 = 0).
fn month_index(year: i32, month: u32) -> i32 {
    year * 12 + month as i32 - 1
}

/// The first day of month `index` ([`month_index`]).
fn first_of(index: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(index.div_euclid(12), index.rem_euclid(12) as u32 + 1, 1)
}

/// A month's number (1–12) from its name in English or French (`april`,
/// `avril`, any case; `fevrier` without its accent too) or its number:
/// the words `--year-start` takes.
pub fn month_number(text: &str) -> Option<u32> {
    // ASCII case folding, the accented capitals by hand: `str::to_lowercase`
    // would bring Unicode's case tables into the WebAssembly runtime for
    // twelve month names.
    let text = text.trim().to_ascii_lowercase();
    if let Ok(n) = text.parse::<u32>() {
        return (1..=12).contains(&n).then_some(n);
    }
    let plain = |s: &str| {
        s.replace(['é', 'è', 'É', 'È'], "e")
            .replace(['û', 'Û'], "u")
    };
    MONTHS
        .iter()
        .position(|(en, fr)| *en == text || plain(fr) == plain(&text))
        .map(|i| i as u32 + 1)
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
    /// The month (1–12) its reporting year starts on.
    pub year_start: u32,
}

impl Period {
    /// The calendar year the period's reporting year starts in, and the
    /// period's quarter (1–4) in that year.
    fn year_and_quarter(&self) -> (i32, u32) {
        let month = month_index(self.first_day.year(), self.first_day.month());
        let since_year = (month - (self.year_start as i32 - 1)).rem_euclid(12);
        let year = (month - since_year).div_euclid(12);
        (year, since_year as u32 / 3 + 1)
    }

    /// Whether the period's year is a calendar year.
    fn calendar_year(&self) -> bool {
        self.year_start == 1 || self.kind == PeriodKind::Month
    }

    /// `2025-06`, `2025-Q2`, `2025` (a year from January); `FY2025-26-Q1`,
    /// `FY2025-26` (a year from another month).
    pub fn label(&self) -> String {
        let (y, m) = (self.first_day.year(), self.first_day.month());
        let (fy, q) = self.year_and_quarter();
        let next = (fy + 1).rem_euclid(100);
        match (self.kind, self.calendar_year()) {
            (PeriodKind::Month, _) => format!("{y:04}-{m:02}"),
            (PeriodKind::Quarter | PeriodKind::FiscalQuarter, true) => format!("{fy:04}-Q{q}"),
            (PeriodKind::Quarter | PeriodKind::FiscalQuarter, false) => {
                format!("FY{fy:04}-{next:02}-Q{q}")
            }
            (PeriodKind::Year, true) => format!("{fy:04}"),
            (PeriodKind::Year, false) => format!("FY{fy:04}-{next:02}"),
        }
    }

    /// The period of an identifier [`Period::label`] wrote, `None` for any
    /// other text. Reports carry their periods as these identifiers (the
    /// JSON and CSV columns), and people's outputs are written from them.
    /// A fiscal label (`FY…`) does not say its year's first month: it is
    /// read as a year from April, which changes its days, not its words
    /// ([`Period::words`] depends on the label only).
    pub fn from_label(label: &str) -> Option<Period> {
        Period::from_label_in(label, 4)
    }

    /// [`Period::from_label`] for a report whose year starts in
    /// `year_start` (1–12, the report's own field): fiscal labels get
    /// their true days.
    pub fn from_label_in(label: &str, year_start: u32) -> Option<Period> {
        let number = |s: &str| {
            s.parse::<i32>()
                .ok()
                .filter(|_| s.bytes().all(|b| b.is_ascii_digit()))
        };
        let quarter = |q: &str| {
            number(q.strip_prefix('Q')?)
                .filter(|q| (1..=4).contains(q))
                .map(|q| q - 1)
        };
        let (kind, start, first) = if let Some(rest) = label.strip_prefix("FY") {
            // `FY2025-26-Q1`, `FY2025-26`: counted from the year's month.
            let start = Some(year_start).filter(|m| (2..=12).contains(m))?;
            let mut parts = rest.split('-');
            let (fy, _) = (number(parts.next()?)?, parts.next()?);
            let year = month_index(fy, start);
            match parts.next() {
                None => (PeriodKind::Year, start, year),
                Some(q) if start == 4 => (PeriodKind::FiscalQuarter, start, year + quarter(q)? * 3),
                Some(q) => (PeriodKind::Quarter, start, year + quarter(q)? * 3),
            }
        } else {
            match label.split_once('-') {
                None => (PeriodKind::Year, 1, month_index(number(label)?, 1)),
                Some((y, q)) if q.starts_with('Q') => (
                    PeriodKind::Quarter,
                    1,
                    month_index(number(y)?, 1) + quarter(q)? * 3,
                ),
                Some((y, m)) => {
                    let m = number(m).filter(|_| m.len() == 2)?;
                    let m = u32::try_from(m).ok().filter(|m| (1..=12).contains(m))?;
                    (PeriodKind::Month, 1, month_index(number(y)?, m))
                }
            }
        };
        let period = Period {
            first_day: first_of(first)?,
            kind,
            year_start: start,
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
        let (fy, q) = self.year_and_quarter();
        match (lang, self.kind, self.calendar_year()) {
            (Lang::En, _, _) | (Lang::Fr, PeriodKind::Year, true) => self.label(),
            (Lang::Fr, PeriodKind::Month, _) => format!("{} {y}", MONTHS[m as usize - 1].1),
            (Lang::Fr, PeriodKind::Quarter | PeriodKind::FiscalQuarter, true) => {
                format!("T{q} {fy}")
            }
            (Lang::Fr, PeriodKind::Quarter | PeriodKind::FiscalQuarter, false) => {
                format!("AF {fy}-{} T{q}", fy + 1)
            }
            (Lang::Fr, PeriodKind::Year, false) => format!("AF {fy}-{}", fy + 1),
        }
    }

    /// The period just before this one, of the same kind and year.
    pub fn previous(&self) -> Option<Period> {
        let day = self.first_day.pred_opt()?;
        Some(self.periods().period_of(day))
    }

    /// How this period cuts time.
    pub fn periods(&self) -> Periods {
        Periods {
            kind: self.kind,
            year_start: self.year_start,
        }
    }

    /// The period's last day (inclusive).
    pub fn last_day(&self) -> NaiveDate {
        self.first_day
            .checked_add_months(chrono::Months::new(self.kind.months() as u32))
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

    /// Years and quarters from April and from July: boundaries, labels,
    /// French words and the period before, across calendar years.
    #[test]
    fn years_from_another_month() {
        let april = |kind| Periods::new(kind, Some(4));
        let p = april(PeriodKind::Year).period_of(d("2025-03-31"));
        assert_eq!(
            (p.first_day, p.last_day(), p.label()),
            (d("2024-04-01"), d("2025-03-31"), "FY2024-25".to_string())
        );
        assert_eq!(p.words(Lang::Fr), "AF 2024-2025");
        let next = april(PeriodKind::Year).period_of(d("2025-04-01"));
        assert_eq!(next.label(), "FY2025-26");
        assert_eq!(next.previous(), Some(p));
        // Quarters from April are the fiscal quarters.
        for day in ["2025-01-15", "2025-04-01", "2025-12-31"] {
            assert_eq!(
                april(PeriodKind::Quarter).period_of(d(day)).label(),
                label(PeriodKind::FiscalQuarter, day)
            );
        }
        let july = Periods::new(PeriodKind::Quarter, Some(7));
        let q = july.period_of(d("2025-06-30"));
        assert_eq!(
            (q.first_day, q.last_day(), q.label()),
            (d("2025-04-01"), d("2025-06-30"), "FY2024-25-Q4".to_string())
        );
        let q = july.period_of(d("2025-07-01"));
        assert_eq!(
            (q.label(), q.words(Lang::Fr)),
            ("FY2025-26-Q1".to_string(), "AF 2025-2026 T1".to_string())
        );
        // Quarters from February do not start with calendar quarters.
        let q = Periods::new(PeriodKind::Quarter, Some(2)).period_of(d("2025-01-10"));
        assert_eq!(
            (q.first_day, q.last_day()),
            (d("2024-11-01"), d("2025-01-31"))
        );
        assert_eq!(q.label(), "FY2024-25-Q4");
        // January is the calendar year; months ignore the year's start.
        assert_eq!(
            Periods::new(PeriodKind::Year, Some(1))
                .period_of(d("2025-03-31"))
                .label(),
            "2025"
        );
        assert_eq!(
            Periods::new(PeriodKind::Month, Some(4)),
            Periods::from(PeriodKind::Month)
        );
        // A fiscal quarter from January is a calendar quarter.
        let q = Periods::new(PeriodKind::FiscalQuarter, Some(1)).period_of(d("2025-05-02"));
        assert_eq!(q.label(), "2025-Q2");
    }

    /// Every period of every kind and year start reads back from its
    /// label in a report of that year start.
    #[test]
    fn labels_read_back_in_any_year() {
        for start in 1..=12 {
            let mut day = d("2024-01-01");
            while day < d("2026-12-31") {
                for kind in PeriodKind::ALL {
                    let period = Periods::new(kind, Some(start)).period_of(day);
                    let back = Period::from_label_in(&period.label(), period.year_start);
                    let back = back.expect("reads back");
                    assert_eq!(
                        (back.first_day, back.last_day()),
                        (period.first_day, period.last_day()),
                        "{day} {kind} {start}"
                    );
                    assert!(period.first_day <= day && day <= period.last_day());
                }
                day = day.succ_opt().unwrap();
            }
        }
    }

    #[test]
    fn month_names() {
        assert_eq!(month_number("april"), Some(4));
        assert_eq!(month_number("Avril"), Some(4));
        assert_eq!(month_number("février"), Some(2));
        assert_eq!(month_number("fevrier"), Some(2));
        assert_eq!(month_number("AOÛT"), Some(8));
        assert_eq!(month_number("FÉVRIER"), Some(2));
        assert_eq!(month_number("aout"), Some(8));
        assert_eq!(month_number("12"), Some(12));
        for wrong in ["0", "13", "apr", "", "mardi"] {
            assert_eq!(month_number(wrong), None, "{wrong}");
        }
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
