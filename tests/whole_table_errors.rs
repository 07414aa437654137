//! The case reader says which errors are the whole table's (a door
//! handed a table raises them) and which are one row's (an error record
//! among the others): `CaseError::whole_table`.

use delai::cases::{read_case_batches, read_cases, CaseRecord, Format};

const EVENTS: [&str; 1] = ["received"];

fn whole_table(records: &[CaseRecord]) -> Vec<Option<bool>> {
    records
        .iter()
        .map(|r| r.case.as_ref().err().map(|e| e.whole_table))
        .collect()
}

fn csv(text: &str) -> Vec<CaseRecord> {
    read_cases(text.as_bytes(), Format::Csv, EVENTS).collect()
}

#[test]
fn a_header_without_an_id_column_is_the_tables_error_on_every_row() {
    let records = csv("case,received\n1,2025-06-02 10:00\n2,2025-06-03 10:00\n");
    assert_eq!(whole_table(&records), [Some(true), Some(true)]);
}

#[test]
fn a_rows_own_errors_are_the_rows() {
    let records = csv("id,received\n1,2025-06-02 10:00\n,2025-06-03 10:00\n3,not a time\n");
    assert_eq!(whole_table(&records), [None, Some(false), Some(false)]);
}

#[test]
fn an_input_that_is_not_text_is_the_tables_error() {
    let zip = b"PK\x03\x04\x14\x00\x00\x00\x08\x00";
    let records: Vec<CaseRecord> = read_cases(&zip[..], Format::Csv, EVENTS).collect();
    assert_eq!(whole_table(&records), [Some(true)]);
}

#[cfg(feature = "columnar")]
#[test]
fn an_arrow_table_that_cannot_be_opened_is_the_tables_error() {
    let records: Vec<CaseRecord> = read_case_batches(&b"not arrow"[..], Format::Arrow, EVENTS, 10)
        .flat_map(|b| b.into_records())
        .collect();
    assert_eq!(whole_table(&records), [Some(true)]);
}
