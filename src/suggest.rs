//! "Did you mean": the distance between two spellings, shared by the
//! parser (misspelt keywords), the checker (misspelt names) and the case
//! readers (columns and events that match none of the rules' names).

/// The candidate closest to `word`, if it is close enough to be what was
/// meant: at most a third of the word's letters differ (at least one, and
/// two for words of four letters or more).
pub fn closest<'a, I>(word: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let folded = fold(word);
    let len = folded.chars().count();
    let limit = (len / 3).max(if len >= 4 { 2 } else { 1 });
    let mut best: Option<(usize, &'a str)> = None;
    for candidate in candidates {
        let d = distance(&folded, &fold(candidate));
        if d <= limit && best.is_none_or(|(b, _)| d < b) {
            best = Some((d, candidate));
        }
    }
    best.map(|(_, c)| c)
}

/// Lowercase, accents removed, `_` and spaces read as `-`: the form in
/// which two spellings of a name are compared.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().map(lower) {
        match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => out.push('a'),
            'ç' => out.push('c'),
            'é' | 'è' | 'ê' | 'ë' => out.push('e'),
            'í' | 'ì' | 'î' | 'ï' => out.push('i'),
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => out.push('o'),
            'ú' | 'ù' | 'û' | 'ü' => out.push('u'),
            'ÿ' => out.push('y'),
            'ñ' => out.push('n'),
            'œ' => out.push_str("oe"),
            'æ' => out.push_str("ae"),
            '’' => out.push('\''),
            '_' | ' ' => out.push('-'),
            c => out.push(c),
        }
    }
    out
}

/// Lower case for the letters English and French are written with (ASCII,
/// Latin-1, Latin Extended-A); any other character is left as written.
/// Keywords and names are compared in this form. `char::to_lowercase`
/// would also fold Greek or Cyrillic, but brings the whole Unicode case
/// tables (≈ 12 KB) into the WebAssembly build for words the language
/// never has.
pub fn lower(c: char) -> char {
    let n = u32::from(c);
    let shift = match c {
        'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' => 32,
        // Latin Extended-A: capital and small alternate, capital first…
        '\u{100}'..='\u{137}' | '\u{14A}'..='\u{177}' if n % 2 == 0 => 1,
        // …except in these two runs, where the capital is odd.
        '\u{139}'..='\u{148}' | '\u{179}'..='\u{17E}' if n % 2 == 1 => 1,
        'Ÿ' => return 'ÿ',
        _ => 0,
    };
    char::from_u32(n + shift).unwrap_or(c)
}

/// Optimal string alignment distance (Levenshtein plus adjacent
/// transpositions), over characters.
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Quadratic: a name this long (or this different in length) is never
    // a near miss of a known one, and junk input must stay cheap.
    if a.len().max(b.len()) > 128 {
        return a.len().abs_diff(b.len()).max(usize::from(a != b) * 128);
    }
    let width = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * width];
    for i in 0..=a.len() {
        d[i * width] = i;
    }
    for (j, cell) in d.iter_mut().enumerate().take(width) {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[(i - 1) * width + j] + 1)
                .min(d[i * width + j - 1] + 1)
                .min(d[(i - 1) * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[(i - 2) * width + j - 2] + 1);
            }
            d[i * width + j] = best;
        }
    }
    d[a.len() * width + b.len()]
}

#[cfg(test)]
mod tests {
    use super::lower;

    #[test]
    fn lower_agrees_with_unicode_on_latin_letters() {
        // Every character up to the end of Latin Extended-A whose Unicode
        // lower case is one character, other than dotted capital I.
        for c in ('\0'..='\u{17F}').filter(|&c| c != 'İ') {
            let mut unicode = c.to_lowercase();
            let expected = unicode.next().unwrap();
            assert_eq!(unicode.next(), None, "{c:?}");
            assert_eq!(lower(c), expected, "{c:?} (U+{:04X})", u32::from(c));
        }
        assert_eq!(lower('Ÿ'), 'ÿ');
        assert_eq!(lower('Ж'), 'Ж', "other scripts are left as written");
    }
}
