//! The table through which standards find calendars by name: the file's
//! own, then built-ins as they are first used; unknown names with a
//! "did you mean".

use super::*;

pub(crate) fn unknown_calendar(
    cx: &mut Ctx,
    name: &ast::Name,
    declared: &[&str],
    builtins: &[Layered],
) {
    if cx.may_be_declared(&name.value) {
        return;
    }
    let builtin_names: Vec<&str> = builtins.iter().map(|b| b.name.as_str()).collect();
    let mut d = Diagnostic::error(
        Code::UnknownCalendar,
        msg::UNKNOWN_CALENDAR.text([&name.value]),
    )
    .at(name.span)
    .with_label(msg::UNKNOWN_CALENDAR_LABEL.text([]));
    d = if declared.is_empty() {
        d.help(
            msg::UNKNOWN_CALENDAR_HELP
                .text([&name.value, &quoted_list(builtin_names.iter().copied())]),
        )
    } else {
        d.help(msg::UNKNOWN_CALENDAR_HELP_KNOWN.text([
            &quoted_list(declared.iter().copied()),
            &quoted_list(builtin_names.iter().copied()),
        ]))
    };
    if let Some(best) = closest(&name.value, declared.iter().chain(&builtin_names).copied()) {
        d = d.suggest(format!("\"{best}\""));
    }
    cx.push(d);
}

/// Calendars by name, for standards: the file's own, then built-ins as
/// they are first used.
pub(crate) struct CalendarTable<'b> {
    pub(super) calendars: Vec<Calendar>,
    /// Declared names in order (duplicates once) and where each went:
    /// `None` when it could not be built (already reported).
    pub(super) declared: Vec<(String, Option<usize>)>,
    pub(super) builtins: &'b [Layered],
    pub(super) builtin_slots: HashMap<usize, usize>,
    /// The declared calendars that could be built, as a file that uses
    /// this one builds on them.
    pub(super) exported: Vec<Layered>,
}

impl<'b> CalendarTable<'b> {
    pub(super) fn include_builtin(&mut self, b: usize) -> Option<usize> {
        if let Some(&i) = self.builtin_slots.get(&b) {
            return Some(i);
        }
        let cal = self.builtins.get(b)?.to_model()?;
        self.calendars.push(cal);
        let i = self.calendars.len() - 1;
        self.builtin_slots.insert(b, i);
        Some(i)
    }

    /// Resolves `on "name"`; reports an unknown name (once per reference).
    /// `None`: unknown, or known but broken (reported where it is declared).
    pub fn reference(&mut self, cx: &mut Ctx, name: &ast::Name) -> Option<usize> {
        if let Some((_, slot)) = self.declared.iter().find(|(n, _)| *n == name.value) {
            return *slot;
        }
        if let Some(b) = self.builtins.iter().position(|b| b.name == name.value) {
            return self.include_builtin(b);
        }
        let declared: Vec<&str> = self.declared.iter().map(|(n, _)| n.as_str()).collect();
        unknown_calendar(cx, name, &declared, self.builtins);
        None
    }

    /// How many calendars the file declares (built-ins not counted).
    pub fn declared_count(&self) -> usize {
        self.declared.len()
    }

    pub fn declared_names(&self) -> impl Iterator<Item = &str> {
        self.declared.iter().map(|(n, _)| n.as_str())
    }

    /// The file's first declared calendar.
    pub fn default_calendar(&self) -> Option<usize> {
        self.declared.first().and_then(|(_, slot)| *slot)
    }

    /// The declared calendars for a file that uses this one (once).
    pub fn take_exported(&mut self) -> Vec<Layered> {
        std::mem::take(&mut self.exported)
    }

    pub fn into_calendars(self) -> Vec<Calendar> {
        self.calendars
    }
}
