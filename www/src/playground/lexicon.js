// Generated from the lexicon (src/syntax/lexicon/table.rs): do not edit.
// Rewrite with `DELAI_BLESS=1 cargo test --lib lexicon`.
// Words as the highlighter reads them: lower case, `'` for `’`,
// with and without accents.

// Keywords, units and ordinals (highlighted as keywords).
export const KEYWORDS = new Set(`
a after alerte all alors and applicable applies apres après as at attendu au avant avant-dernier
avant-derniere avant-dernière before between business business-day business-days business-hour
business-hours business-minute business-minutes by calendaire calendaires calendar calendar-day
calendar-days calendrier cas case cible cinquieme cinquième civil civils closed comes commence
cut-off cutoff d' dans date day days de deadlines debute delais depuis dernier derniere dernière
des description deux deuxieme deuxième do du due débute délais earlier easter echeance effective
en entre est et etend evenement event example exemple exige expect extended extends ferie feries
ferme fermee fermé fermée fifth first for fourth from fuseau férié fériés habituelle heure
heure-ouvrable heure-ouvree heure-ouvrée heures heures-ouvrables heures-ouvrees heures-ouvrées
holiday holidays horaire hors hour hours if in is jour jour-calendaire jour-civil jour-ouvrable
jour-ouvre jour-ouvré jours jours-calendaires jours-civils jours-ouvrables jours-ouvres
jours-ouvrés jusqu'a jusqu'au jusqu'en jusqu'à l' last later le least les limite minute
minute-ouvrable minute-ouvree minute-ouvrée minutes minutes-ouvrables minutes-ouvrees
minutes-ouvrées moins mois month months move n'est non norme not of on open or otherwise ou
ouvert ouverte ouvrable ouvrables ouvre ouvree ouvrees ouvres ouvré ouvrée ouvrées ouvrés paques
partir pas past pause paused pauses pendant plus premier premiere première prolonge prolongee
prolongé prolongée promesse promise pâques quand quatrieme quatrième renseigne renseignee
renseigné renseignée reportes reportés requires s'applique s'arrete s'arrête second
second-to-last seconde secondes seconds selon semaine semaines set si since sinon sooner
standard start starts status statut stop stops sur suspendu suspendue tard target then third
time timezone title titre to tot tous troisieme troisième tôt until use usual utilise vigueur
warn week weeks when whichever within workdays working working-day working-days working-hour
working-hours working-minute working-minutes zone à échéance étend événement
`.trim().split(/\s+/));

// Statuses of an expected result.
export const STATUSES = new Set(`
a-risque at-risk breached commencee commencé commencée cours depasse depassee dépassé dépassée
en-cours met non-applicable non-commence non-commencee non-commencé non-commencée not-applicable
not-started pending respecte respectee respecté respectée risk risque started à-risque
`.trim().split(/\s+/));

// Months, weekdays and label languages.
export const NAMES = new Set(`
aout août apr april aug august avr avril dec december decembre dim dimanche décembre feb
february fev fevr fevrier fr fri friday fév févr février jan january janv janvier jeu jeudi juil
juillet juin jul july jun june lun lundi mai mar march mardi mars may mer mercredi mon monday
nov november novembre oct october octobre sam samedi sat saturday sep sept september septembre
sun sunday thu thur thurs thursday tue tues tuesday ven vendredi wed wednesday
`.trim().split(/\s+/));
