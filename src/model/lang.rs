//! The two languages delai speaks: of keywords, labels, sentences.

use serde::{Deserialize, Serialize};

/// English or French: the language of a rules file's keywords (the
/// formatter keeps it), of a label (`title fr "…"`), and of what a person
/// reads (`explain`, the citizen's sentence).
///
/// ```
/// use delai::model::Lang;
/// assert_eq!(Lang::from_tag("fr"), Some(Lang::Fr));
/// assert_eq!(Lang::Fr.tag(), "fr");
/// assert_eq!(Lang::from_tag("de"), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// French.
    Fr,
}

impl Lang {
    /// Both, in the order texts list them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The language's tag (`en`, `fr`): a code, never translated.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// The other language: the one a file's words are looked up in after
    /// its own.
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Fr,
            Lang::Fr => Lang::En,
        }
    }

    /// The language of a tag; `None` for any other text.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.tag() == tag)
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}
