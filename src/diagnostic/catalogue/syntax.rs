//! Messages of the parser (`src/syntax`): the rules file does not follow the grammar, or is too large.

use super::messages;

messages! {
    list SYNTAX;
}
