//! Texts of the compliance report (`src/report`): the table's heads, the
//! HTML page's titles, sentences and chart descriptions, the notes below
//! the rows. Only the command line renders reports, so the WebAssembly
//! package keeps none of them.

use super::messages;

messages! {
    list REPORT;
    /// `report --format html` without `--title`.
    REPORT_TITLE() =
        "Service standards: compliance",
        "Normes de service\u{a0}: conformité";
    /// The text table's heads.
    HEAD_STANDARD() = "standard", "norme";
    HEAD_PERIOD() = "period", "période";
    HEAD_TOTAL() = "total", "total";
    HEAD_MET() = "met", "respectés";
    HEAD_BREACHED() = "breached", "dépassés";
    HEAD_PENDING() = "pending", "en cours";
    HEAD_NOT_STARTED() = "not started", "non commencés";
    HEAD_COMPLIANCE() = "compliance", "conformité";
    HEAD_TARGET() = "target", "cible";
    /// The text table's period of a standard's whole-report row.
    PERIOD_ALL() = "all", "toutes";
    NO_STANDARD() = "(no standard)", "(aucune norme)";
    /// A row under versions with different targets.
    TARGETS_NOTE(standard, period, targets, verdict) =
        "{standard} {period}: its cases fall under versions with targets {targets}; {verdict}",
        "{standard} {period}\u{a0}: ses cas relèvent de versions aux cibles {targets}\u{a0}; {verdict}";
    TARGETS_AND() = " and ", " et ";
    TARGETS_OWN(target) =
        "each closed case counts against its own version's target, {target} together",
        "chaque cas fermé compte selon la cible de sa version, {target} ensemble";
    TARGETS_NO_VERDICT() =
        "a version has no target: no verdict",
        "une version n'a pas de cible\u{a0}: aucun verdict";
    NO_CLOSED_CASE() = "no closed case", "aucun cas fermé";
    /// Below the rows, per standard with a range (`within 4 to 6 weeks`):
    /// a count of cases (`CASE_ONE`/`CASE_MANY`), then a percentage.
    /// The same for a standard with several thresholds (`all within`),
    /// with the thresholds' target and the verdict (`USUAL_MET` or not).
    THRESHOLD_NOTE(standard, cases, percent, target, verdict) =
        "{standard}: {cases} stopped within their threshold, {percent} of the closed cases against a target of {target}: {verdict}",
        "{standard}\u{a0}: {cases} arrêtés dans leur seuil, soit {percent} des cas fermés pour une cible de {target}\u{a0}: {verdict}";
    THRESHOLD_MET() = "met", "atteinte";
    THRESHOLD_NOT_MET() = "not met", "non atteinte";
    USUAL_NOTE(standard, cases, percent) =
        "{standard}: {cases} stopped within the usual delay, {percent} of the closed cases with a range",
        "{standard}\u{a0}: {cases} arrêtés dans le délai habituel, soit {percent} des cas fermés assortis d'une fourchette";
    /// Below the rows, a count of cases (`CASE_ONE`/`CASE_MANY`) first.
    NOT_COVERED(cases) =
        "{cases} covered by no standard",
        "{cases} qu'aucune norme ne couvre";
    CASE_ONE() = "case", "cas";
    CASE_MANY() = "cases", "cas";
    NOT_JUDGED(cases) =
        "{cases} could not be read or judged against every standard",
        "{cases} selon chaque norme";
    /// Merging partial reports (`Tally::merge`): part numbers are 1-based.
    MERGE_NO_PART() =
        "no partial report to merge",
        "aucun rapport partiel à fusionner";
    MERGE_OTHER_PERIODS(part, its, first) =
        "partial report {part} is cut by {its}, the first by {first}: they cannot be merged",
        "le rapport partiel {part} est découpé par {its}, le premier par {first}\u{a0}: ils ne peuvent être fusionnés";
    MERGE_OTHER_RULES(part) =
        "partial report {part} counts the standards of other rules than the first: they cannot be merged",
        "le rapport partiel {part} compte les normes d'autres règles que le premier\u{a0}: ils ne peuvent être fusionnés";
    MERGE_BAD_PERIOD(part, day, by) =
        "partial report {part}: {day} does not start a period of its kind ({by})",
        "rapport partiel {part}\u{a0}: {day} ne commence pas une période de son genre ({by})";
    /// Between the notes below the rows.
    NOTES_SEPARATOR() = "; ", "\u{a0}; ";
    NOT_JUDGED_ONE() = "case", "cas n'a pu être lu ou jugé";
    NOT_JUDGED_MANY() = "cases", "cas n'ont pu être lus ou jugés";
    /// The HTML page: the periods' kinds in a sentence.
    BY_MONTH() = "month", "mois";
    BY_QUARTER() = "quarter", "trimestre";
    BY_FISCAL_QUARTER() = "fiscal quarter", "trimestre financier";
    BY_YEAR() = "year", "année";
    /// Quarters or years of a reporting year that does not start when
    /// their kind's usually does (`--year-start`).
    BY_YEAR_FROM(by, month) = "{by} (years from {month} 1)", "{by} (années à partir du 1er {month})";
    HTML_INTRO(by) =
        "Compliance by {by}: cases that met the standard ÷ closed cases (met + breached). Open cases (pending, at risk, paused) are counted but not in compliance. Each case counts in the period where its clock started.",
        "Conformité par {by}\u{a0}: cas qui ont respecté la norme ÷ cas fermés (respectés + dépassés). Les cas ouverts (en cours, à risque, suspendus) sont comptés mais n'entrent pas dans la conformité. Chaque cas compte dans la période où son délai a commencé à courir.";
    SUMMARY_CAPTION() = "Summary, all periods", "Sommaire, toutes les périodes";
    TH_STANDARD() = "Standard", "Norme";
    TH_CASES() = "Cases", "Cas";
    TH_COMPLIANCE() = "Compliance", "Conformité";
    TH_TARGET() = "Target", "Cible";
    TH_MEETS_TARGET() = "Meets target", "Cible atteinte";
    TH_PERIOD() = "Period", "Période";
    TH_TOTAL() = "Total", "Total";
    TH_MET() = "Met", "Respectés";
    TH_BREACHED() = "Breached", "Dépassés";
    TH_PENDING() = "Pending", "En cours";
    TH_AT_RISK() = "of which at risk", "dont à risque";
    TH_PAUSED() = "of which paused", "dont suspendus";
    TH_NOT_STARTED() = "Not started", "Non commencés";
    YES() = "yes", "oui";
    NO() = "no", "non";
    /// Before a standard's id (in `<code>`).
    STANDARD_WORD() = "Standard", "Norme";
    SECTION_TARGET_PER_VERSION(targets) =
        " · target per version: {targets}",
        " · cible par version\u{a0}: {targets}";
    SECTION_TARGET(target) = " · target {target}", " · cible {target}";
    SECTION_NO_TARGET() = " · no target", " · aucune cible";
    NO_CASE_STARTED() =
        "No case started in any period.",
        "Aucun cas n'a commencé dans l'une des périodes.";
    FIGURES_FOR(name) = "Figures for {name}", "Chiffres de la norme {name}";
    ALL_PERIODS() = "All periods", "Toutes les périodes";
    /// The chart: its title and description, bar by bar.
    CHART_TITLE(by, name) =
        "Compliance per {by} — {name}",
        "Conformité par {by} — {name}";
    PERIOD_FIGURES(period, figures) = "{period}: {figures}", "{period}\u{a0}: {figures}";
    MET_OF_CLOSED(compliance, met, closed) =
        "{compliance} ({met} of {closed} met)",
        "{compliance} (respectés\u{a0}: {met} sur {closed})";
    CLOSED_CASE_ONE() = "closed case", "cas fermé";
    CLOSED_CASE_MANY() = "closed cases", "cas fermés";
    MEETS_THE_TARGET() = ", meets the target", ", atteint la cible";
    BELOW_THE_TARGET() = ", below the target", ", sous la cible";
    MEETS_ITS_TARGET(target) = ", meets its target of {target}", ", atteint sa cible de {target}";
    BELOW_ITS_TARGET(target) = ", below its target of {target}", ", sous sa cible de {target}";
    CHART_TARGET(target) = "Target {target}. ", "Cible {target}. ";
    CHART_TARGET_PER_VERSION(targets) =
        "Target per version: {targets}. ",
        "Cible par version\u{a0}: {targets}. ";
    CHART_TARGETS_DIFFER() = "Targets differ by period. ", "Les cibles varient selon la période. ";
    CHART_NO_TARGET() = "No target. ", "Aucune cible. ";
    NONE_CLOSED() = "none closed", "aucun fermé";
    PERIOD_TARGET(period, target) = "{period}: target {target}", "{period}\u{a0}: cible {target}";
    TARGET_LINE(target) = "target {target}", "cible {target}";
    LEGEND_BARS(by) = "Bars: compliance per {by}.", "Barres\u{a0}: conformité par {by}.";
    LEGEND_MEETS() = "meets the target (✓)", "atteint la cible (✓)";
    LEGEND_BELOW() = "below the target (✗)", "sous la cible (✗)";
    LEGEND_NO_TARGET() = "no target.", "aucune cible.";
    LEGEND_DASHED_LINE() = " Dashed line: the target.", " Ligne pointillée\u{a0}: la cible.";
    LEGEND_DASHED_MARKS() =
        " Dashed mark over each bar: the target of that period.",
        " Trait pointillé sur chaque barre\u{a0}: la cible de cette période.";
    LEGEND_SAME_FIGURES() =
        " The table below gives the same figures.",
        " Le tableau ci-dessous donne les mêmes chiffres.";
    /// The HTML page's first lines: when the cases were judged and the
    /// period their starts cover (dates and times in words).
    AS_OF(instant) = "Cases judged as of {instant}.", "Cas jugés en date du {instant}.";
    DATE_AT_TIME(date, time, zone) = "{date} at {time} ({zone})", "{date} à {time} ({zone})";
    DATA_PERIOD(first, last) =
        "The data: cases started from {first} to {last}.",
        "Les données\u{a0}: cas commencés du {first} au {last}.";
    NO_DATA_PERIOD() = "The data: no case started.", "Les données\u{a0}: aucun cas commencé.";
    /// Time taken: the section's line, the tables' heads.
    /// A `requires` standard's section: what it judges instead of a delay.
    SECTION_REQUIRES(condition) =
        " · no delay: judged on the cases' attributes, requires {condition}",
        " · sans délai\u{a0}: jugée sur les attributs des dossiers, exige {condition}";
    TIME_TAKEN_IN(unit) =
        " · time taken in {unit} (closed cases, pauses excluded)",
        " · temps pris en {unit} (cas fermés, suspensions exclues)";
    TH_MEDIAN_TIME() = "Median time", "Temps médian";
    TH_MEAN_TIME() = "Mean time", "Temps moyen";
    TH_P90_TIME() = "90th percentile", "90e centile";
    /// The column of a `requires` standard's mean score (issue #19).
    TH_MEAN_SCORE(attribute) = "Mean {attribute}", "Moyenne de {attribute}";
    TH_CHANGE() = "Change", "Variation";
    /// A change in compliance since the period before, in percentage
    /// points (signed number first).
    CHANGE_POINTS(n) = "{n} pts", "{n}\u{a0}pts";
    CHANGE_FROM_PREVIOUS(n) =
        ", {n} since the period before",
        ", {n} depuis la période précédente";
    /// A compliance figure from too few closed cases: the mark's words for
    /// screen readers, and the note under the table.
    FEW_CASES(n) = "fewer than {n} closed cases", "moins de {n}\u{a0}cas fermés";
    FEW_CASES_NOTE(n) =
        "* Fewer than {n} closed cases: a figure to read with care.",
        "* Moins de {n}\u{a0}cas fermés\u{a0}: un chiffre à lire avec prudence.";
    /// A period in which a version of the standard comes into force.
    NEW_VERSION(date) = "new version from {date}", "nouvelle version dès le {date}";
    NEW_VERSIONS_NOTE() =
        "A dotted line in the chart marks where a new version of the standard comes into force: a change in compliance there may be the standard's, not the service's.",
        "Une ligne pointillée verticale dans le graphique marque l'entrée en vigueur d'une nouvelle version de la norme\u{a0}: une variation de conformité à cet endroit peut venir de la norme, et non du service.";
    /// The data-quality section.
    QUALITY_TITLE() = "Data quality", "Qualité des données";
    NEVER_STARTED(cases) =
        "{cases} never started (no start event)",
        "{cases} (aucun événement de début)";
    NEVER_STARTED_ONE() = "case", "cas n'a jamais commencé";
    NEVER_STARTED_MANY() = "cases", "cas n'ont jamais commencé";
    QUALITY_CLEAN() =
        "Every case was read and judged; none lacked its start; no duplicate id and no column or event that matches nothing was found.",
        "Chaque cas a été lu et jugé\u{a0}; aucun ne manquait de son début\u{a0}; aucun identifiant en double ni aucune colonne ou événement sans correspondance n'a été trouvé.";
    /// A scrollable table's region, for screen readers.
    SCROLL_REGION(caption) = "{caption} (scrolls sideways)", "{caption} (défile latéralement)";
    /// The breakdown by a case attribute (`--by-attr`).
    BREAKDOWN_TITLE(attribute) = "By {attribute}", "Par {attribute}";
    BREAKDOWN_CAPTION(name, attribute) = "{name} by {attribute}", "{name} par {attribute}";
    NO_VALUE() = "(none)", "(aucune valeur)";
}
