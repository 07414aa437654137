//! CSV records as raw cells, read exactly as the `csv` crate's reader
//! reads them (the same `csv_core` machine, buffering, positions and
//! errors: a test compares them on arbitrary bytes), with a fast path for
//! the common line: between records, a complete line without quotes or
//! carriage returns is split on commas by hand instead of being fed to the
//! machine byte by byte (for such a line the machine gives exactly those
//! cells). Reading is the sequential part of `delai check`, so its cost
//! per row matters.
//!
//! The delimiter is the one given ([`super::ReadOptions::delimiter`]), else
//! read off the first line ([`super::detected_delimiter`]): `,` unless that
//! line has no comma outside quotes and has a `;` (what Excel writes where
//! the decimal separator is a comma, as in French) or a tab (a "text"
//! export). A file whose header has a comma is read with `,`, as the `csv`
//! crate reads it.

use std::io::{BufRead, BufReader, Read};

/// One record: its cells one after the other, the end of each, and the
/// position where reading it began (as `csv::ByteRecord::position`).
#[derive(Debug, Default, Clone)]
pub(crate) struct RawRow {
    pub bytes: Vec<u8>,
    pub ends: Vec<usize>,
    /// Line where reading the record began (blank lines before it
    /// included, as the `csv` crate counts).
    pub line: u64,
}

pub(crate) struct Rows<R: Read> {
    rdr: BufReader<R>,
    core: csv_core::Reader,
    /// Where the next record starts: bytes read, line (1-based).
    byte: u64,
    line: u64,
    /// The end of the input, or an I/O error, was met: no more records.
    done: bool,
    /// The last record ended with a line feed read by the machine (or by
    /// hand), so the machine is between records with nothing pending:
    /// the next line may be split by hand.
    at_line_start: bool,
    /// The cell separator, and whether it was read off the first line yet.
    delimiter: u8,
    sniffed: bool,
}

impl<R: Read> Rows<R> {
    /// `capacity`: the read buffer, as `csv::ReaderBuilder::buffer_capacity`.
    pub fn new(inner: R, capacity: usize) -> Self {
        Rows {
            rdr: BufReader::with_capacity(capacity, inner),
            // The `csv` crate's defaults: `,`, `"`, doubled quotes, CRLF.
            core: csv_core::ReaderBuilder::new().build(),
            byte: 0,
            line: 1,
            done: false,
            // The machine reads the first record itself (it strips a
            // byte order mark there).
            at_line_start: false,
            delimiter: b',',
            sniffed: false,
        }
    }

    /// The cell separator (known once the first record is read).
    pub fn delimiter(&self) -> u8 {
        self.delimiter
    }

    /// Cells separated by `delimiter`, whatever the first line holds.
    pub fn set_delimiter(&mut self, delimiter: u8) {
        self.sniffed = true;
        self.delimiter = delimiter;
        self.core = csv_core::ReaderBuilder::new().delimiter(delimiter).build();
    }

    /// Chooses the delimiter from the first line in the buffer (see the
    /// module doc). An I/O error is left for the machine to meet.
    fn sniff(&mut self) {
        self.sniffed = true;
        let Ok(buf) = self.rdr.fill_buf() else {
            return;
        };
        if let Some(delimiter) = super::detected_delimiter(buf) {
            self.set_delimiter(delimiter);
        }
    }

    /// (bytes read, line) where the next record starts.
    pub fn position(&self) -> (u64, u64) {
        (self.byte, self.line)
    }

    pub fn get_ref(&self) -> &R {
        self.rdr.get_ref()
    }

    pub fn get_mut(&mut self) -> &mut R {
        self.rdr.get_mut()
    }

    /// Reads the next record into `row`: `Ok(false)` at the end (and after
    /// an error), as `csv::Reader::read_byte_record`.
    pub fn read(&mut self, row: &mut RawRow) -> std::io::Result<bool> {
        row.bytes.clear();
        row.ends.clear();
        row.line = self.line;
        if self.done {
            return Ok(false);
        }
        if !self.sniffed {
            self.sniff();
        }
        if self.at_line_start && self.split_line(row) {
            return Ok(true);
        }
        self.read_with_machine(row)
    }

    /// The fast path: the buffered line, when it is complete and has no
    /// quote or carriage return (empty lines too are left to the machine,
    /// which skips them).
    fn split_line(&mut self, row: &mut RawRow) -> bool {
        let delimiter = self.delimiter;
        let buf = self.rdr.buffer();
        // The first line feed, quote or carriage return (SIMD search).
        let n = match memchr::memchr3(b'\n', b'"', b'\r', buf) {
            Some(n) if n > 0 && buf[n] == b'\n' => n,
            _ => return false,
        };
        let line = &buf[..n];
        let mut start = 0;
        for end in memchr::memchr_iter(delimiter, line).chain([n]) {
            // Wide exports leave most cells empty: no copy for those.
            if end > start {
                row.bytes.extend_from_slice(&line[start..end]);
            }
            row.ends.push(row.bytes.len());
            start = end + 1;
        }
        self.rdr.consume(n + 1);
        self.byte += n as u64 + 1;
        self.line += 1;
        self.core.set_line(self.line);
        true
    }

    /// `csv::Reader::read_byte_record`, on `row`'s buffers.
    fn read_with_machine(&mut self, row: &mut RawRow) -> std::io::Result<bool> {
        use csv_core::ReadRecordResult::*;
        row.bytes.resize(row.bytes.capacity().max(256), 0);
        row.ends.resize(row.ends.capacity().max(32), 0);
        let (mut outlen, mut endlen) = (0, 0);
        loop {
            let input = match self.rdr.fill_buf() {
                Ok(input) => input,
                Err(e) => {
                    self.done = true;
                    row.bytes.clear();
                    row.ends.clear();
                    return Err(e);
                }
            };
            let (res, nin, nout, nend) =
                self.core
                    .read_record(input, &mut row.bytes[outlen..], &mut row.ends[endlen..]);
            let last = nin.checked_sub(1).and_then(|i| input.get(i)).copied();
            self.rdr.consume(nin);
            self.byte += nin as u64;
            self.line = self.core.line();
            outlen += nout;
            endlen += nend;
            match res {
                InputEmpty => {}
                OutputFull => {
                    let n = row.bytes.len() * 2;
                    row.bytes.resize(n, 0);
                }
                OutputEndsFull => {
                    let n = row.ends.len() * 2;
                    row.ends.resize(n, 0);
                }
                Record => {
                    row.bytes.truncate(outlen);
                    row.ends.truncate(endlen);
                    self.at_line_start = last == Some(b'\n');
                    return Ok(true);
                }
                End => {
                    self.done = true;
                    row.bytes.clear();
                    row.ends.clear();
                    return Ok(false);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Everything a reader says about an input: each record's cells and
    /// line, the position after it, and where an error stopped it.
    fn ours(text: &[u8], capacity: usize) -> Vec<String> {
        let mut rows = Rows::new(text, capacity);
        let mut row = RawRow::default();
        let mut out = Vec::new();
        loop {
            match rows.read(&mut row) {
                Ok(true) => {
                    let mut start = 0;
                    let cells: Vec<&[u8]> = row
                        .ends
                        .iter()
                        .map(|&e| {
                            let c = &row.bytes[start..e];
                            start = e;
                            c
                        })
                        .collect();
                    out.push(format!(
                        "{cells:?} line {} then {:?}",
                        row.line,
                        rows.position()
                    ));
                }
                Ok(false) => break,
                Err(e) => {
                    out.push(format!("error {e}"));
                    break;
                }
            }
        }
        out
    }

    fn theirs(text: &[u8], capacity: usize) -> Vec<String> {
        theirs_with(text, capacity, b',')
    }

    fn theirs_with(text: &[u8], capacity: usize, delimiter: u8) -> Vec<String> {
        let mut rdr = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .buffer_capacity(capacity)
            .from_reader(text);
        let mut rec = csv::ByteRecord::new();
        let mut out = Vec::new();
        loop {
            match rdr.read_byte_record(&mut rec) {
                Ok(true) => {
                    let cells: Vec<&[u8]> = rec.iter().collect();
                    let line = rec.position().map_or(0, |p| p.line());
                    let at = rdr.position();
                    out.push(format!(
                        "{cells:?} line {line} then {:?}",
                        (at.byte(), at.line())
                    ));
                }
                Ok(false) => break,
                Err(e) => {
                    out.push(format!("error {e}"));
                    break;
                }
            }
        }
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn reads_as_the_csv_crate(
            text in "(\u{feff})?(a|bc|,|\"|\n|\r|\r\n| |2025-06-20 10:00){0,40}",
            capacity in 1usize..40,
        ) {
            prop_assert_eq!(ours(text.as_bytes(), capacity), theirs(text.as_bytes(), capacity));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]
        /// A first line with `;` (or a tab) and no comma: the file is read
        /// as the `csv` crate reads it with that delimiter.
        #[test]
        fn reads_a_semicolon_or_tab_file_as_the_csv_crate(
            header in "(\u{feff})?id(;|\t)[a-z]{1,5}(;[a-z]{0,5}){0,3}\n",
            body in "(a|bc|;|\t|,|\"|\n|\r\n| |2025-06-20 10:00){0,40}",
            capacity in 64usize..100,
        ) {
            let text = format!("{header}{body}");
            let delimiter = if header.contains(';') { b';' } else { b'\t' };
            prop_assert_eq!(
                ours(text.as_bytes(), capacity),
                theirs_with(text.as_bytes(), capacity, delimiter)
            );
        }
    }

    #[test]
    fn the_delimiter_is_read_off_the_first_line() {
        for (text, want) in [
            (
                &b"id;re\xc3\xa7ue;canal\n1;2025-06-20 10:00;courriel\n"[..],
                b';',
            ),
            (b"id\treceived\n1\t2025-06-20 10:00\n", b'\t'),
            (b"id,note\n1,a;b\n", b','),
            // A comma in a quoted header cell is not a separator.
            (b"\"id, the case\";received\n", b';'),
            (b"id;note,with comma\n", b','),
            (b"id\n1\n", b','),
        ] {
            let mut rows = Rows::new(text, 1 << 16);
            rows.read(&mut RawRow::default()).unwrap();
            assert_eq!(rows.delimiter(), want, "{}", String::from_utf8_lossy(text));
        }
    }

    #[test]
    fn reads_a_big_file_as_the_csv_crate() {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("pkg-examples/data/cases.csv");
        let text = std::fs::read(path).unwrap();
        for capacity in [7, 1000, 1 << 16] {
            assert_eq!(ours(&text, capacity), theirs(&text, capacity));
        }
    }
}

#[cfg(test)]
mod fast_path {
    use super::*;

    /// Plain lines after the first are split by hand.
    #[test]
    fn plain_lines_take_the_fast_path() {
        let mut rows = Rows::new(&b"id,x\n1,a\n2,b\n"[..], 1 << 16);
        let mut row = RawRow::default();
        assert!(rows.read(&mut row).unwrap());
        assert!(rows.at_line_start, "after the header");
        row.bytes.clear();
        row.ends.clear();
        assert!(rows.split_line(&mut row));
        assert_eq!(
            (row.bytes.as_slice(), row.ends.as_slice()),
            (&b"1a"[..], &[1, 2][..])
        );
    }
}
