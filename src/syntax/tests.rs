//! Unit tests of the syntax layer: the normative examples, both languages,
//! robustness and error recovery.

use super::ast::*;
use super::parse;
use crate::diagnostic::{Diagnostic, Diagnostics, Span};

const CITY: &str = include_str!("../../tests/fixtures/city.delai");
const VILLE: &str = include_str!("../../tests/fixtures/ville.delai");

fn render(src: &str, diags: &[Diagnostic]) -> String {
    Diagnostics::new("t.delai", src, diags.to_vec()).render(false)
}

fn ok(src: &str) -> File {
    let (file, diags) = parse(src);
    assert!(diags.is_empty(), "{}", render(src, &diags));
    file
}

#[test]
fn normative_examples_parse() {
    let city = ok(CITY);
    assert_eq!(city.items.len(), 2 + 10 + 23);
    let ville = ok(VILLE);
    assert_eq!(ville.items.len(), 2 + 5 + 13);
    assert!(city.comments.len() >= 2);
}

/// The AST's Debug text without spans, and with item languages made equal,
/// to compare an English file with its French translation.
fn shape(file: &File) -> String {
    let text = format!("{:#?}", file.items);
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(i) = rest.find("Span {") {
        out.push_str(&rest[..i]);
        let after = &rest[i..];
        let close = after.find('}').map(|c| c + 1).unwrap_or(after.len());
        out.push_str("Span");
        rest = &after[close..];
    }
    out.push_str(rest);
    out.replace("lang: Fr,", "lang: En,")
}

fn errors(src: &str) -> Vec<Diagnostic> {
    parse(src).1
}

/// `(line, column, code)` of every diagnostic.
fn places(src: &str) -> Vec<(usize, usize, String)> {
    let (_, d) = parse(src);
    Diagnostics::new("t", src, d)
        .views()
        .into_iter()
        .map(|v| (v.line, v.column, v.code.into()))
        .collect()
}

fn only_standard(src: &str) -> StandardDecl {
    let file = ok(src);
    match file.items.into_iter().next() {
        Some(Item::Standard(s)) => s,
        other => panic!("not a standard: {other:?}"),
    }
}

fn clause_kinds(src: &str) -> Vec<StandardClauseKind> {
    only_standard(src)
        .clauses
        .into_iter()
        .map(|c| c.kind)
        .collect()
}

#[test]
fn city_ast_details() {
    let city = ok(CITY);
    let Item::Calendar(cal) = &city.items[0] else {
        panic!()
    };
    assert_eq!(cal.lang, Lang::En);
    assert_eq!(cal.name.value, "city-offices");
    assert_eq!(
        &CITY[cal.name.span.start..cal.name.span.end],
        "\"city-offices\""
    );
    assert_eq!(
        cal.extends.as_ref().map(|e| e.value.as_str()),
        Some("quebec")
    );
    let CalendarClauseKind::Hours { ranges, on, .. } = &cal.clauses[0].kind else {
        panic!()
    };
    assert_eq!(ranges.len(), 2);
    assert_eq!(
        ranges[1].value.to.value,
        TimeOfDay {
            hour: 16,
            minute: 30,
            second: 0
        }
    );
    assert!(on.is_none());
    let CalendarClauseKind::Closed { name, period } = &cal.clauses[1].kind else {
        panic!()
    };
    assert_eq!(name.value, "Holiday closure");
    let ClosedPeriod::Yearly { from, to } = &period.value else {
        panic!()
    };
    assert_eq!(from.month.value, Word::Known(12));
    assert_eq!(from.day.value, 24);
    assert_eq!(to.month.value, Word::Known(1));

    let permit = city
        .items
        .iter()
        .find_map(|i| match i {
            Item::Standard(s) if s.name.value == "building-permit" => Some(s),
            _ => None,
        })
        .unwrap();
    let tiers: Vec<&Within> = permit
        .clauses
        .iter()
        .filter_map(|c| match &c.kind {
            StandardClauseKind::Within(w) => Some(w),
            _ => None,
        })
        .collect();
    assert_eq!(tiers.len(), 2);
    assert_eq!(tiers[0].amount.value, 5);
    assert_eq!(
        tiers[0].unit.value,
        Word::Known(crate::model::Unit::BusinessDays)
    );
    assert!(matches!(tiers[0].condition, Some(TierCondition::When(_))));
    assert!(matches!(
        tiers[1].condition,
        Some(TierCondition::Otherwise(_))
    ));

    // Every span lies inside the source and starts on a char boundary.
    for item in &city.items {
        let s = item.span();
        assert!(s.start < s.end && s.end <= CITY.len());
    }
    let dst = city
        .items
        .iter()
        .find_map(|i| match i {
            Item::Example(e) if e.name.value.contains("DST") => Some(e),
            _ => None,
        })
        .unwrap();
    let due = dst
        .clauses
        .iter()
        .find_map(|c| match &c.kind {
            ExampleClauseKind::ExpectDue(t) => Some(t.value),
            _ => None,
        })
        .unwrap();
    assert_eq!(due.offset_seconds, Some(-4 * 3600));
    assert_eq!(
        due.time,
        Some(TimeOfDay {
            hour: 9,
            minute: 30,
            second: 0
        })
    );
}

const ENGLISH: &str = r#"
calendar "c" extends "quebec" {
  timezone "America/Toronto"
  workdays monday to friday
  hours 08:30-12:00, 13:00-16:30
  hours 10:00-16:00 on saturday, sunday
  holiday "a" on january 1
  holiday "b" on easter - 2 days
  holiday "c" on monday before may 25
  holiday "d" on july 1, if sunday then monday
  holiday "k" on july 4, if saturday then friday, if sunday then monday
  holiday "e" on first monday of september
  holiday "f" on last friday of august from 2021 until 2030
  holiday "g" on 2025-02-17
  closed "h" from december 24 to january 2
  closed "i" on 2025-02-17
  closed "j" from 2025-02-17 to 2025-02-18
}
standard "s" {
  title en "T"
  title fr "TF"
  description en "D"
  applies when channel in ["mail", "web"] and not type = "x" or priority >= 3
  starts at "received"
  stops at "answered"
  pauses from "p" until "q"
  within 10 business days on "c" when type not in ["a"]
  within 3 months otherwise
  cutoff 16:00
  extended by 10 days on "e"
  target 90%
  warn at 75%
  effective from 2025-01-01 until 2025-12-31
}
example "x" {
  standard "s"
  case channel = "mail", priority = -2.5
  event "received" at 2025-06-20 10:00
  as of 2025-07-07 09:00
  expect due 2025-07-08 23:59:59
  expect status at-risk
  expect not applicable
}
"#;

const FRENCH: &str = r#"
calendrier "c" étend "quebec" {
  fuseau "America/Toronto"
  jours ouvrables lundi à vendredi
  heures 08:30-12:00, 13:00-16:30
  heures 10:00-16:00 le samedi, dimanche
  férié "a" le 1er janvier
  férié "b" le pâques - 2 jours
  férié "c" le lundi avant 25 mai
  férié "d" le 1 juillet, si dimanche alors lundi
  férié "k" le 4 juillet, si samedi alors vendredi, si dimanche alors lundi
  férié "e" le premier lundi de septembre
  férié "f" le dernier vendredi d'août à partir de 2021 jusqu'à 2030
  férié "g" le 2025-02-17
  fermé "h" du 24 décembre au 2 janvier
  fermé "i" le 2025-02-17
  fermé "j" du 2025-02-17 au 2025-02-18
}
norme "s" {
  titre en "T"
  titre fr "TF"
  description en "D"
  s'applique si channel dans ["mail", "web"] et non type = "x" ou priority >= 3
  débute à "received"
  s'arrête à "answered"
  suspendue de "p" jusqu'à "q"
  dans 10 jours ouvrables selon "c" si type hors de ["a"]
  dans 3 mois sinon
  heure limite 16:00
  prolongé de 10 jours sur "e"
  cible 90 %
  alerte à 75 %
  en vigueur du 2025-01-01 au 2025-12-31
}
exemple "x" {
  norme "s"
  cas channel = "mail", priority = -2.5
  événement "received" le 2025-06-20 10:00
  en date du 2025-07-07 09:00
  attendu échéance 2025-07-08 23:59:59
  attendu statut à risque
  attendu non applicable
}
"#;

#[test]
fn english_and_french_give_the_same_tree() {
    let en = ok(ENGLISH);
    let fr = ok(FRENCH);
    let en_shape = shape(&en);
    let fr_shape = shape(&fr);
    let first_title_fixed = fr_shape;
    if en_shape != first_title_fixed {
        let line = en_shape
            .lines()
            .zip(first_title_fixed.lines())
            .position(|(a, b)| a != b);
        let l = line.unwrap_or(0);
        let a: Vec<_> = en_shape
            .lines()
            .skip(l.saturating_sub(8))
            .take(12)
            .collect();
        let b: Vec<_> = first_title_fixed
            .lines()
            .skip(l.saturating_sub(8))
            .take(12)
            .collect();
        panic!(
            "English and French trees differ at line {l}:\n{}\n---\n{}",
            a.join("\n"),
            b.join("\n")
        );
    }
    assert!(matches!(&en.items[0], Item::Calendar(c) if c.lang == Lang::En));
    assert!(matches!(&fr.items[0], Item::Calendar(c) if c.lang == Lang::Fr));
    assert!(!en_shape.contains("Unknown"), "{en_shape}");
}

#[test]
fn a_holiday_lists_its_substitutions_in_written_order() {
    use chrono::Weekday::{Fri, Mon, Sat, Sun};
    let moves = |src: &str| -> Vec<(chrono::Weekday, chrono::Weekday)> {
        let file = ok(src);
        let Item::Calendar(c) = &file.items[0] else {
            panic!("not a calendar")
        };
        let CalendarClauseKind::Holiday(h) = &c.clauses[0].kind else {
            panic!("not a holiday")
        };
        h.substitute
            .iter()
            .map(|(a, b)| match (&a.value, &b.value) {
                (Word::Known(a), Word::Known(b)) => (*a, *b),
                other => panic!("{other:?}"),
            })
            .collect()
    };
    let federal = vec![(Sat, Fri), (Sun, Mon)];
    for src in [
        "calendar \"c\" {\n  holiday \"x\" on july 4, if saturday then friday, if sunday then monday\n}\n",
        "calendrier \"c\" {\n  férié \"x\" le 4 juillet, si samedi alors vendredi, si dimanche alors lundi\n}\n",
        // The comma is optional, as before a single one; the languages mix.
        "calendar \"c\" {\n  holiday \"x\" on july 4 if saturday then friday si dimanche alors lundi from 2000\n}\n",
    ] {
        assert_eq!(moves(src), federal, "{src}");
    }
    let one = "calendar \"c\" {\n  holiday \"x\" on july 1, if sunday then monday\n}\n";
    assert_eq!(moves(one), vec![(Sun, Mon)]);
    assert_eq!(
        moves("calendar \"c\" {\n  holiday \"x\" on july 1\n}\n"),
        vec![]
    );
    // Half a substitution is a syntax error, not a holiday that never moves.
    let bad =
        "calendar \"c\" {\n  holiday \"x\" on july 1, if sunday then monday, if saturday\n}\n";
    assert!(!errors(bad).is_empty());
}

#[test]
fn unaccented_capitalised_and_typographic_spellings() {
    let variants = [
        FRENCH.to_string(),
        FRENCH
            .replace("étend", "etend")
            .replace("férié", "ferie")
            .replace("fermé", "ferme")
            .replace("débute à", "debute a")
            .replace("s'arrête à", "s'arrete a")
            .replace("jusqu'à", "jusqu'a")
            .replace("échéance", "echeance")
            .replace("pâques", "paques")
            .replace("événement", "evenement")
            .replace("prolongé", "prolonge")
            .replace("d'août", "d'aout")
            .replace("décembre", "decembre")
            .replace("à risque", "a risque"),
        FRENCH
            .replace("férié", "FÉRIÉ")
            .replace("événement", "Événement")
            .replace("s'applique", "s’applique")
            .replace("s'arrête", "S’ARRÊTE")
            .replace("jusqu'à", "jusqu’à")
            .replace("dans 10", "DANS 10"),
        FRENCH.replace("événement", "e\u{301}ve\u{301}nement"),
    ];
    let reference = shape(&ok(FRENCH));
    for v in &variants {
        assert!(shape(&ok(v)) == reference, "{v}");
    }
    let upper = ENGLISH
        .replace("within", "WITHIN")
        .replace("business days", "Business Days")
        .replace("holiday", "Holiday");
    assert!(shape(&ok(&upper)) == shape(&ok(ENGLISH)));
}

#[test]
fn month_day_orders_and_ordinals() {
    let src = "calendar \"c\" {\n holiday \"a\" on 1er janvier\n holiday \"b\" on january 1st\n \
               holiday \"c\" on 1 january\n holiday \"d\" le janvier 1\n holiday \"e\" on 2e lundi d’octobre\n \
               holiday \"f\" on second monday in october\n}";
    let file = ok(src);
    let Item::Calendar(c) = &file.items[0] else {
        panic!()
    };
    let rules: Vec<&DayRule> = c
        .clauses
        .iter()
        .map(|cl| match &cl.kind {
            CalendarClauseKind::Holiday(h) => &h.rule.value,
            _ => panic!(),
        })
        .collect();
    for r in &rules[..4] {
        let DayRule::Fixed(md) = r else {
            panic!("{r:?}")
        };
        assert_eq!((md.month.value.clone(), md.day.value), (Word::Known(1), 1));
    }
    for r in &rules[4..] {
        let DayRule::Nth {
            ordinal,
            weekday,
            month,
        } = r
        else {
            panic!("{r:?}")
        };
        assert_eq!(ordinal.value, Ordinal::Second);
        assert_eq!(weekday.value, Word::Known(chrono::Weekday::Mon));
        assert_eq!(month.value, Word::Known(10));
    }
}

#[test]
fn unknown_words_are_kept_for_the_checker() {
    let src = "calendar \"c\" {\n workdays mondy to friday\n holiday \"x\" on febuary 30\n}\n\
               standard \"s\" {\n within 3 fortnights\n extended by 2 business weeks on \"e\"\n}\n\
               example \"e\" {\n expect status finished\n}";
    let file = ok(src);
    let text = format!("{:?}", file.items);
    for w in [
        "mondy",
        "febuary",
        "fortnights",
        "business weeks",
        "finished",
    ] {
        assert!(text.contains(&format!("Unknown(\"{w}\")")), "{w} in {text}");
    }
}

#[test]
fn expressions_follow_precedence() {
    let kinds =
        clause_kinds("standard \"s\" { applies when a = 1 or b = \"x\" and not not c != 2.5 }");
    let StandardClauseKind::AppliesWhen(e) = &kinds[0] else {
        panic!()
    };
    let ExprKind::Or(l, r) = &e.kind else {
        panic!("{e:?}")
    };
    assert!(matches!(l.kind, ExprKind::Compare { .. }));
    let ExprKind::And(_, n) = &r.kind else {
        panic!("{r:?}")
    };
    let ExprKind::Not(n2) = &n.kind else { panic!() };
    let ExprKind::Not(c) = &n2.kind else { panic!() };
    let ExprKind::Compare { attr, op, value } = &c.kind else {
        panic!()
    };
    assert_eq!(attr.value, "c");
    assert_eq!(op.value, crate::model::CmpOp::Ne);
    assert_eq!(value.value, Literal::Num(2.5, "2.5".into()));

    let kinds = clause_kinds("standard \"s\" { applies when (a = 1 or b = 2) and priorité in [] }");
    let StandardClauseKind::AppliesWhen(e) = &kinds[0] else {
        panic!()
    };
    let ExprKind::And(l, r) = &e.kind else {
        panic!()
    };
    assert!(matches!(l.kind, ExprKind::Or(..)));
    assert!(
        matches!(&r.kind, ExprKind::In { attr, values, negated: false } if attr.value == "priorité" && values.is_empty())
    );
}

#[test]
fn percentages_times_and_strings() {
    let kinds = clause_kinds(
        "standard \"s\" {\n target 12.5%\n warn at 80 %\n cutoff 16h30\n title \"say \\\"hi\\\" \\\\ bye\"\n}",
    );
    assert!(matches!(&kinds[0], StandardClauseKind::Target(p) if p.value == 12.5));
    assert!(matches!(&kinds[1], StandardClauseKind::Warn(p) if p.value == 80.0));
    assert!(
        matches!(&kinds[2], StandardClauseKind::Cutoff(t) if t.value == TimeOfDay { hour: 16, minute: 30, second: 0 })
    );
    assert!(
        matches!(&kinds[3], StandardClauseKind::Title { text, .. } if text.value == "say \"hi\" \\ bye")
    );

    let file = ok("example \"e\" {\n as of 2025-01-02\n expect due 2025-01-02T10:00Z; event \"x\" at 2025-01-02 10:00:05+05:30\n}");
    let Item::Example(e) = &file.items[0] else {
        panic!()
    };
    let ExampleClauseKind::AsOf(t) = &e.clauses[0].kind else {
        panic!()
    };
    assert_eq!(t.value.time, None);
    assert_eq!(
        t.value.date,
        DateLit {
            year: 2025,
            month: 1,
            day: 2
        }
    );
    let ExampleClauseKind::ExpectDue(t) = &e.clauses[1].kind else {
        panic!()
    };
    assert_eq!(t.value.offset_seconds, Some(0));
    let ExampleClauseKind::Event { at, .. } = &e.clauses[2].kind else {
        panic!()
    };
    assert_eq!(at.value.offset_seconds, Some(5 * 3600 + 30 * 60));
    assert_eq!(at.value.time.map(|t| t.second), Some(5));
}

#[test]
fn offsets_are_read_as_a_cases_file_reads_them() {
    let at = |offset: &str| {
        format!("example \"e\" {{\n as of 2025-01-02 10:00{offset}\n expect due 2025-01-02\n}}")
    };
    for (offset, seconds) in [
        ("Z", 0),
        ("+0530", 5 * 3600 + 30 * 60),
        ("-04:00", -4 * 3600),
        ("\u{2212}05:00", -5 * 3600),
    ] {
        let file = ok(&at(offset));
        let Item::Example(e) = &file.items[0] else {
            panic!()
        };
        let ExampleClauseKind::AsOf(t) = &e.clauses[0].kind else {
            panic!()
        };
        assert_eq!(t.value.offset_seconds, Some(seconds), "{offset}");
    }
    // Sixty minutes or more is no offset: the case reader refuses
    // `+05:99` too (it once read here as +06:39).
    assert_eq!(
        places(&at("+05:99")),
        [(2, 24, "invalid-offset".to_string())]
    );
}

#[test]
fn crlf_bom_empty_and_comments() {
    let crlf = CITY.replace('\n', "\r\n");
    let a = ok(&crlf);
    assert!(shape(&a) == shape(&ok(CITY)));
    assert!(a.comments.iter().all(|c| !c.text.ends_with('\r')));

    let bom = format!("\u{FEFF}{CITY}");
    let b = ok(&bom);
    assert_eq!(b.items[0].span().start, ok(CITY).items[0].span().start + 3);

    for empty in ["", "\u{FEFF}", "\n\n  \t", "# only a comment", ";;\n;"] {
        let f = ok(empty);
        assert!(f.items.is_empty());
    }
    let src = "# a\nstandard \"s#1\" { # b\n  title \"#no\" # c\r\n}\n# d";
    let f = ok(src);
    let texts: Vec<&str> = f.comments.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(texts, vec!["# a", "# b", "# c", "# d"]);
    for c in &f.comments {
        assert_eq!(&src[c.span.start..c.span.end], c.text);
    }
}

#[test]
fn several_errors_are_all_reported_once() {
    let src = "standard \"a\" {\n  withn 10 business days\n  target 90\n}\n\nstandrd \"b\" {\n}\n\nexample \"e\" {\n  event \"x\" at tomorrow\n  expect status met\n}\n";
    let p = places(src);
    assert_eq!(
        p,
        vec![
            (2, 3, "syntax-error".to_string()),
            (3, 10, "syntax-error".to_string()),
            (6, 1, "syntax-error".to_string()),
            (10, 16, "syntax-error".to_string()),
        ],
        "{}",
        render(src, &errors(src))
    );
    // The good parts are kept.
    let (file, _) = parse(src);
    assert_eq!(file.items.len(), 2);
    let Item::Example(e) = &file.items[1] else {
        panic!()
    };
    assert_eq!(e.clauses.len(), 1);
}

#[test]
fn a_missing_brace_is_one_error_and_the_next_item_survives() {
    let src = "standard \"a\" {\n  within 3 days\n\nstandard \"b\" {\n  within 4 days\n}\n";
    let (file, d) = parse(src);
    assert_eq!(d.len(), 1, "{}", render(src, &d));
    assert!(d[0].message.contains("never closed"));
    assert_eq!(file.items.len(), 2);
}

#[test]
fn a_missing_brace_says_where_the_brace_goes() {
    let src = "standard \"a\" {\n  within 3 days\n  # the last clause is above\n\nnorme \"b\" {\n  dans 4 jours\n}\n";
    let (_, d) = parse(src);
    assert_eq!(d.len(), 1, "{}", render(src, &d));
    let help = d[0].help.as_deref().unwrap_or_default();
    assert!(
        help.contains("after line 2, the block's last clause, before the next item on line 5"),
        "{help}"
    );
    // The next item's keyword carries the label.
    let next = src.find("norme").unwrap_or_default();
    assert_eq!(d[0].labels.len(), 1);
    assert_eq!(d[0].labels[0].span, Span::new(next, next + "norme".len()));
    assert_eq!(d[0].labels[0].message, "add `}` before this line");

    // In French, at the end of the file, and with no clause at all.
    let src = "norme \"a\" {\n  dans 3 jours\n";
    let (_, d) = parse(src);
    let help = d[0].help.as_deref().unwrap_or_default();
    assert!(
        help.contains("after line 2, the block's last clause, at the end of the file"),
        "{help}"
    );
    assert!(help.contains("ferme le bloc"), "{help}");
    assert!(d[0].labels.is_empty());
    let src = "standard \"a\" {\nstandard \"b\" {\n}\n";
    let (_, d) = parse(src);
    let help = d[0].help.as_deref().unwrap_or_default();
    assert!(
        help.contains("right after the `{` on line 1, before the next item on line 2"),
        "{help}"
    );
    let src = "norme \"a\" {\n  dans 3 jours\nnorme \"b\" {\n}\n";
    let (_, d) = parse(src);
    assert_eq!(
        d[0].labels[0].message,
        "add `}` before this line (ajoutez `}` avant cette ligne)"
    );
}

/// `(text under the span, kind)` of every gap.
fn gaps(src: &str) -> Vec<(&str, GapKind)> {
    parse(src)
        .0
        .gaps
        .into_iter()
        .map(|g| (&src[g.span.start..g.span.end], g.kind))
        .collect()
}

#[test]
fn what_did_not_parse_is_kept_as_gaps() {
    // A clean file has none.
    assert!(ok(CITY).gaps.is_empty());
    // A clause that did not parse: the item stays, marked.
    let src = "norme \"a\" {\n  dans 10 jours\n  cilbe 90 %\n}\n";
    let (file, _) = parse(src);
    assert_eq!(file.items.len(), 1);
    assert_eq!(gaps(src), [("cilbe", GapKind::Clause)]);
    // An item that could not be read may declare its first string.
    let src = "standart \"b\" {\n  within 1 day\n}\n";
    assert_eq!(
        gaps(src),
        [(
            src.trim_end(),
            GapKind::Item {
                name: Some("b".into())
            }
        )]
    );
    // A header that did not parse keeps its block under its first string;
    // a header without a block is an unreadable item.
    let src = "calendar \"c\" extends quebec {\n  timezone \"America/Toronto\"\n}\nstandard \"s\"\n  within 1 day\n";
    let (file, _) = parse(src);
    let Some(Item::Calendar(c)) = file.items.first() else {
        panic!("{:?}", file.items)
    };
    assert_eq!((c.name.value.as_str(), c.clauses.len()), ("c", 1));
    assert_eq!(&src[c.name.span.start..c.name.span.end], "\"c\"");
    assert_eq!(
        gaps(src)
            .into_iter()
            .map(|(text, k)| (text.split('\n').next().unwrap_or_default(), k))
            .collect::<Vec<_>>(),
        [
            ("quebec", GapKind::Clause),
            (
                "standard \"s\"",
                GapKind::Item {
                    name: Some("s".into())
                }
            )
        ]
    );
    // An unterminated name may be any name; text without `"` declares none.
    let src = "standard \"a {\n  within 1 day\n}\n";
    assert_eq!(gaps(src).len(), 1);
    assert_eq!(gaps(src)[0].1, GapKind::Item { name: None });
    let src = "standard \"a\" {\n  within 1 day\n}\n}\n";
    assert_eq!(gaps(src), [("}", GapKind::Junk)]);
}

#[test]
fn recovery_keeps_good_items_identical() {
    // Same length, so every other span is unchanged.
    let bad = CITY.replacen("target 95%", "targte 95%", 1);
    let (file, d) = parse(&bad);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].suggestion.as_deref(), Some("target"));
    let good = ok(CITY);
    assert_eq!(file.items.len(), good.items.len());
    let mut differing = 0;
    for (a, b) in file.items.iter().zip(&good.items) {
        if a != b {
            differing += 1;
            let (Item::Standard(a), Item::Standard(b)) = (a, b) else {
                panic!()
            };
            assert_eq!(a.clauses.len() + 1, b.clauses.len());
        }
    }
    assert_eq!(differing, 1);
}

#[test]
fn hints_for_common_mistakes() {
    let d = errors("standard \"a\" {\n  starts at received\n}");
    assert_eq!(d[0].suggestion.as_deref(), Some("\"received\""));
    let d = errors("standard \"a\" {\n  within ten days\n}");
    assert!(d[0].message.contains("whole number"), "{}", d[0].message);
    let d = errors("standard \"a\" {\n  within 10 on \"x\"\n}");
    assert!(
        d[0].message.contains("unit such as `business days`"),
        "{}",
        d[0].message
    );
    let d = errors("calendar \"a\" extend \"b\" {\n}");
    assert_eq!(d[0].suggestion.as_deref(), Some("extends"));
    let d = errors("calendrier \"a\" {\n  jours ouvrable lundi à vendredi\n}");
    assert_eq!(d[0].suggestion.as_deref(), Some("jours ouvrables"));
    let d = errors("calendar \"a\" {\n  timezone America/Toronto\n}");
    assert_eq!(d[0].suggestion.as_deref(), Some("\"America/Toronto\""));
    let d = errors("standard \"a\"\n  within 3 days\n}\nstandard \"b\" {}");
    assert_eq!(d.len(), 1, "{}", render("", &d));
    assert!(d[0].message.contains("expected `{`"));
    let d = errors("standard \"a\" {\n  title \"abc\n}");
    assert!(d[0].message.contains("never closed"));
    assert_eq!(d.len(), 1);
}

#[test]
fn huge_numbers_are_diagnosed_not_panicked() {
    let src =
        "standard \"s\" {\n within 99999999999999999999999 days\n}\nexample \"e\" { case n = 1";
    let src = format!("{src}{} }}", "0".repeat(400));
    let (file, d) = parse(&src);
    let codes: Vec<&str> = d.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, vec!["number-too-large"; 2], "{}", render(&src, &d));
    assert_eq!(file.items.len(), 2);
}

#[test]
fn deep_nesting_is_refused_without_overflow() {
    let deep = format!(
        "standard \"s\" {{\n applies when {}a = 1{}\n within 3 days\n}}",
        "(".repeat(100_000),
        ")".repeat(100_000)
    );
    let (file, d) = parse(&deep);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].code, "too-deep");
    // The rest of the standard is still read.
    let Item::Standard(s) = &file.items[0] else {
        panic!()
    };
    assert_eq!(s.clauses.len(), 1);
    // Parentheses in strings and comments do not count.
    let fine = format!(
        "# {}\nstandard \"{}\" {{}}",
        "(".repeat(1000),
        "(".repeat(1000)
    );
    ok(&fine);
    // 64 levels are fine.
    ok(&format!(
        "standard \"s\" {{ applies when {}a = 1{} }}",
        "(".repeat(64),
        ")".repeat(64)
    ));
}

#[test]
fn long_conditions_are_bounded() {
    let many = vec!["a = 1"; 5_000].join(" and ");
    let src = format!("standard \"s\" {{\n applies when {many}\n}}");
    let d = errors(&src);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].code, "too-complex");
}

#[test]
fn oversized_and_binary_input() {
    let big = " ".repeat(super::MAX_FILE_BYTES + 1);
    assert_eq!(errors(&big)[0].code, "file-too-large");
    let nul = "\0standard \"a\" {\0}\n\0\0\0";
    assert!(!errors(nul).is_empty());
    let comment = format!("# {}\nstandard \"a\" {{}}", "x".repeat(1_000_000));
    let f = ok(&comment);
    assert_eq!(f.comments[0].text.len(), 1_000_002);
}

#[test]
fn every_prefix_of_the_examples_is_handled() {
    // Truncations exercise every "unexpected end" path of the recovery.
    for src in [CITY, VILLE] {
        let mut cut = 0;
        while cut < src.len() {
            if src.is_char_boundary(cut) {
                let _ = parse(&src[..cut]);
            }
            cut += 97;
        }
    }
}

mod fuzz {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        #[test]
        fn arbitrary_text_never_panics(s in "\\PC{0,200}") {
            let (file, d) = parse(&s);
            let (rules, _) = crate::check::check(&file, &s);
            if d.iter().any(Diagnostic::is_error) {
                prop_assert!(rules.is_none());
            }
        }

        #[test]
        fn damaged_examples_never_panic(at in 0usize..4000, len in 0usize..40, junk in "[{}()\\[\\]\"#;\n a-z0-9:%-]{0,12}") {
            let src = CITY;
            let start = at.min(src.len());
            let end = (start + len).min(src.len());
            if src.is_char_boundary(start) && src.is_char_boundary(end) {
                let damaged = format!("{}{}{}", &src[..start], junk, &src[end..]);
                let (file, d) = parse(&damaged);
                // Errors point inside the text.
                for d in &d {
                    if let Some(s) = d.span {
                        prop_assert!(s.start <= s.end && s.end <= damaged.len());
                    }
                }
                // Whatever survived is checked without panicking, and a
                // syntax error always fails the file, however much of it
                // the recovery kept.
                let (rules, _) = crate::check::check(&file, &damaged);
                if d.iter().any(Diagnostic::is_error) {
                    prop_assert!(!file.gaps.is_empty());
                    prop_assert!(rules.is_none());
                    prop_assert!(crate::compile(&damaged).is_err());
                }
            }
        }
    }
}

#[test]
#[ignore]
fn show_errors() {
    let cases = [
        "standard \"a\" {\n  withn 10 business days\n  target 90%\n}\n",
        "standard \"a\" {\n  within ten business days\n}\n",
        "standard \"a\" {\n  within 10 on \"x\"\n}\n",
        "standard \"a\" {\n  within 2.5 days\n}\n",
        "standard \"a\" {\n  starts at received\n}\n",
        "standard a {\n  within 3 days\n}\n",
        "standard \"a\" {\n  within 3 days\n\nstandard \"b\" {\n  within 4 days\n}\n",
        "standard \"a\" {\n  applies when channel = mail\n}\n",
        "standard \"a\" {\n  applies when (channel = \"mail\"\n}\n",
        "standard \"a\" {\n  applies when channel in [\"a\" \"b\"]\n}\n",
        "standard \"a\" {\n  title \"abc\n}\n",
        "standard \"a\" {\n  title \"C:\\temp\"\n}\n",
        "calendar \"a\" {\n  holiday \"x\" on july 1 if sunday monday\n}\n",
        "calendar \"a\" {\n  holiday \"x\" on febuary\n}\n",
        "calendar \"a\" {\n  within 3 days\n}\n",
        "calendar \"a\" {\n  hours 08:30 12:00\n}\n",
        "example \"a\" {\n  expect dues 2025-01-01\n}\n",
        "example \"a\" {\n  event \"x\" at tomorrow\n}\n",
        "standrd \"a\" {\n}\n",
        "hello world\nstandard \"a\" {\n  target 90\n}\n}\n",
        "norme \"a\" {\n  dans 3 jour ouvrables selon \"x\" sinon\n  cible 90\n  s'aplique si x = 1\n}\n",
        "calendrier \"a\" {\n  jours ouvrable lundi à vendredi\n}\n",
        "standard \"a\" {\n  within 10 business days on \"x\" extra\n}\n",
        "\u{0}\u{0}junk",
        "standard \"a\" { within 3 days } trailing",
        "calendar \"a\" extend \"b\" {\n}\n",
        "norme \"a\" {\n  dans 3 jours selon bureaux\n  alerte 75 %\n}\n",
        "exemple \"a\" {\n  attendu statut\n  événement \"x\" à 2025-01-01 10:00\n}\n",
        "calendrier \"a\" {\n  férié \"x\" le 32\n  jours ouvrables lundi vendredi\n}\n",
        "standard \"a\" {\n  applies when channel = \"x\" and\n  applies when not\n}\n",
        "standard \"a\"\n  within 3 days\n",
        "calendar \"a\" {\n  hours 08:30-12:00 on\n  timezone America/Toronto\n}\n",
    ];
    for c in cases {
        let (_, d) = parse(c);
        println!("=== {c}\n{}", render(c, &d));
    }
}

#[test]
#[ignore]
fn timing_of_pathological_inputs() {
    let cases = [
        ("many open headers", "standard \"a\" {\n".repeat(600_000)),
        (
            "many bad clauses",
            format!(
                "standard \"a\" {{\n{}}}",
                "  withn 3 days\n".repeat(600_000)
            ),
        ),
        (
            "many good items",
            "standard \"a\" { within 3 days }\n".repeat(300_000),
        ),
        ("junk lines", "junk junk\n".repeat(900_000)),
        ("open parens", "(".repeat(9_000_000)),
        ("quotes", "\"".repeat(9_000_000)),
        ("braces", "{".repeat(9_000_000)),
        ("closing braces", "}".repeat(9_000_000)),
        (
            "one long clause",
            format!("standard \"a\" {{ title \"{}\" }}", "x".repeat(9_000_000)),
        ),
    ];
    for (name, src) in cases {
        let t = std::time::Instant::now();
        let (f, d) = parse(&src);
        println!(
            "{name}: {} bytes, {} items, {} diags, {:?}",
            src.len(),
            f.items.len(),
            d.len(),
            t.elapsed()
        );
    }
}

#[test]
fn at_least_before_in_both_languages_and_any_case() {
    for src in [
        "standard \"n\" {\n  at least 10 business days before \"consultation\" on \"quebec\" when kind = \"zoning\"\n}",
        "norme \"n\" {\n  au moins 10 jours ouvrables avant \"consultation\" selon \"quebec\" si kind = \"zoning\"\n}",
        "norme \"n\" {\n  AU  MOINS 10 jours ouvrés AVANT \"consultation\" selon \"quebec\" si kind = \"zoning\"\n}",
    ] {
        let kinds = clause_kinds(src);
        let [StandardClauseKind::Within(w)] = kinds.as_slice() else {
            panic!("{kinds:?}")
        };
        assert_eq!(w.before.as_ref().map(|b| b.value.as_str()), Some("consultation"), "{src}");
        assert_eq!(w.amount.value, 10);
        assert_eq!(w.unit.value, Word::Known(crate::model::Unit::BusinessDays));
        assert_eq!(w.calendar.as_ref().map(|c| c.value.as_str()), Some("quebec"));
        assert!(matches!(w.condition, Some(TierCondition::When(_))), "{src}");
    }
    // `within` has no anchor.
    let kinds = clause_kinds("standard \"n\" {\n  within 3 days on \"quebec\"\n}");
    let [StandardClauseKind::Within(w)] = kinds.as_slice() else {
        panic!("{kinds:?}")
    };
    assert!(w.before.is_none());
    // `at least` needs its `before "event"`.
    assert!(!errors("standard \"n\" {\n  at least 10 days on \"quebec\"\n}").is_empty());
}

/// Issue #15: the calendar clauses for single dates, dated changes and
/// rule closures, in the spellings each language allows.
#[test]
fn dated_calendar_clauses_in_both_languages() {
    let src = "calendrier \"c\" {\n\
               ouverte \"Samedi\" le 2027-07-03\n\
               heures 08:30-12:00 le 24 décembre\n\
               heures 09:00-10:00 le samedi à partir du 2028-01-01\n\
               jours ouvrables lundi à jeudi à partir du 2028-01-01\n\
               fermé \"V\" à partir de l'avant-dernier dimanche de juillet pendant 2 semaines à partir de 2023 jusqu'à 2030\n\
               fermé \"W\" from second-to-last sunday of july for 14 days\n\
               }\n";
    let (file, diags) = parse(src);
    assert!(diags.is_empty(), "{diags:?}");
    let Item::Calendar(cal) = &file.items[0] else {
        panic!()
    };
    let kinds: Vec<&CalendarClauseKind> = cal.clauses.iter().map(|c| &c.kind).collect();
    let CalendarClauseKind::Open { name, date } = kinds[0] else {
        panic!("{:?}", kinds[0])
    };
    assert_eq!((name.value.as_str(), date.value.day), ("Samedi", 3));
    let CalendarClauseKind::Hours {
        day: Some(day),
        on: None,
        from: None,
        ..
    } = kinds[1]
    else {
        panic!("{:?}", kinds[1])
    };
    assert!(matches!(&day.value, DayOfLit::Yearly(md) if md.day.value == 24));
    let CalendarClauseKind::Hours {
        on: Some(_),
        day: None,
        from: Some(f),
        ..
    } = kinds[2]
    else {
        panic!("{:?}", kinds[2])
    };
    assert_eq!(f.value.year, 2028);
    let CalendarClauseKind::Workdays(Weekdays::Range(_, to), Some(_)) = kinds[3] else {
        panic!("{:?}", kinds[3])
    };
    assert_eq!(to.value, Word::Known(chrono::Weekday::Thu));
    for (k, ordinal, length) in [(4, Ordinal::SecondLast, 2), (5, Ordinal::SecondLast, 14)] {
        let CalendarClauseKind::Closed { period, .. } = kinds[k] else {
            panic!("{:?}", kinds[k])
        };
        let ClosedPeriod::Rule {
            rule, length: n, ..
        } = &period.value
        else {
            panic!("{:?}", period.value)
        };
        assert!(matches!(&rule.value, DayRule::Nth { ordinal: o, .. } if o.value == ordinal));
        assert_eq!(n.value, length);
    }
}

#[test]
fn a_file_s_language_is_that_of_its_items_keywords() {
    use super::source_lang;
    assert_eq!(source_lang("# rien\n"), None);
    assert_eq!(
        source_lang("norme \"x\" {\n dans 3 jours\n}\n"),
        Some(Lang::Fr)
    );
    assert_eq!(
        source_lang("standard \"x\" {\n within 3 days\n}\n"),
        Some(Lang::En)
    );
    // The more frequent language wins; on a tie, the first item's.
    let mixed = "calendrier \"a\" { }\nnorme \"b\" { }\nstandard \"c\" { }\n";
    assert_eq!(source_lang(mixed), Some(Lang::Fr));
    let tie = "standard \"c\" { }\nnorme \"b\" { }\n";
    assert_eq!(source_lang(tie), Some(Lang::En));
}

#[test]
fn only_a_french_file_chooses_its_diagnostics_language() {
    use super::lang_for_source;
    assert_eq!(
        lang_for_source("norme \"x\" {\n dans 3 jours\n}\n"),
        Some(Lang::Fr)
    );
    assert_eq!(
        lang_for_source("standard \"x\" {\n within 3 days\n}\n"),
        None
    );
    assert_eq!(lang_for_source("# rien\n"), None);
}
