//! Messages of the checker (`src/check`): a rules file that parses but says something wrong or useless.

use super::messages;

messages! {
    list RULES;
}
