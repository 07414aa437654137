//! Messages of the engine and its doors (`src/api`, `src/clock`, `src/calendar`, `src/cli`, `src/wasm`): a request or a computation that cannot be answered.

use super::messages;

messages! {
    list ENGINE;
}
