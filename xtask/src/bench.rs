//! `cargo xtask bench`: the benchmark table, measured the same way each time.
//!
//! 1. `trunk build --release --offline` (skip with `--no-build`);
//! 2. the wasm benchmarks in headless Chromium (search with Fuse.js side by side, and the
//!    IndexedDB outbox, the latter three times for a median), their printed figures captured
//!    into `target/bench/wasm.json` (skip with `--no-wasm`: the last capture is used);
//! 3. `node scripts/bench.mjs --wasm target/bench/wasm.json`: sizes, first visit, Lighthouse,
//!    start times, language switch, catalogue; prints one table and writes
//!    `target/bench/results.json`.
//!
//! Any other argument goes to scripts/bench.mjs (e.g. `--runs 3`, `--lighthouse-runs 1`).

use crate::{fail, path_env, root, say, which};
use std::env;
use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::Instant;
/// The wasm benchmarks: (label, cargo test targets). The outbox writes are repeated for a
/// median of three (the search one runs its own rounds).
const WASM_RUNS: &[(&str, &[&str])] = &[
    (
        "search + feedback",
        &["bench_search_wasm", "bench_feedback_wasm"],
    ),
    ("feedback, run 2", &["bench_feedback_wasm"]),
    ("feedback, run 3", &["bench_feedback_wasm"]),
];

pub fn bench(args: Vec<String>) {
    let root = root();
    let started = Instant::now();
    let build = !args.iter().any(|a| a == "--no-build");
    let wasm = !args.iter().any(|a| a == "--no-wasm");
    let forwarded: Vec<&String> = args
        .iter()
        .filter(|a| *a != "--no-build" && *a != "--no-wasm")
        .collect();
    let path = path_env(&root);
    let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out_dir = root.join("target/bench");
    fs::create_dir_all(&out_dir).unwrap_or_else(|e| fail(&format!("{}: {e}", out_dir.display())));
    let mut steps: Vec<(String, f64)> = Vec::new();

    if build {
        say("trunk build --release --offline");
        let t = Instant::now();
        let ok = Command::new("trunk")
            .args(["build", "--release", "--offline"])
            .current_dir(&root)
            .env("PATH", &path)
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            fail("trunk build --release --offline");
        }
        steps.push(("release build".into(), t.elapsed().as_secs_f64()));
    }

    let captured = out_dir.join("wasm.json");
    if wasm {
        let chromedriver = which("chromedriver", &path).unwrap_or_else(|| {
            fail("no chromedriver on PATH (cargo xtask setup --browser installs it)")
        });
        let mut json = Vec::new();
        let mut lines = Vec::new();
        for (label, tests) in WASM_RUNS {
            say(&format!("wasm benchmarks ({label})"));
            let t = Instant::now();
            let mut cmd = Command::new(&cargo);
            cmd.args(["test", "--release", "--target", "wasm32-unknown-unknown"]);
            for test in *tests {
                cmd.args(["--test", test]);
            }
            cmd.args(["--", "--nocapture"])
                .current_dir(&root)
                .env("PATH", &path)
                .env("CHROMEDRIVER", &chromedriver)
                // Fuse.js needs about a minute over its rounds; the runner's default is 20 s.
                .env("WASM_BINDGEN_TEST_TIMEOUT", "600")
                .stdout(Stdio::piped())
                .stderr(Stdio::piped());
            let mut child = cmd
                .spawn()
                .unwrap_or_else(|e| fail(&format!("cargo test: {e}")));
            // Shown as it comes (cargo's progress on stderr, the tests' lines on either), and kept.
            let (tx, rx) = mpsc::channel::<String>();
            let stderr = child.stderr.take().unwrap();
            let tx2 = tx.clone();
            let relay = thread::spawn(move || {
                for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                    eprintln!("{line}");
                    let _ = tx2.send(line);
                }
            });
            let stdout = child.stdout.take().unwrap();
            let relay_out = thread::spawn(move || {
                for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                    println!("{line}");
                    let _ = tx.send(line);
                }
            });
            let _ = relay.join();
            let _ = relay_out.join();
            for line in rx.try_iter() {
                if let Some(j) = line.strip_prefix("bench-json: ") {
                    json.push(j.trim().to_owned());
                } else if ["wasm: ", "fuse.js: ", "ours/fuse.js: "]
                    .iter()
                    .any(|p| line.starts_with(p))
                {
                    lines.push(line);
                }
            }
            if !child.wait().is_ok_and(|s| s.success()) {
                fail("the wasm benchmarks (cargo test --release --target wasm32-unknown-unknown)");
            }
            steps.push((
                format!("wasm benchmarks ({label})"),
                t.elapsed().as_secs_f64(),
            ));
        }
        // The JSON lines are copied as they are (the tests wrote them with serde_json); the
        // other lines become JSON strings.
        let text = format!(
            "{{\n  \"runs\": {},\n  \"json\": [{}],\n  \"lines\": [{}]\n}}\n",
            WASM_RUNS.len(),
            json.join(",\n    "),
            lines
                .iter()
                .map(|l| json_string(l))
                .collect::<Vec<_>>()
                .join(",\n    ")
        );
        fs::write(&captured, text)
            .unwrap_or_else(|e| fail(&format!("{}: {e}", captured.display())));
    } else if !captured.exists() {
        say("no earlier wasm figures: search and outbox rows will be missing");
    }

    say("node scripts/bench.mjs");
    let t = Instant::now();
    let ok = Command::new("node")
        .arg("scripts/bench.mjs")
        .arg("--wasm")
        .arg(&captured)
        .args(forwarded)
        .current_dir(&root)
        .env("PATH", &path)
        .status()
        .is_ok_and(|s| s.success());
    steps.push((
        "browser benchmarks + Lighthouse".into(),
        t.elapsed().as_secs_f64(),
    ));
    let total = started.elapsed().as_secs_f64();
    let mut err = std::io::stderr();
    for (step, s) in &steps {
        let _ = writeln!(err, "[xtask] {step}: {s:.0} s");
    }
    let _ = writeln!(
        err,
        "[xtask] total: {:.0} s ({:.1} min)",
        total,
        total / 60.0
    );
    if !ok {
        fail("node scripts/bench.mjs");
    }
}

/// A JSON string literal.
fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
