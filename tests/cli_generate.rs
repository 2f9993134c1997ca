//! Generated artefacts of the command line: shell completions, the man page and the schema.

use assert_cmd::Command;

fn corpus_report() -> Command {
    Command::cargo_bin("corpus-report").unwrap()
}

#[test]
fn completions_name_the_subcommands() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let output = corpus_report()
            .args(["completions", shell])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(0), "{shell}");
        let script = String::from_utf8(output.stdout).unwrap();
        assert!(script.contains("corpus-report"), "{shell}");
        assert!(script.contains("baseline"), "{shell}: {script}");
    }
    corpus_report()
        .args(["completions", "tcsh"])
        .assert()
        .code(2);
}

#[test]
fn man_page_is_roff_with_every_subcommand() {
    let output = corpus_report().arg("man").output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let page = String::from_utf8(output.stdout).unwrap();
    assert!(page.starts_with(".ie \\n(.g .ds Aq"), "{}", &page[..80]);
    assert!(page.contains(".TH corpus-report 1"));
    for command in ["check", "eval", "schema", "completions"] {
        assert!(page.contains(command), "{command}");
    }
}

#[test]
fn schema_command_prints_the_schema() {
    let output = corpus_report().arg("schema").output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let schema: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(schema["title"], "Report");
}

#[test]
fn the_default_command_still_takes_paths() {
    corpus_report()
        .args(["--format", "json", "--quiet", "seeds"])
        .assert()
        .code(0)
        .stdout(predicates::str::contains("\"schema_version\": 1"));
    corpus_report().assert().code(2);
}
