//! The `percorso` binary as a user runs it: exit codes, output lines, files left alone.

#![allow(clippy::unwrap_used)] // Test setup fails loudly by design.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// `percorso ARGS` in `dir`, in English whatever the machine's locale.
fn percorso(args: &[&str], dir: &Path) -> Output {
    percorso_with(args, dir, &[("PERCORSO_LANG", "en")])
}

/// `percorso ARGS` in `dir` with these environment variables (and no language of the test
/// machine's own: `LANG`, `LC_ALL`, `LC_MESSAGES` and `PERCORSO_LANG` are cleared first).
fn percorso_with(args: &[&str], dir: &Path, env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_percorso"));
    for variable in ["LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE", "PERCORSO_LANG"] {
        command.env_remove(variable);
    }
    command
        .args(args)
        .envs(env.iter().copied())
        .current_dir(dir)
        .output()
        .unwrap()
}

fn lines(bytes: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(bytes)
        .lines()
        .map(str::to_owned)
        .collect()
}

/// A temporary folder holding a copy of the guitar sample as `guitar.ron`.
fn guitar_in_a_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(
        repo().join("maps/guitar.ron"),
        dir.path().join("guitar.ron"),
    )
    .unwrap();
    dir
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn check_reports_each_valid_sample() {
    let out = percorso(
        &["check", "maps/guitar.ron", "maps/omnicanale.ron"],
        &repo(),
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        lines(&out.stdout),
        [
            "maps/guitar.ron: ok (5 stages, 1 persona, 7 lanes, 43 cards, 5 emotion points; funnel by \"Shoppers\" (format version 2))",
            "maps/omnicanale.ron: ok (4 stages, 2 personas, 9 lanes, 37 cards, 8 emotion points)",
        ]
    );
    assert!(out.stderr.is_empty());
}

#[test]
fn check_reports_every_problem_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("ok.ron"), "(version: 1, title: \"\")").unwrap();
    fs::write(
        dir.path().join("bad.ron"),
        "(version: 1, title: \"\", stages: [(id: \"a b\", name: \"A\", color: \"red\")])",
    )
    .unwrap();
    let out = percorso(&["check", "ok.ron", "bad.ron", "missing.ron"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        lines(&out.stdout),
        ["ok.ron: ok (0 stages, 0 personas, 0 lanes, 0 cards, 0 emotion points)"]
    );
    let errors = lines(&out.stderr);
    assert_eq!(errors.len(), 3, "{errors:?}");
    assert_eq!(
        errors[0],
        "bad.ron:1:39: error: stage id \"a b\" is invalid: an id is 1 to 64 characters from A-Z a-z 0-9 _ -"
    );
    assert_eq!(
        errors[1],
        "bad.ron:1:64: error: invalid colour \"red\" on stage \"a b\": use \"#RRGGBB\" or \"#RRGGBBAA\""
    );
    assert!(
        errors[2].starts_with("missing.ron: error: cannot read the file: "),
        "{}",
        errors[2]
    );
}

#[test]
fn usage_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(percorso(&["check"], dir.path()).status.code(), Some(2));
    assert_eq!(
        percorso(&["fmt", "--bogus", "x.ron"], dir.path())
            .status
            .code(),
        Some(2)
    );
    assert_eq!(percorso(&["new"], dir.path()).status.code(), Some(2));
    let out = percorso(&["new", "--template", "nope", "x.ron"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("guitar"),
        "the error lists the templates"
    );
    assert!(!dir.path().join("x.ron").exists());
}

#[test]
fn help_documents_the_commands() {
    let out = percorso(&["--help"], &repo());
    assert_eq!(out.status.code(), Some(0));
    let help = String::from_utf8_lossy(&out.stdout);
    for word in [
        "check",
        "fmt",
        "new",
        "export",
        "[FILE]",
        "--recover",
        "Exit status",
    ] {
        assert!(help.contains(word), "--help lacks {word}:\n{help}");
    }
}

#[test]
fn each_command_s_help_documents_its_options_and_help_says_the_same() {
    let expected: [(&str, &[&str]); 5] = [
        ("report", &["<FILE>", "--out", "Markdown"]),
        ("check", &["<FILE>...", "ok"]),
        ("fmt", &["--check", "<FILE>..."]),
        (
            "new",
            &[
                "--template",
                "--force",
                "--list",
                "blank",
                "guitar",
                "ecommerce",
                "omnicanale",
            ],
        ),
        (
            "export",
            &[
                "--out",
                "--scale",
                "--persona",
                "--background",
                "white",
                "transparent",
                "dark",
            ],
        ),
    ];
    for (command, words) in expected {
        let out = percorso(&[command, "--help"], &repo());
        assert_eq!(out.status.code(), Some(0), "{command} --help");
        let help = String::from_utf8_lossy(&out.stdout).into_owned();
        for word in words {
            assert!(
                help.contains(word),
                "{command} --help lacks {word}:\n{help}"
            );
        }
        let again = percorso(&["help", command], &repo());
        assert_eq!(
            String::from_utf8_lossy(&again.stdout),
            help,
            "percorso help {command} says what {command} --help says"
        );
    }
}

#[test]
fn fmt_rewrites_to_canonical_form_and_check_lists_without_changing() {
    let dir = tempfile::tempdir().unwrap();
    let canonical = fs::read_to_string(repo().join("maps/guitar.ron")).unwrap();
    let messy = canonical
        .replace("    ", "\t")
        .replace("#![enable(implicit_some)]\n", "// hand-edited\n");
    fs::write(dir.path().join("messy.ron"), &messy).unwrap();
    fs::write(dir.path().join("clean.ron"), &canonical).unwrap();

    let out = percorso(&["fmt", "--check", "messy.ron", "clean.ron"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(lines(&out.stdout), ["messy.ron"]);
    assert_eq!(
        fs::read_to_string(dir.path().join("messy.ron")).unwrap(),
        messy
    );

    let out = percorso(&["fmt", "messy.ron", "clean.ron"], dir.path());
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(lines(&out.stdout), ["messy.ron: formatted"]);
    assert_eq!(
        fs::read_to_string(dir.path().join("messy.ron")).unwrap(),
        canonical
    );

    let out = percorso(&["fmt", "--check", "messy.ron", "clean.ron"], dir.path());
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
}

#[test]
fn fmt_leaves_invalid_files_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let broken = "(version: 1,\n title: \"x\",\n stages: [(id: \"s\", name: \"S\")],\n personas: [(id: \"s\", name: \"Dup\")])\n";
    fs::write(dir.path().join("broken.ron"), broken).unwrap();
    let out = percorso(&["fmt", "broken.ron"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        lines(&out.stderr),
        [
            "broken.ron:4:18: error: duplicate id \"s\" on a persona: already used by a stage; ids are unique across stages, personas, lanes and cards"
        ]
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("broken.ron")).unwrap(),
        broken
    );
    let out = percorso(&["fmt", "--check", "broken.ron"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        out.stdout.is_empty(),
        "an invalid file is reported, not listed as unformatted"
    );
}

#[test]
fn new_writes_a_template_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let out = percorso(&["new", "map.ron"], dir.path());
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let blank = fs::read_to_string(repo().join("assets/templates/blank.ron")).unwrap();
    assert_eq!(
        fs::read_to_string(dir.path().join("map.ron")).unwrap(),
        blank
    );

    let out = percorso(&["new", "--template", "guitar", "map.ron"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        lines(&out.stderr),
        ["map.ron: error: the file exists; use --force to overwrite it"]
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("map.ron")).unwrap(),
        blank
    );

    let out = percorso(
        &["new", "--force", "--template", "guitar", "map.ron"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0));
    let guitar = fs::read_to_string(repo().join("maps/guitar.ron")).unwrap();
    assert_eq!(
        fs::read_to_string(dir.path().join("map.ron")).unwrap(),
        guitar
    );
    assert_eq!(
        percorso(&["check", "map.ron"], dir.path()).status.code(),
        Some(0)
    );
}

#[test]
fn new_lists_the_templates() {
    let out = percorso(&["new", "--list"], &repo());
    assert_eq!(out.status.code(), Some(0));
    let listed = lines(&out.stdout);
    let names: Vec<&str> = listed
        .iter()
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(names, ["blank", "guitar", "ecommerce", "omnichannel"]);
    assert!(
        listed.iter().all(|l| l.split_whitespace().count() > 3),
        "each has a description"
    );
}

#[test]
fn samples_pass_fmt_check() {
    let out = percorso(
        &[
            "fmt",
            "--check",
            "maps/guitar.ron",
            "maps/ecommerce.ron",
            "maps/omnicanale.ron",
        ],
        &repo(),
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn export_writes_a_png_that_check_reads_as_the_map() {
    let dir = guitar_in_a_folder();
    let out = percorso(&["export", "guitar.ron", "--scale", "1"], dir.path());
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = lines(&out.stdout);
    assert_eq!(said.len(), 1);
    assert!(said[0].starts_with("guitar.png: exported ("), "{}", said[0]);
    let check = percorso(&["check", "guitar.png"], dir.path());
    assert_eq!(
        lines(&check.stdout),
        [
            "guitar.png: ok (5 stages, 1 persona, 7 lanes, 43 cards, 5 emotion points; funnel by \"Shoppers\" (format version 2))"
        ]
    );

    let again = percorso(
        &[
            "export",
            "guitar.png",
            "-o",
            "copy.png",
            "--background",
            "dark",
            "--persona",
            "giulia",
        ],
        dir.path(),
    );
    assert_eq!(
        again.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    assert!(
        dir.path().join("copy.png").exists(),
        "a Percorso PNG exports again"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |name: &str| {
            fs::metadata(dir.path().join(name))
                .unwrap()
                .permissions()
                .mode()
                & 0o777
        };
        fs::File::create(dir.path().join("probe")).unwrap();
        assert_eq!(
            mode("guitar.png"),
            mode("probe"),
            "a new image gets what the umask gives any program's new file"
        );
    }
}

#[test]
fn export_refuses_what_it_cannot_do() {
    let dir = guitar_in_a_folder();
    assert_eq!(
        percorso(&["export", "guitar.ron", "--scale", "5"], dir.path())
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        percorso(
            &["export", "guitar.ron", "--background", "blue"],
            dir.path()
        )
        .status
        .code(),
        Some(2)
    );
    let out = percorso(&["export", "guitar.ron", "--persona", "nobody"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let errors: Vec<String> = lines(&out.stderr)
        .into_iter()
        .filter(|l| !l.contains("XDG_RUNTIME_DIR"))
        .collect();
    assert_eq!(
        errors,
        ["guitar.png: error: the map has no persona \"nobody\" (personas: giulia)"]
    );
    assert!(!dir.path().join("guitar.png").exists());
    percorso(&["export", "guitar.ron"], dir.path());
    let out = percorso(&["export", "guitar.png"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("would overwrite the map it comes from"));
    let help = percorso(&["export", "--help"], dir.path());
    let help = String::from_utf8_lossy(&help.stdout);
    for word in ["--scale", "--persona", "--background", "transparent", "-o"] {
        assert!(help.contains(word), "export --help lacks {word}");
    }
}

#[test]
fn check_reads_a_draft_as_a_map() {
    let dir = guitar_in_a_folder();
    let map = percorso::file::read_path(&dir.path().join("guitar.ron")).unwrap();
    let text = percorso::safety::drafts::draft_text(
        &map,
        Some(&dir.path().join("guitar.ron")),
        None,
        std::time::SystemTime::now(),
    );
    fs::write(dir.path().join("draft.ron"), text).unwrap();
    let out = percorso(&["check", "draft.ron"], dir.path());
    assert_eq!(
        lines(&out.stdout),
        [
            "draft.ron: ok (5 stages, 1 persona, 7 lanes, 43 cards, 5 emotion points; funnel by \"Shoppers\" (format version 2))"
        ]
    );
}

#[test]
fn an_italian_system_gets_italian_answers() {
    let out = percorso_with(
        &["check", "maps/guitar.ron", "missing.ron"],
        &repo(),
        &[("LANG", "it_IT.UTF-8")],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        lines(&out.stdout),
        [
            "maps/guitar.ron: ok (5 fasi, 1 persona, 7 corsie, 43 carte, 5 punti emotivi; funnel per \"Shoppers\" (formato versione 2))"
        ]
    );
    assert_eq!(
        lines(&out.stderr),
        ["missing.ron: errore: impossibile leggere il file: il file o la cartella non esiste"]
    );
}

#[test]
fn percorso_lang_and_lang_choose_the_language_over_the_system_s() {
    let check = ["check", "maps/guitar.ron"];
    let said =
        |args: &[&str], env: &[(&str, &str)]| lines(&percorso_with(args, &repo(), env).stdout);
    let italian = [
        "maps/guitar.ron: ok (5 fasi, 1 persona, 7 corsie, 43 carte, 5 punti emotivi; funnel per \"Shoppers\" (formato versione 2))",
    ];
    let english = [
        "maps/guitar.ron: ok (5 stages, 1 persona, 7 lanes, 43 cards, 5 emotion points; funnel by \"Shoppers\" (format version 2))",
    ];
    assert_eq!(
        said(&check, &[("LANG", "en_US.UTF-8"), ("PERCORSO_LANG", "it")]),
        italian
    );
    assert_eq!(
        said(
            &check,
            &[("LC_ALL", "it_IT.UTF-8"), ("PERCORSO_LANG", "en")]
        ),
        english
    );
    let with_flag = ["check", "--lang", "it", "maps/guitar.ron"];
    assert_eq!(said(&with_flag, &[("PERCORSO_LANG", "en")]), italian);
    let with_flag = ["check", "maps/guitar.ron", "--lang=en"];
    assert_eq!(said(&with_flag, &[("LANG", "it_IT.UTF-8")]), english);
    // Before the command too, as people type it.
    let before = ["--lang", "it", "check", "maps/guitar.ron"];
    assert_eq!(said(&before, &[("PERCORSO_LANG", "en")]), italian);
    let before = ["--lang=en", "check", "maps/guitar.ron"];
    assert_eq!(said(&before, &[("PERCORSO_LANG", "it")]), english);
    assert_eq!(said(&check, &[]), english, "English without any setting");
}

#[test]
fn the_help_and_the_usage_errors_speak_italian() {
    let out = percorso_with(&["--help"], &repo(), &[("PERCORSO_LANG", "it")]);
    assert_eq!(out.status.code(), Some(0));
    let help = String::from_utf8_lossy(&out.stdout);
    for word in [
        "Uso:",
        "Comandi:",
        "Argomenti:",
        "Opzioni:",
        "Controlla le mappe",
        "Codice d'uscita",
    ] {
        assert!(help.contains(word), "--help lacks {word}:\n{help}");
    }
    for english in [
        "Usage",
        "Options",
        "Arguments",
        "Commands",
        "Print help",
        "Exit status",
    ] {
        assert!(!help.contains(english), "--help says {english}:\n{help}");
    }
    let out = percorso_with(&["export", "--help", "--lang", "it"], &repo(), &[]);
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(
        help.contains("--scale <SCALA>") && help.contains("[predefinito: white]"),
        "{help}"
    );
    assert!(
        !help.contains("default") && !help.contains("possible"),
        "{help}"
    );
    let out = percorso_with(
        &["export", "x.ron", "--scale", "7", "--lang", "it"],
        &repo(),
        &[],
    );
    assert_eq!(out.status.code(), Some(2));
    let error = String::from_utf8_lossy(&out.stderr);
    assert!(
        error.starts_with("errore: valore non valido '7' per '--scale"),
        "{error}"
    );
    assert!(
        error.contains("7 è fuori da 1..4") && error.contains("prova '--help'"),
        "{error}"
    );
    let out = percorso_with(
        &["fmt", "--bogus", "x.ron"],
        &repo(),
        &[("LANG", "it_IT.UTF-8")],
    );
    assert_eq!(out.status.code(), Some(2));
    let error = String::from_utf8_lossy(&out.stderr);
    assert!(
        error.starts_with("errore: argomento inatteso '--bogus'"),
        "{error}"
    );
}

#[test]
fn new_writes_the_template_in_the_language_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let out = percorso_with(
        &[
            "new",
            "--template",
            "ecommerce",
            "--lang",
            "it",
            "negozio.ron",
        ],
        dir.path(),
        &[],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        lines(&out.stdout),
        ["negozio.ron: nuova mappa dal modello \"ecommerce\""]
    );
    let map = percorso::file::read_path(&dir.path().join("negozio.ron")).unwrap();
    let stages: Vec<&str> = map.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(stages, common::ITALIAN_ECOMMERCE_STAGES);
    let out = percorso(&["new", "--template", "omnicanale", "shop.ron"], dir.path());
    assert_eq!(out.status.code(), Some(0));
    let map = percorso::file::read_path(&dir.path().join("shop.ron")).unwrap();
    assert_eq!(
        map.title, "Omnichannel journey",
        "the old name gives the English map in English"
    );
}

#[test]
fn export_writes_every_format_and_import_brings_a_journey_back() {
    let dir = guitar_in_a_folder();
    let said = |args: &[&str]| {
        let out = percorso(args, dir.path());
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {:?}",
            lines(&out.stderr)
        );
        lines(&out.stdout)
    };
    assert_eq!(
        said(&[
            "export",
            "guitar.ron",
            "-o",
            "print.pdf",
            "--page",
            "a4-portrait"
        ]),
        ["print.pdf: exported (6 pages)"]
    );
    assert_eq!(
        said(&["check", "print.pdf"]),
        [
            "print.pdf: ok (5 stages, 1 persona, 7 lanes, 43 cards, 5 emotion points; funnel by \"Shoppers\" (format version 2))"
        ]
    );
    said(&["export", "guitar.ron", "--format", "svg"]);
    assert_eq!(
        percorso::file::read_path(&dir.path().join("guitar.svg")).unwrap(),
        percorso::file::read_path(&dir.path().join("guitar.ron")).unwrap(),
        "without -o, the format's extension beside the map"
    );
    said(&["export", "guitar.ron", "-o", "notes.txt", "--format", "md"]);
    let notes = std::fs::read_to_string(dir.path().join("notes.txt")).unwrap();
    assert!(notes.starts_with("# Buying a guitar online\n"), "{notes}");
    said(&[
        "export",
        "guitar.ron",
        "-o",
        "rows.csv",
        "--table",
        "metrics",
    ]);
    let rows = std::fs::read_to_string(dir.path().join("rows.csv")).unwrap();
    assert!(rows.starts_with("Stage,Metric,Value,Unit\r\n"), "{rows}");
    said(&[
        "export",
        "guitar.ron",
        "-o",
        "wiki.mmd",
        "--lane",
        "painpoints",
    ]);
    assert_eq!(
        said(&["import", "wiki.mmd", "-o", "back.ron"]),
        ["back.ron: imported (5 stages, 1 persona, 2 lanes, 5 cards, 3 emotion points)"]
    );
    let again = percorso(&["import", "wiki.mmd", "-o", "back.ron"], dir.path());
    assert_eq!(again.status.code(), Some(1), "an existing map is kept");
    said(&["import", "wiki.mmd", "-o", "back.ron", "--force"]);
    let wrong = percorso(
        &["export", "guitar.ron", "--page", "letter", "--lang", "it"],
        dir.path(),
    );
    assert_eq!(wrong.status.code(), Some(2));
    let message = String::from_utf8_lossy(&wrong.stderr);
    assert!(
        message.contains("deve essere uno tra fit, a4-landscape"),
        "{message}"
    );
}

#[test]
fn report_prints_the_insights_that_docs_show_for_each_sample() {
    let samples = [
        ("guitar.ron", "en", "guitar.md"),
        ("ecommerce.ron", "en", "ecommerce.md"),
        ("guitar-it.ron", "it", "guitar-it.md"),
        ("ecommerce-it.ron", "it", "ecommerce-it.md"),
    ];
    for (map, language, report) in samples {
        let path = format!("maps/{map}");
        let out = percorso(&["report", &path, "--lang", language], &repo());
        assert_eq!(out.status.code(), Some(0), "report {map}");
        let printed = String::from_utf8(out.stdout).unwrap();
        let kept = fs::read_to_string(repo().join("docs/reports").join(report)).unwrap();
        assert_eq!(
            printed, kept,
            "docs/reports/{report} is what `percorso report {path} --lang {language}` prints \
             (write it again with -o)"
        );
    }
    let out = percorso(&["report", "maps/ecommerce.ron"], &repo());
    let printed = String::from_utf8(out.stdout).unwrap();
    assert!(printed.contains("largest loss -90%"), "{printed}");
    assert!(printed.contains("Loyalty and Advocacy"), "{printed}");
}

#[test]
fn report_writes_a_file_and_never_over_the_map() {
    let dir = guitar_in_a_folder();
    let out = percorso(&["report", "guitar.ron", "-o", "insights.md"], dir.path());
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(lines(&out.stdout), ["insights.md: report written"]);
    let written = fs::read_to_string(dir.path().join("insights.md")).unwrap();
    assert!(
        written.starts_with("# Insights: Buying a guitar online\n"),
        "{written}"
    );
    let before = fs::read(dir.path().join("guitar.ron")).unwrap();
    let out = percorso(&["report", "guitar.ron", "-o", "guitar.ron"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("would overwrite the map"),
        "{out:?}"
    );
    assert_eq!(fs::read(dir.path().join("guitar.ron")).unwrap(), before);
    let out = percorso(&["report", "missing.ron"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.ron"));
}
