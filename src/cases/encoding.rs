//! Case files in other encodings than UTF-8, decoded to UTF-8 before the
//! readers see them (native builds: the WebAssembly door receives
//! JavaScript strings, which are text already).
//!
//! What offices export: Excel's "CSV" on a French Windows is Windows-1252,
//! its "Unicode text" is UTF-16 with a byte order mark, and PostgreSQL or
//! SQL Server write what the session's client encoding says. The readers
//! take UTF-8; [`decoded`] puts [`encoding_rs`] (the WHATWG Encoding
//! Standard, the encodings and labels browsers use) in front of them.
//!
//! Nothing is misread silently: a byte sequence that is not valid in the
//! encoding is a read error naming its byte offset (the readers turn it
//! into an error record naming the line), never a U+FFFD replacement
//! character. Without an explicit encoding, a UTF-16 byte order mark
//! selects UTF-16 and anything else is read as UTF-8, as before: bytes
//! that are not UTF-8 then come out as errors that name the probable
//! encoding and this option.

use crate::diagnostic::msg;
use encoding_rs::{Decoder, DecoderResult, Encoding, UTF_16BE, UTF_16LE, UTF_8};
use std::io::{self, BufRead, Read};

/// The encoding of a case file, by one of the WHATWG labels
/// (`windows-1252`, `latin1`, `iso-8859-1`, `utf-16le`, `utf-8`, …;
/// case-insensitive). `iso-8859-1` and `latin1` name Windows-1252, as in
/// browsers: it is the superset that Windows programs write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextEncoding(&'static Encoding);

impl TextEncoding {
    /// The encoding a label names, or a message listing common labels.
    pub fn for_label(label: &str) -> Result<TextEncoding, String> {
        Encoding::for_label(label.trim().as_bytes())
            .map(TextEncoding)
            .ok_or_else(|| msg::UNKNOWN_ENCODING.text([&label]))
    }

    /// The encoding's canonical name (`windows-1252`, `UTF-16LE`).
    pub fn name(self) -> &'static str {
        self.0.name()
    }
}

/// `reader` as UTF-8: decoded from `encoding` when one is given (a byte
/// order mark at the start overrides it, as in browsers), else from UTF-16
/// when the input starts with a UTF-16 byte order mark, else as it is.
pub fn decoded<'a, R: BufRead + Send + 'a>(
    mut reader: R,
    encoding: Option<TextEncoding>,
) -> io::Result<Box<dyn BufRead + Send + 'a>> {
    let encoding = match encoding {
        Some(TextEncoding(e)) if e != UTF_8 => Some(e),
        Some(_) => None,
        None => {
            let head = reader.fill_buf()?;
            if head.starts_with(b"\xff\xfe") && !head.starts_with(b"\xff\xfe\x00\x00") {
                Some(UTF_16LE)
            } else if head.starts_with(b"\xfe\xff") {
                Some(UTF_16BE)
            } else {
                None
            }
        }
    };
    Ok(match encoding {
        None => Box::new(reader),
        Some(e) => Box::new(Transcoder::new(reader, e)),
    })
}

/// `reader` as the library's readers take it under `options`: kept as it
/// is when an encoding is given (the readers decode it), else
/// [`decoded`] with no encoding, so that a UTF-16 byte order mark still
/// selects UTF-16. How `delai check` and the HTTP door's batches read an
/// input whose name says nothing.
pub fn undeclared_utf16<'a, R: BufRead + Send + 'a>(
    reader: R,
    options: &super::ReadOptions,
) -> io::Result<Box<dyn BufRead + Send + 'a>> {
    match options.encoding {
        Some(_) => Ok(Box::new(reader)),
        None => decoded(reader, None),
    }
}

/// `reader` decoded from `encoding` when one is given other than UTF-8 (a
/// byte order mark at the start overrides it), else as it is: what the
/// readers do with [`super::ReadOptions::encoding`]. Unlike [`decoded`],
/// no byte order mark is looked for without an encoding.
pub(crate) fn decoding<R: BufRead>(reader: R, encoding: Option<TextEncoding>) -> Decoded<R> {
    match encoding {
        Some(TextEncoding(e)) if e != UTF_8 => Decoded::Other(Transcoder::new(reader, e)),
        _ => Decoded::Utf8(reader),
    }
}

/// A reader of UTF-8: the input itself, or the input decoded.
pub(crate) enum Decoded<R> {
    Utf8(R),
    Other(Transcoder<R>),
}

impl<R: BufRead> Read for Decoded<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Decoded::Utf8(r) => r.read(buf),
            Decoded::Other(t) => t.read(buf),
        }
    }
}

impl<R: BufRead> BufRead for Decoded<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        match self {
            Decoded::Utf8(r) => r.fill_buf(),
            Decoded::Other(t) => t.fill_buf(),
        }
    }
    fn consume(&mut self, n: usize) {
        match self {
            Decoded::Utf8(r) => r.consume(n),
            Decoded::Other(t) => t.consume(n),
        }
    }
}

/// A `BufRead` of UTF-8 from a `BufRead` of text in another encoding:
/// decodes a buffer at a time.
pub(crate) struct Transcoder<R> {
    inner: R,
    decoder: Decoder,
    /// Decoded text; `start..end` not yet handed out.
    out: Vec<u8>,
    start: usize,
    end: usize,
    /// Bytes of the input decoded so far, for the offset of a bad sequence.
    consumed: u64,
    done: bool,
    /// A bad sequence met after some text was decoded: reported when that
    /// text has been read.
    failed: Option<io::Error>,
}

impl<R: BufRead> Transcoder<R> {
    /// `inner` decoded from `encoding`. A byte order mark is removed and,
    /// if it names another encoding than the one given, wins (the WHATWG
    /// decode).
    fn new(inner: R, encoding: &'static Encoding) -> Self {
        Transcoder {
            inner,
            decoder: encoding.new_decoder(),
            out: vec![0; 1 << 16],
            start: 0,
            end: 0,
            consumed: 0,
            done: false,
            failed: None,
        }
    }

    /// Decodes more input into the emptied buffer; `Ok` with nothing
    /// decoded only at the end.
    fn decode_more(&mut self) -> io::Result<()> {
        if let Some(e) = self.failed.take() {
            return Err(e);
        }
        self.start = 0;
        self.end = 0;
        while self.end == 0 && !self.done {
            let input = self.inner.fill_buf()?;
            let last = input.is_empty();
            let (result, read, written) =
                self.decoder
                    .decode_to_utf8_without_replacement(input, &mut self.out, last);
            self.inner.consume(read);
            self.consumed += read as u64;
            self.end = written;
            match result {
                DecoderResult::Malformed(bad, after) => {
                    let at = self.consumed - u64::from(after) - u64::from(bad);
                    let e = io::Error::new(
                        io::ErrorKind::InvalidData,
                        format!(
                            "byte {at} of the file is not valid {} text",
                            self.decoder.encoding().name()
                        ),
                    );
                    // The text decoded before the bad bytes is handed out
                    // first: its rows are read, the error comes after them.
                    if self.end == 0 {
                        return Err(e);
                    }
                    self.failed = Some(e);
                }
                DecoderResult::InputEmpty if last => self.done = true,
                DecoderResult::InputEmpty | DecoderResult::OutputFull => {}
            }
        }
        Ok(())
    }
}

impl<R: BufRead> BufRead for Transcoder<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.start == self.end {
            self.decode_more()?;
        }
        Ok(&self.out[self.start..self.end])
    }

    fn consume(&mut self, n: usize) {
        self.start = (self.start + n).min(self.end);
    }
}

impl<R: BufRead> Read for Transcoder<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(buf.len());
        buf[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(bytes: &[u8], label: Option<&str>) -> io::Result<String> {
        let encoding = label.map(|l| TextEncoding::for_label(l).unwrap());
        let mut out = String::new();
        decoded(bytes, encoding)?.read_to_string(&mut out)?;
        Ok(out)
    }

    fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
        let mut bytes = if big_endian {
            vec![0xfe, 0xff]
        } else {
            vec![0xff, 0xfe]
        };
        for unit in text.encode_utf16() {
            let pair = if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            };
            bytes.extend_from_slice(&pair);
        }
        bytes
    }

    #[test]
    fn windows_1252_as_excel_writes_it() {
        // "reçue;échéance" in Windows-1252: ç = E7, é = E9.
        let bytes = b"id;re\xe7ue\n1;\xe9t\xe9\n";
        assert_eq!(
            read_all(bytes, Some("windows-1252")).unwrap(),
            "id;reçue\n1;été\n"
        );
        // Latin-1's labels name Windows-1252, as in browsers (0x92 is ’).
        assert_eq!(read_all(b"l\x92avis", Some("latin1")).unwrap(), "l’avis");
        assert_eq!(
            read_all(b"l\x92avis", Some("ISO-8859-1")).unwrap(),
            "l’avis"
        );
    }

    #[test]
    fn utf16_with_a_byte_order_mark_needs_no_option() {
        let text = "id,reçue\n1,2025-06-20 10:00\n";
        assert_eq!(read_all(&utf16(text, false), None).unwrap(), text);
        assert_eq!(read_all(&utf16(text, true), None).unwrap(), text);
        // The mark wins over a wrong label, as in browsers.
        assert_eq!(
            read_all(&utf16(text, false), Some("windows-1252")).unwrap(),
            text
        );
    }

    #[test]
    fn utf8_passes_through_untouched() {
        // Invalid UTF-8 is left for the readers, which name the line.
        let bytes = b"id\n\xe9\n";
        let mut out = Vec::new();
        decoded(&bytes[..], None)
            .unwrap()
            .read_to_end(&mut out)
            .unwrap();
        assert_eq!(out, bytes);
        let mut out = Vec::new();
        let utf8 = Some(TextEncoding::for_label("utf-8").unwrap());
        decoded(&bytes[..], utf8)
            .unwrap()
            .read_to_end(&mut out)
            .unwrap();
        assert_eq!(out, bytes);
    }

    #[test]
    fn a_malformed_sequence_is_an_error_naming_its_offset() {
        // A lone low surrogate (DC00) at bytes 4-5 of UTF-16LE.
        let bytes = b"\xff\xfea\x00\x00\xdcb\x00";
        let e = read_all(bytes, None).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::InvalidData);
        assert!(e.to_string().contains("byte 4 "), "{e}");
        assert!(e.to_string().contains("UTF-16LE"), "{e}");
    }

    #[test]
    fn the_text_before_a_bad_sequence_is_read_first() {
        // "ab" then a lone high surrogate then "c" (UTF-16LE, no mark).
        let bytes = b"a\x00b\x00\x00\xd8c\x00";
        let enc = Some(TextEncoding::for_label("utf-16le").unwrap());
        let mut r = decoded(&bytes[..], enc).unwrap();
        assert_eq!(r.fill_buf().unwrap(), b"ab");
        r.consume(2);
        let e = r.fill_buf().unwrap_err();
        assert!(e.to_string().contains("byte 4 "), "{e}");
    }

    #[test]
    fn long_inputs_and_tiny_reads_decode_the_same() {
        let text: String = (0..20_000).map(|i| format!("{i};été\n")).collect();
        let bytes: Vec<u8> = text
            .chars()
            .map(|c| if c == 'é' { 0xe9 } else { c as u8 })
            .collect();
        assert_eq!(read_all(&bytes, Some("windows-1252")).unwrap(), text);
        let enc = Some(TextEncoding::for_label("cp1252").unwrap());
        let mut r = decoded(&bytes[..], enc).unwrap();
        let (mut out, mut byte) = (Vec::new(), [0u8; 1]);
        while r.read(&mut byte).unwrap() == 1 {
            out.push(byte[0]);
        }
        assert_eq!(String::from_utf8(out).unwrap(), text);
    }

    #[test]
    fn unknown_labels_are_refused_with_examples() {
        let e = TextEncoding::for_label("latin-9000").unwrap_err();
        assert!(e.contains("windows-1252"), "{e}");
        assert_eq!(
            TextEncoding::for_label(" UTF-16LE ").unwrap().name(),
            "UTF-16LE"
        );
    }
}
