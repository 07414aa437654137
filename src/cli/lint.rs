//! `delai lint FILES… [--format text|json|sarif]`

use super::{input, Outcome};
use delai::diagnostic::{current, msg};
use delai::model::{count, Lang};

#[derive(clap::Args, Debug)]
pub struct Args {
    #[arg(required = true)]
    files: Vec<String>,
    #[arg(long, default_value = "text", value_parser = ["text", "json", "sarif"])]
    format: String,
}

pub fn run(args: Args) -> Outcome {
    let (mut errors, mut warnings) = (0, 0);
    let text_out = args.format == "text";
    let mut all = Vec::new();
    for path in &args.files {
        let diagnostics = match input::read_text(path) {
            Ok(text) => delai::diagnose_using(path, &text, &input::read_used),
            Err(d) => d,
        };
        if text_out {
            input::report(&diagnostics);
        }
        errors += diagnostics.error_count();
        warnings += diagnostics.warning_count();
        all.push(diagnostics);
    }
    match args.format.as_str() {
        "json" => outln!("{:#}", super::ci::lint_json(&all)),
        "sarif" => outln!("{:#}", super::ci::lint_sarif(&all)),
        _ => {}
    }
    if !super::quiet() {
        // In the language of the last file's diagnostics.
        let fr = current() == Lang::Fr;
        let n = |n: usize, en, fr_forms| {
            let forms = if fr { fr_forms } else { en };
            count(n as f64, 0, forms, fr)
        };
        let files = n(
            args.files.len(),
            ("file", "files"),
            ("fichier vérifié", "fichiers vérifiés"),
        );
        let errors = n(errors, ("error", "errors"), ("erreur", "erreurs"));
        let warnings = n(
            warnings,
            ("warning", "warnings"),
            ("avertissement", "avertissements"),
        );
        eprintln!("{}", msg::LINT_SUMMARY.text([&files, &errors, &warnings]));
    }
    if errors > 0 {
        Outcome::Unusable
    } else {
        Outcome::Success
    }
}
