//! The public declaration of services (`delai publish`): the rules'
//! commitments, the year's days off of their calendars and, given one,
//! the report of the cases, made one page by `report::render_declaration`.

use super::Rules;
use crate::diagnostic::Diagnostic;
use crate::report::{calendars_used, render_declaration, DaysOff, Declaration, Report};
use chrono::{Datelike, NaiveDate};

impl Rules {
    /// The declaration's page (HTML linking `style.css`, which is
    /// [`crate::report::DECLARATION_CSS`]), in the language of
    /// [`crate::diagnostic::current`]: each standard as the version in
    /// force on `today` describes it, the holidays and closures of
    /// `today`'s year, and `results`' last period next to each.
    ///
    /// ```
    /// let rules = delai::compile(r#"standard "written-requests" {
    ///   title fr "Répondre aux demandes écrites"
    ///   within 10 business days on "quebec"
    ///   target 90%
    /// }"#).unwrap();
    /// let today = chrono::NaiveDate::from_ymd_opt(2025, 6, 20).unwrap();
    /// let page = delai::diagnostic::with_lang(delai::model::Lang::Fr, || {
    ///     rules.declaration(None, today, None)
    /// }).unwrap();
    /// assert!(page.contains("dans un délai de 10 jours ouvrables"));
    /// assert!(page.contains("Fête nationale"));
    /// ```
    pub fn declaration(
        &self,
        results: Option<&Report>,
        today: NaiveDate,
        title: Option<&str>,
    ) -> Result<String, Diagnostic> {
        let data = self.data();
        let year = today.year();
        let mut lists = Vec::new();
        for i in calendars_used(data) {
            let name = data.calendars[i].name.as_str();
            lists.push((name, self.holidays(name, year)?));
        }
        let page = Declaration {
            rules: data,
            title,
            today,
            year,
            days_off: lists
                .iter()
                .map(|(calendar, days)| DaysOff { calendar, days })
                .collect(),
            results,
        };
        Ok(render_declaration(&page))
    }
}
