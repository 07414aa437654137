//! Messages of the case readers (`src/cases`): a JSON or CSV case file that cannot be read as cases.

use super::messages;

messages! {
    list CASES;
}
