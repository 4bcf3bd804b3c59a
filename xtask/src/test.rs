//! `cargo xtask test`: README command 2, exactly what CI runs (.ci/run). Installs what is
//! missing (`setup --browser`), then runs every test layer in order and stops at the first
//! failure: host `cargo test`; the receiver's integration tests, on SQLite and on a throwaway
//! PostgreSQL cluster (or the one DATABASE_URL points at); wasm-bindgen-test in headless
//! Chromium (real IndexedDB); the end-to-end suite (Playwright + axe-core) against the release
//! build, the real receiver and nginx.

use crate::{postgres, run, setup, which};
use std::env;
use std::process::{exit, Command};

pub fn test() -> Result<(), String> {
    setup::setup(true)?;

    step("1/4 host tests (domain, the feedback contract, i18n, storage in memory)");
    run(&mut cargo(&[
        "-p",
        "buurtwijzer",
        "-p",
        "buurtwijzer-feedback",
    ]))?;

    step("2/4 receiver tests (HTTP service on SQLite and on PostgreSQL)");
    receiver_tests()?;

    step("3/4 browser tests (IndexedDB, Web Crypto and String.normalize in headless Chromium)");
    let chromedriver = which("chromedriver", &env::var_os("PATH").unwrap_or_default())
        .ok_or("no chromedriver on PATH (cargo xtask setup --browser installs it)")?;
    run(cargo(&[
        "--target",
        "wasm32-unknown-unknown",
        "--test",
        "storage_indexeddb",
        "--test",
        "browser_apis",
    ])
    .env("CHROMEDRIVER", chromedriver))?;

    step("4/4 end-to-end tests (release build in Chromium)");
    run(Command::new("trunk").args(["build", "--release", "--offline"]))?;
    run(Command::new("npm").args(["run", "--silent", "e2e"]))
}

fn step(what: &str) {
    println!("\n\x1b[1m== {what}\x1b[0m");
}

/// `cargo test --locked <args>`.
fn cargo(args: &[&str]) -> Command {
    let mut c = Command::new("cargo");
    c.args(["test", "--locked"]).args(args);
    c
}

/// On the PostgreSQL DATABASE_URL names, or else on a cluster of our own that is stopped
/// however the tests end (the bash script's `trap … EXIT`).
fn receiver_tests() -> Result<(), String> {
    let mut tests = cargo(&["-p", "buurtwijzer-receiver"]);
    if env::var_os("DATABASE_URL").is_some_and(|u| !u.is_empty()) {
        return run(&mut tests);
    }
    let (url, dir) = postgres::start()?;
    // BW_PG_DIR: faults.rs stops and starts this cluster (`cargo xtask postgres down|up`).
    tests.env("DATABASE_URL", url).env("BW_PG_DIR", &dir);
    let done = {
        let _cluster = postgres::Guard(dir);
        signals::deferred(|| run(&mut tests))
    };
    if let Some(signal) = signals::caught() {
        exit(128 + signal);
    }
    done
}

/// Ctrl-C (or a HUP or TERM) while the receiver tests run: the tests get it too (same process
/// group) and end; this process only notes it, so it lives on to stop the cluster, then exits
/// as if it had been killed. std has no signal API; glibc's `signal` is linked anyway.
mod signals {
    use std::sync::atomic::{AtomicI32, Ordering};

    const SIGNALS: [i32; 3] = [1, 2, 15]; // SIGHUP, SIGINT, SIGTERM
    static CAUGHT: AtomicI32 = AtomicI32::new(0);

    extern "C" {
        fn signal(signum: i32, handler: usize) -> usize;
    }

    extern "C" fn note(signum: i32) {
        CAUGHT.store(signum, Ordering::SeqCst);
    }

    /// Runs `f` with the signals noted instead of fatal, then puts the old handlers back.
    pub fn deferred<T>(f: impl FnOnce() -> T) -> T {
        let note = note as extern "C" fn(i32) as usize;
        // SAFETY: `note` only stores to an atomic, which is async-signal-safe.
        let before: Vec<usize> = SIGNALS
            .iter()
            .map(|&s| unsafe { signal(s, note) })
            .collect();
        let out = f();
        for (&s, &old) in SIGNALS.iter().zip(&before) {
            // SAFETY: restores the handler `signal` returned for `s`.
            unsafe { signal(s, old) };
        }
        out
    }

    pub fn caught() -> Option<i32> {
        Some(CAUGHT.load(Ordering::SeqCst)).filter(|&s| s != 0)
    }
}
