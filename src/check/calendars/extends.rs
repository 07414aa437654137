//! `extends` chains resolved: each declaration laid over its parent's
//! layers, iteratively (a chain of thousands never touches the stack);
//! unknown parents, cycles and chains deeper than [`MAX_EXTENDS_DEPTH`]
//! reported once.

use super::*;

/// The child calendar: the parent's clauses, then the child's own.
fn apply(parent: &Layered, own: &Own, name: &str) -> Layered {
    let mut l = parent.clone();
    l.chain = if parent.name.is_empty() {
        Vec::new()
    } else {
        std::iter::once(parent.name.clone())
            .chain(parent.chain.iter().cloned())
            .collect()
    };
    l.depth = if parent.name.is_empty() {
        0
    } else {
        parent.depth + 1
    };
    l.name = name.to_string();
    if own.timezone != TzState::Unset {
        l.timezone = own.timezone;
    }
    if own.postpone.is_some() {
        l.postpone = own.postpone;
    }
    // The child's clauses are laid over the parent's of the same date (its
    // undated ones over the parent's undated ones); the parent's other
    // dates still apply.
    l.week.overlay(&own.week);
    for (from, w) in &own.changes {
        let k = l.changes.partition_point(|(d, _)| d < from);
        match l.changes.get_mut(k) {
            Some((d, slot)) if d == from => slot.overlay(w),
            _ => l.changes.insert(k, (*from, w.clone())),
        }
    }
    for o in &own.openings {
        // Same name: the child's date replaces the parent's.
        l.openings.retain(|x| x.name != o.name);
        let k = l.openings.partition_point(|x| x.date <= o.date);
        l.openings.insert(k, o.clone());
    }
    for h in &own.day_hours {
        match l.day_hours.iter_mut().find(|x| x.day == h.day) {
            Some(slot) => *slot = h.clone(),
            None => l.day_hours.push(h.clone()),
        }
    }
    for h in &own.holidays {
        match l.holidays.iter_mut().find(|x| x.name == h.name) {
            Some(slot) => *slot = h.clone(),
            None => l.holidays.push(h.clone()),
        }
    }
    for c in &own.closures {
        match l.closures.iter_mut().find(|x| x.name == c.name) {
            Some(slot) => *slot = c.clone(),
            None => l.closures.push(c.clone()),
        }
    }
    l
}

enum Parent {
    None,
    User(usize),
    Builtin(usize),
    /// Unknown name, already reported.
    Bad,
}

/// Every calendar declaration resolved: `layers[i]` is `None` when the
/// calendar cannot be built (unknown parent, cycle, too deep — reported
/// once) or is a duplicate of an earlier name.
pub(crate) struct Resolved {
    pub layers: Vec<Option<Layered>>,
    /// Built-ins reached through `extends`, in first-use order.
    pub builtins_used: Vec<usize>,
    pub(super) duplicate: Vec<bool>,
    pub(super) day_hours_span: Vec<[Option<Span>; 7]>,
    /// Each declaration's own opened dates and where they are written.
    pub(super) openings: Vec<Vec<(NaiveDate, Span)>>,
}

pub(crate) fn resolve(cx: &mut Ctx, decls: &[&CalendarDecl], builtins: &[Layered]) -> Resolved {
    let builtin_of = |name: &str| builtins.iter().position(|b| b.name == name);
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut duplicate = vec![false; decls.len()];
    for (i, d) in decls.iter().enumerate() {
        let name = d.name.value.as_str();
        if let Some(&first) = index.get(name) {
            cx.push(
                Diagnostic::error(
                    Code::DuplicateCalendar,
                    msg::DUPLICATE_CALENDAR.text([&name]),
                )
                .at(d.name.span)
                .with_label(msg::DUPLICATE_OPENING_LABEL.text([]))
                .also(decls[first].name.span, msg::FIRST_DECLARED_HERE.text([]))
                .help(msg::DUPLICATE_CALENDAR_HELP.text([])),
            );
            duplicate[i] = true;
            continue;
        }
        index.insert(name, i);
        let extends_itself = d.extends.as_ref().is_some_and(|e| e.value == name);
        if builtin_of(name).is_some() && !extends_itself {
            cx.push(
                Diagnostic::warning(Code::ShadowedBuiltin, msg::SHADOWED_BUILTIN.text([&name]))
                    .at(d.name.span)
                    .with_label(msg::SHADOWED_BUILTIN_LABEL.text([]))
                    .help(msg::SHADOWED_BUILTIN_HELP.text([&name])),
            );
        }
    }
    let owns: Vec<Own> = decls.iter().map(|d| check_own(cx, d)).collect();
    let mut builtins_used = Vec::new();
    let mut parents = Vec::with_capacity(decls.len());
    for (i, d) in decls.iter().enumerate() {
        let parent = match &d.extends {
            None => Parent::None,
            Some(_) if duplicate[i] => Parent::Bad,
            Some(e) => {
                let target = e.value.as_str();
                let builtin = builtin_of(target);
                match (index.get(target), builtin) {
                    (Some(&j), Some(b)) if j == i => {
                        if !builtins_used.contains(&b) {
                            builtins_used.push(b);
                        }
                        Parent::Builtin(b)
                    }
                    (Some(&j), _) => Parent::User(j),
                    (None, Some(b)) => {
                        if !builtins_used.contains(&b) {
                            builtins_used.push(b);
                        }
                        Parent::Builtin(b)
                    }
                    (None, None) => {
                        let others: Vec<&str> = decls
                            .iter()
                            .filter(|x| !std::ptr::eq(**x, *d))
                            .map(|x| x.name.value.as_str())
                            .collect();
                        unknown_calendar(cx, e, &others, builtins);
                        Parent::Bad
                    }
                }
            }
        };
        parents.push(parent);
    }

    let n = decls.len();
    let mut state: Vec<Option<Option<Layered>>> = vec![None; n];
    let mut on_path = vec![false; n];
    for start in 0..n {
        if duplicate[start] {
            state[start] = Some(None);
            continue;
        }
        if state[start].is_some() {
            continue;
        }
        let mut path: Vec<usize> = Vec::new();
        let mut cur = start;
        let mut base: Option<Layered>;
        loop {
            if let Some(done) = &state[cur] {
                base = done.clone();
                break;
            }
            if on_path[cur] {
                let pos = path.iter().position(|&p| p == cur).unwrap_or(0);
                let members: Vec<usize> = path.split_off(pos);
                report_cycle(cx, decls, &members);
                for &m in &members {
                    on_path[m] = false;
                    state[m] = Some(None);
                }
                base = None;
                break;
            }
            on_path[cur] = true;
            path.push(cur);
            match parents[cur] {
                Parent::None => {
                    base = Some(Layered::root());
                    break;
                }
                Parent::User(j) => cur = j,
                Parent::Builtin(b) => {
                    base = builtins.get(b).cloned();
                    break;
                }
                Parent::Bad => {
                    base = None;
                    break;
                }
            }
        }
        for &k in path.iter().rev() {
            on_path[k] = false;
            let layer = match &base {
                None => None,
                Some(p) if p.depth >= MAX_EXTENDS_DEPTH && !p.name.is_empty() => {
                    if let Some(e) = &decls[k].extends {
                        cx.push(
                            Diagnostic::error(
                                Code::ExtendsTooDeep,
                                msg::EXTENDS_TOO_DEEP
                                    .text([&decls[k].name.value, &MAX_EXTENDS_DEPTH]),
                            )
                            .at(e.span)
                            .with_label(msg::EXTENDS_TOO_DEEP_LABEL.text([]))
                            .help(msg::EXTENDS_TOO_DEEP_HELP.text([])),
                        );
                    }
                    None
                }
                Some(p) => Some(apply(p, &owns[k], &decls[k].name.value)),
            };
            state[k] = Some(layer.clone());
            base = layer;
        }
    }
    Resolved {
        layers: state.into_iter().map(Option::flatten).collect(),
        builtins_used,
        duplicate,
        day_hours_span: owns.iter().map(|o| o.day_hours_span).collect(),
        openings: owns.into_iter().map(|o| o.opening_spans).collect(),
    }
}

fn report_cycle(cx: &mut Ctx, decls: &[&CalendarDecl], members: &[usize]) {
    let Some(&first) = members.iter().min_by_key(|&&m| decls[m].span.start) else {
        return;
    };
    let decl = decls[first];
    let span = decl.extends.as_ref().map_or(decl.name.span, |e| e.span);
    let message = if members.len() == 1 {
        msg::EXTENDS_CYCLE_ITSELF.text([&decl.name.value])
    } else {
        let names: Vec<&str> = members
            .iter()
            .map(|&m| decls[m].name.value.as_str())
            .collect();
        msg::EXTENDS_CYCLE.text([&quoted_list(names)])
    };
    let mut d = Diagnostic::error(Code::ExtendsCycle, message)
        .at(span)
        .with_label(msg::EXTENDS_CYCLE_LABEL.text([
            &decl.name.value,
            &decl.extends.as_ref().map_or("", |e| e.value.as_str()),
        ]));
    for &m in members {
        if m == first {
            continue;
        }
        if let Some(e) = &decls[m].extends {
            d = d.also(
                e.span,
                msg::EXTENDS_CYCLE_NOTE.text([&decls[m].name.value, &e.value]),
            );
        }
    }
    cx.push(d.help(msg::EXTENDS_CYCLE_HELP.text([])));
}
