//! Texts of `delai calibrate` (`src/report/calibrate.rs`): for each
//! standard, the time its closed cases took, the smallest allowed time that
//! would have met its target, and a `within` line tried on the history.

use super::messages;

messages! {
    list CALIBRATE;
    /// The page's title and heading.
    CALIBRATE_TITLE() =
        "Realistic expectations: what the history allows",
        "Attentes réalistes\u{a0}: ce que l'historique permet";
    CALIBRATE_INTRO() =
        "For each standard, how long its closed cases took, counted as the standard counts (its unit and calendar, pauses excluded), and the smallest allowed time that would have met its target: the time the target's share of these cases took at most. Open cases have no time taken yet and are not counted.",
        "Pour chaque norme, le temps qu'ont pris ses cas fermés, compté comme la norme le compte (son unité et son calendrier, suspensions exclues), et le plus petit délai qui aurait atteint sa cible\u{a0}: le temps qu'a pris au plus la part de ces cas que vise la cible. Les cas ouverts n'ont pas encore de temps pris et ne sont pas comptés.";
    /// A standard's closed cases and its compliance as judged.
    CALIBRATE_CLOSED(cases, compliance, target) =
        "{cases} with a time taken; compliance {compliance}, target {target}",
        "{cases} avec un temps pris\u{a0}; conformité {compliance}, cible {target}";
    CALIBRATE_CASE_ONE() = "closed case", "cas fermé";
    CALIBRATE_CASE_MANY() = "closed cases", "cas fermés";
    /// `{unit}`: the unit's plural (`business days`).
    CALIBRATE_TIME_TAKEN(unit) =
        "Time taken, in {unit}",
        "Temps pris, en {unit}";
    /// A percentile: `{share}` of the cases took at most `{time}`.
    CALIBRATE_PERCENTILE(share, time) =
        "{share} of cases: at most {time}",
        "{share} des cas\u{a0}: au plus {time}";
    /// The heading of the times and the percentiles after it.
    CALIBRATE_TIME_LINE(heading, shares) = "{heading}: {shares}", "{heading}\u{a0}: {shares}";
    CALIBRATE_LONGEST(time) = "longest: {time}", "le plus long\u{a0}: {time}";
    CALIBRATE_SMALLEST(target, time) =
        "Smallest allowed time that would have met the target of {target}: {time}",
        "Plus petit délai qui aurait atteint la cible de {target}\u{a0}: {time}";
    CALIBRATE_NO_TARGET() =
        "No target: no smallest allowed time to compute",
        "Aucune cible\u{a0}: aucun plus petit délai à calculer";
    CALIBRATE_NO_TIMES() =
        "No closed case with a time taken",
        "Aucun cas fermé avec un temps pris";
    TH_SHARE() = "Share of cases", "Part des cas";
    TH_AT_MOST() = "Took at most", "Ont pris au plus";
    TH_TIME_BIN() = "Time taken", "Temps pris";
    TH_WITHIN_SHARE() = "Share within its upper bound", "Part sous sa borne haute";
    /// A bar's range: more than `{from}`, at most `{to}`.
    CALIBRATE_BIN(from, to) = "more than {from}, at most {to}", "plus de {from}, au plus {to}";
    CALIBRATE_FIRST_BIN(to) = "at most {to}", "au plus {to}";
    CALIBRATE_CHART_TITLE(name, unit) =
        "Time taken by the closed cases of {name}, in {unit}",
        "Temps pris par les cas fermés de {name}, en {unit}";
    CALIBRATE_CHART_DESC(cases, smallest) =
        "Bars: closed cases per range of time taken ({cases} in all). {smallest}",
        "Barres\u{a0}: cas fermés par tranche de temps pris ({cases} en tout). {smallest}";
    CALIBRATE_CHART_BAR(range, cases, share) =
        "{range}: {cases} ({share} of cases took at most its upper bound)",
        "{range}\u{a0}: {cases} ({share} des cas ont pris au plus sa borne haute)";
    CALIBRATE_CHART_MARK(time) = "smallest allowed time: {time}", "plus petit délai\u{a0}: {time}";
    CALIBRATE_CHART_LEGEND() =
        "Bars: closed cases per range of time taken. Dashed line: the smallest allowed time that would have met the target.",
        "Barres\u{a0}: cas fermés par tranche de temps pris. Ligne pointillée\u{a0}: le plus petit délai qui aurait atteint la cible.";
    CALIBRATE_BINS_SUMMARY() = "The figures of the chart", "Les chiffres du graphique";
    /// `--what-if`: the history judged again under another `within` line.
    WHAT_IF_HEADING(standard, clause) =
        "What if {standard}: {clause}",
        "Et si {standard}\u{a0}: {clause}";
    WHAT_IF_BEFORE(figures) = "as written: {figures}", "tel qu'écrit\u{a0}: {figures}";
    WHAT_IF_AFTER(figures) = "with the new line: {figures}", "avec la nouvelle ligne\u{a0}: {figures}";
    WHAT_IF_FIGURES(compliance, met, breached, target) =
        "compliance {compliance} (met: {met}, breached: {breached}), target {target}",
        "conformité {compliance} (respectés\u{a0}: {met}, dépassés\u{a0}: {breached}), cible {target}";
    TH_WHAT_IF() = "Standard as", "Norme";
    WHAT_IF_AS_WRITTEN() = "as written", "telle qu'écrite";
    WHAT_IF_CHANGED() = "with the new line", "avec la nouvelle ligne";
    /// Refusals of `--what-if`.
    WHAT_IF_FORM(text) =
        "`{text}` is not `STANDARD: within N UNIT` (such as `written-requests: within 15 business days`)",
        "`{text}` n'est pas `NORME: dans N UNITÉ` (comme `demandes-ecrites: dans 15 jours ouvrables`)";
    WHAT_IF_NOT_WITHIN(text) =
        "`{text}` is no `within` line: --what-if changes how long a standard allows",
        "`{text}` n'est pas une ligne `dans`\u{a0}: --what-if change le délai d'une norme";
    WHAT_IF_UNKNOWN_STANDARD(id) =
        "no standard `{id}` in the rules",
        "aucune norme `{id}` dans les règles";
    WHAT_IF_NO_WITHIN(id) =
        "standard `{id}` has no `within` line to change",
        "la norme `{id}` n'a pas de ligne `dans` à changer";
    WHAT_IF_NEEDS_FILE() =
        "--what-if reads the cases twice: name a file, not standard input",
        "--what-if lit les cas deux fois\u{a0}: nommez un fichier, pas l'entrée standard";
    WHAT_IF_NEEDS_SOURCE() =
        "--what-if needs the rules' source (a .delai file), not compiled rules",
        "--what-if demande la source des règles (un fichier .delai), pas des règles compilées";
}
