//! Opening a cases file (or stdin) and counting what came out of it: the
//! records, and the warnings of the core's [`Audit`] (printed once each,
//! after the results).

use delai::cases::{
    delimiter_named, Audit, CaseBatch, CaseRecord, ColumnMap, CsvBatch, Epoch, Format, ReadOptions,
    TextEncoding, TimeFormat, TimeReading,
};
use delai::clock::Record;
use delai::diagnostic::{msg, Code, Hint};
use delai::model::Status;
use delai::{Diagnostic, Rules};
use std::io::{BufRead, BufReader, IsTerminal};
use std::path::Path;
use std::sync::atomic::{AtomicU8, Ordering};

/// A cases file (`-` or `None`: stdin), buffered, and its path (for the
/// format, by extension).
fn reader(path: Option<&str>) -> Result<(Box<dyn BufRead + Send>, Option<&Path>), Diagnostic> {
    let path = path.filter(|p| *p != "-");
    let reader: Box<dyn BufRead + Send> = match path {
        None => Box::new(BufReader::with_capacity(1 << 16, std::io::stdin())),
        Some(p) => Box::new(BufReader::with_capacity(
            1 << 16,
            std::fs::File::open(p).map_err(|e| {
                Diagnostic::error(Code::UnreadableFile, msg::UNREADABLE_FILE.text([&p, &e]))
                    .help(msg::UNREADABLE_FILE_HELP.text([]))
            })?,
        )),
    };
    Ok((reader, path.map(Path::new)))
}

fn unreadable(e: std::io::Error) -> Diagnostic {
    Diagnostic::error(Code::UnreadableFile, msg::UNREADABLE_CASES.text([&e]))
}

/// How a case is read, whatever holds it (`check` and `report`'s files,
/// `explain`'s one case): event times that need a convention, the text
/// encoding, names otherwise than the rules' names. Gathered into the
/// library's [`ReadOptions`] by [`CaseArgs::options`], the one place.
#[derive(clap::Args, Debug, Clone)]
pub struct CaseArgs {
    #[arg(long, value_name = "PATTERN", value_parser = time_format)]
    time_format: Option<TimeFormat>,
    #[arg(long, value_name = "UNIT", value_parser = ["s", "ms"])]
    epoch: Option<String>,
    #[arg(long, value_name = "LABEL", value_parser = TextEncoding::for_label)]
    encoding: Option<TextEncoding>,
    #[arg(long = "map", value_name = "NAME=COLUMN", value_parser = map_entry)]
    map: Vec<String>,
    #[arg(long, value_name = "FILE")]
    map_file: Option<String>,
}

/// How a cases file is read (`check`, `report`): [`CaseArgs`], and the
/// CSV delimiter and the sheet of a spreadsheet.
#[derive(clap::Args, Debug, Clone)]
pub struct ReadArgs {
    #[command(flatten)]
    case: CaseArgs,
    #[arg(long, value_name = "CHAR", value_parser = delimiter_named)]
    delimiter: Option<u8>,
    #[arg(long, value_name = "NAME")]
    sheet: Option<String>,
}

fn time_format(pattern: &str) -> Result<TimeFormat, String> {
    TimeFormat::new(pattern)
}

fn map_entry(entry: &str) -> Result<String, String> {
    // Checked here, so a malformed entry is a usage error naming it.
    ColumnMap::default().parse_entry(entry)?;
    Ok(entry.to_string())
}

impl CaseArgs {
    fn reading(&self) -> TimeReading {
        let mut times = TimeReading::default();
        if let Some(f) = &self.time_format {
            times = times.with_format(f.clone());
        }
        if let Some(unit) = self.epoch.as_deref().and_then(Epoch::from_unit) {
            times = times.epoch(unit);
        }
        times
    }

    /// The library's reading options, the mappings checked against the
    /// rules (a name that is none of theirs is an error).
    pub fn options(&self, rules: &Rules) -> Result<ReadOptions, Diagnostic> {
        self.options_with(rules, |_| {})
    }

    /// [`CaseArgs::options`] with what `more` sets, checked with the rest.
    fn options_with(
        &self,
        rules: &Rules,
        more: impl FnOnce(&mut ReadOptions),
    ) -> Result<ReadOptions, Diagnostic> {
        let mut columns = ColumnMap::default();
        if let Some(file) = &self.map_file {
            let bytes = super::input::read_bytes(file)?;
            let bad =
                |e: String| Diagnostic::error(Code::BadOption, format!("--map-file {file}: {e}"));
            // Column names are compared exactly: not guessed through U+FFFD.
            let text = String::from_utf8(bytes)
                .map_err(|e| bad(format!("not UTF-8 text ({})", e.utf8_error())))?;
            columns.parse_lines(&text).map_err(bad)?;
        }
        for entry in &self.map {
            columns
                .parse_entry(entry)
                .map_err(|e| Diagnostic::error(Code::BadOption, format!("--map: {e}")))?;
        }
        let mut options = ReadOptions::default()
            .times(self.reading())
            .columns(columns);
        options.encoding = self.encoding;
        more(&mut options);
        rules.check_read_options(&options)?;
        Ok(options)
    }
}

impl ReadArgs {
    /// The library's reading options ([`CaseArgs::options`], with the
    /// delimiter and the sheet).
    pub fn options(&self, rules: &Rules) -> Result<ReadOptions, Diagnostic> {
        self.case.options_with(rules, |options| {
            options.delimiter = self.delimiter;
            options.sheet.clone_from(&self.sheet);
        })
    }
}

/// The delimiter a CSV input read with commas (read off its header line,
/// not given) probably has, when a column name of its header holds a `;`
/// or a tab (0: none): cells separated by `;` under a header with a comma
/// in a name (`Nom, prénom`, which Excel leaves unquoted there) are read
/// wrongly, and [`finish`] names `--delimiter`. (A `;` or tab read off the
/// header line is not noted: the rule is the documented one, and the
/// outputs of such files stay as they were.)
static MISSED_DELIMITER: AtomicU8 = AtomicU8::new(0);

/// The records of a cases file in batches of up to `size`, decoded to
/// UTF-8 and read as `read` says ([`ReadArgs::options`]) by the rules (the
/// reader every door uses: [`Rules::read_case_batches_with`]), and its
/// format; for the library's pipeline (`Send`: read by the worker threads
/// in turn). Prints why and returns `None` when the input cannot be opened
/// or the options do not fit the rules.
pub fn open_batches(
    path: Option<&str>,
    rules: &Rules,
    size: usize,
    read: &ReadArgs,
) -> Option<(Box<dyn Iterator<Item = CaseBatch> + Send>, Format)> {
    let opened = read.options(rules).and_then(|options| {
        let (reader, name) = reader(path)?;
        let reader = delai::cases::undeclared_utf16(reader, &options).map_err(unreadable)?;
        let given = options.delimiter.is_some();
        let (batches, format) = rules
            .read_case_batches_with(reader, name, size, &options)
            .map_err(unreadable)?;
        let mut first = true;
        let batches = batches.inspect(move |b| {
            if let (true, CaseBatch::Csv(csv)) = (std::mem::take(&mut first), b) {
                note_delimiter(csv, given);
            }
        });
        Ok((
            Box::new(batches) as Box<dyn Iterator<Item = CaseBatch> + Send>,
            format,
        ))
    });
    opened
        .map_err(|d| super::input::report_one(display_name(path), d))
        .ok()
}

/// Takes note of how the first CSV batch was split, for [`finish`].
fn note_delimiter(batch: &CsvBatch, given: bool) {
    if given || batch.delimiter() != b',' {
        return;
    }
    let holds = |c: char| batch.header().iter().any(|n| n.contains(c));
    if let Some(d) = [b';', b'\t'].into_iter().find(|&d| holds(char::from(d))) {
        MISSED_DELIMITER.store(d, Ordering::Relaxed);
    }
}

/// The name a cases input is shown under: its path, or `-` for stdin.
pub fn display_name(path: Option<&str>) -> &str {
    path.unwrap_or("-")
}

/// Counts for the summary on stderr, and the audit of the records counted.
pub struct Tally {
    pub cases: u64,
    pub unreadable: u64,
    pub records: u64,
    pub errors: u64,
    /// Records written out (`check --status` writes some only).
    pub written: u64,
    pub by_status: [u64; 7],
    pub audit: Audit,
    /// Helps of unreadable records that name an option to give (times
    /// that need a convention: `--time-format`; a mapped column the header
    /// lacks: `--map`), printed once each at the
    /// end: the output records carry messages only.
    pub hints: Vec<String>,
}

impl Tally {
    pub fn new(audit: Audit) -> Tally {
        Tally {
            cases: 0,
            unreadable: 0,
            records: 0,
            errors: 0,
            written: 0,
            by_status: [0; 7],
            audit,
            hints: Vec::new(),
        }
    }

    pub fn add(&mut self, record: &CaseRecord, out: &[Record]) {
        self.audit.observe(record);
        self.cases += 1;
        if let Err(e) = &record.case {
            self.unreadable += 1;
            // The library's help names the encoding, the CLI its option.
            let hint = match e.diagnostic.hint {
                Some(Hint::Windows1252) => Some(msg::ENCODING_OPTION_HINT.text([])),
                Some(Hint::TimeFormat | Hint::ColumnMap) => e.diagnostic.help.clone(),
                _ => None,
            };
            if let Some(h) = hint {
                if !self.hints.contains(&h) {
                    self.hints.push(h);
                }
            }
        }
        for r in out {
            self.records += 1;
            match r {
                Record::Result(r) => {
                    let i = Status::ALL.iter().position(|s| *s == r.status).unwrap_or(0);
                    self.by_status[i] += 1;
                }
                Record::Error(_) => self.errors += 1,
            }
        }
    }

    /// Adds the counts of another tally (one per batch, merged in order).
    pub fn merge(&mut self, other: Tally) {
        self.audit.merge(other.audit);
        self.cases += other.cases;
        self.unreadable += other.unreadable;
        self.records += other.records;
        self.errors += other.errors;
        self.written += other.written;
        for h in other.hints {
            if !self.hints.contains(&h) {
                self.hints.push(h);
            }
        }
        for (a, b) in self.by_status.iter_mut().zip(other.by_status) {
            *a += b;
        }
    }

    /// The end of `check` and `report`, in the [`super::lang::current`]
    /// language: counts, and the statuses met (their identifiers in
    /// English, their words in French).
    pub fn summary(&self) -> String {
        use super::lang::counted;
        let statuses: Vec<String> = Status::ALL
            .iter()
            .zip(self.by_status)
            .filter(|(_, n)| *n > 0)
            .map(|(s, n)| format!("{} {n}", s.word()))
            .collect();
        let statuses = if statuses.is_empty() {
            msg::NO_STATUS.text([])
        } else {
            statuses.join(", ")
        };
        msg::CASES_SUMMARY.text([
            &counted(self.cases, msg::CASES_READ_ONE, msg::CASES_READ_MANY),
            &counted(self.unreadable, msg::UNREADABLE_ONE, msg::UNREADABLE_MANY),
            &counted(self.records, msg::RECORD_ONE, msg::RECORD_MANY),
            &statuses,
            &counted(self.errors, msg::ERROR_RECORD_ONE, msg::ERROR_RECORD_MANY),
        ])
    }
}

/// Prints the audit's warnings on stderr (once per name, not per row) and
/// says how the command ends: unreadable records, or a warning under
/// `--strict`, make it unusable (exit 2).
pub fn finish(tally: &mut Tally, path: &str, strict: bool) -> super::Outcome {
    let warnings = tally.audit.warnings();
    for w in &warnings {
        super::input::report_one(path, w.clone());
    }
    match MISSED_DELIMITER.load(Ordering::Relaxed) {
        b';' => eprintln!(
            "{}",
            msg::HELP_LINE.text([&msg::MISSED_SEMICOLON_HINT.text([])])
        ),
        b'\t' => eprintln!("{}", msg::HELP_LINE.text([&msg::MISSED_TAB_HINT.text([])])),
        _ => {}
    }
    for h in &tally.hints {
        eprintln!("{}", msg::HELP_LINE.text([h]));
    }
    if strict && !warnings.is_empty() {
        eprintln!("{}", msg::STRICT_WARNINGS_FATAL.text([&warnings.len()]));
    }
    if !super::quiet() {
        eprintln!("{}", tally.summary());
    }
    if tally.unreadable > 0 || (strict && !warnings.is_empty()) {
        super::Outcome::Unusable
    } else {
        super::Outcome::Success
    }
}

/// A spinner with a count on stderr, only when stderr is a terminal.
pub fn progress() -> Option<indicatif::ProgressBar> {
    if !std::io::stderr().is_terminal() || super::quiet() {
        return None;
    }
    let bar = indicatif::ProgressBar::new_spinner();
    let template = format!(
        "{{spinner}} {{human_pos}} {} ({{per_sec}}) {{elapsed}}",
        msg::CASES_JUDGED.text([])
    );
    bar.set_style(
        indicatif::ProgressStyle::with_template(&template)
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    Some(bar)
}
