//! `cargo xtask receiver [args]`: the feedback receiver, locally, on SQLite at
//! http://127.0.0.1:8787, answering CORS for the app's `cargo xtask serve`
//! (http://127.0.0.1:8080). Builds it if needed. The database is
//! target/receiver/buurtwijzer-receiver.db unless DATABASE_URL says otherwise; RECEIVER_LISTEN
//! and RECEIVER_ORIGINS likewise keep what they are set to.
//!
//! - `cargo xtask receiver`: serve;
//! - `cargo xtask receiver token create NAME --all-neighbourhoods`: a staff token for
//!   GET /v1/summary and /v1/records (or `--neighbourhood ID`, repeatable);
//! - `cargo xtask receiver --help`: every option.

use crate::{exec, run};
use std::env;
use std::fs;
use std::path::PathBuf;
use std::process::Command;

pub fn receiver(args: &[String]) -> Result<(), String> {
    fs::create_dir_all("target/receiver").map_err(|e| format!("target/receiver: {e}"))?;
    let setting = |name: &str, default: &str| match env::var(name) {
        Ok(v) if !v.is_empty() => v,
        _ => default.to_owned(),
    };
    let url = setting(
        "DATABASE_URL",
        "sqlite://target/receiver/buurtwijzer-receiver.db?mode=rwc",
    );
    let listen = setting("RECEIVER_LISTEN", "127.0.0.1:8787");
    let origins = setting(
        "RECEIVER_ORIGINS",
        "http://127.0.0.1:8080,http://localhost:8080",
    );

    run(Command::new("cargo").args([
        "build",
        "--locked",
        "--quiet",
        "-p",
        "buurtwijzer-receiver",
    ]))?;
    let target = env::var_os("CARGO_TARGET_DIR")
        .filter(|d| !d.is_empty())
        .map_or_else(|| PathBuf::from("target"), PathBuf::from);
    let mut bin = Command::new(target.join("debug/buurtwijzer-receiver"));
    bin.args(args)
        .env("DATABASE_URL", &url)
        .env("RECEIVER_LISTEN", &listen)
        .env("RECEIVER_ORIGINS", &origins);

    if args.first().is_none_or(|a| a == "serve") {
        println!(
            "Buurtwijzer receiver on http://{listen} (database: {url})
  In the app (cargo xtask serve): Staff → sending → server address http://{listen}/v1/records
  A staff token:   cargo xtask receiver token create me --all-neighbourhoods
  Then:            curl -H \"Authorization: Bearer <token>\" http://{listen}/v1/summary
Stop with Ctrl-C."
        );
    }
    exec(&mut bin)
}
