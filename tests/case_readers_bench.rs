//! Read rate of the case readers on 1M generated rows. Ignored by default:
//! `cargo test --release --test case_readers_bench -- --ignored --nocapture`.

use delai::cases::{read_cases, Format};
use std::fmt::Write;
use std::time::Instant;

const EVENTS: [&str; 4] = ["received", "answered", "info-requested", "info-received"];

fn csv_rows(n: usize) -> String {
    let mut s = String::with_capacity(n * 90);
    s.push_str("id,channel,type,priority,received,answered,info-requested,info-received\n");
    for i in 0..n {
        let day = 1 + i % 28;
        let _ = write!(
            s,
            "2025-{i:07},{},information,{},2025-06-{day:02} 10:{:02},",
            ["mail", "email", "web", "phone"][i % 4],
            i % 3,
            i % 60
        );
        if i % 5 != 0 {
            let _ = write!(s, "2025-07-{day:02}T15:00:00-04:00");
        }
        s.push_str(",,\n");
    }
    s
}

fn jsonl_rows(n: usize) -> String {
    let mut s = String::with_capacity(n * 170);
    for i in 0..n {
        let day = 1 + i % 28;
        let _ = writeln!(
            s,
            "{{\"id\":\"2025-{i:07}\",\"attributes\":{{\"channel\":\"mail\",\"priority\":{}}},\"events\":{{\"received\":\"2025-06-{day:02} 10:00\",\"answered\":\"2025-07-{day:02}T15:00:00-04:00\"}}}}",
            i % 3
        );
    }
    s
}

fn rate(label: &str, text: &str, format: Format) {
    let t = Instant::now();
    let mut ok = 0usize;
    let mut events = 0usize;
    for r in read_cases(text.as_bytes(), format, EVENTS) {
        if let Ok(c) = r.case {
            ok += 1;
            events += c.events.len();
        }
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "{label}: {ok} cases ({events} events, {:.0} MB) in {secs:.3} s = {:.2} M cases/s",
        text.len() as f64 / 1e6,
        ok as f64 / secs / 1e6
    );
}

#[test]
#[ignore]
fn read_rate_1m() {
    let n = 1_000_000;
    let only = std::env::var("DELAI_BENCH").unwrap_or_default();
    if only != "jsonl" {
        rate("csv", &csv_rows(n), Format::Csv);
    }
    if only != "csv" {
        rate("jsonl", &jsonl_rows(n), Format::JsonLines);
    }
}
