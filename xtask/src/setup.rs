//! `cargo xtask setup [--browser]`: installs whatever is missing to build (and, with
//! `--browser`, to test) Buurtwijzer. Idempotent and quick when everything is there: each step
//! checks before it installs. Downloads only from the package registries: crates.io
//! (`cargo install`), Debian (`apt-get`) and npm (`npm ci`).

use crate::{is_root, run, say, stdout_of};
use std::fs;
use std::process::Command;

const TRUNK_VERSION: &str = "0.21.14";

pub fn setup(browser: bool) -> Result<(), String> {
    let mut apt = Apt::default();
    let mut installed = false;

    let targets = stdout_of(Command::new("rustup").args(["target", "list", "--installed"]));
    if !targets
        .lines()
        .any(|t| t.trim() == "wasm32-unknown-unknown")
    {
        say("adding the wasm32-unknown-unknown target");
        run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
        installed = true;
    }

    if version_of("trunk") != TRUNK_VERSION {
        cargo_install("trunk", TRUNK_VERSION, true)?;
        installed = true;
    }

    // wasm-bindgen-cli must equal the wasm-bindgen crate pinned in Cargo.toml.
    let wasm_bindgen = pinned_wasm_bindgen()?;
    if version_of("wasm-bindgen") != wasm_bindgen {
        // Not --locked: its lock file names a crate version the registry no longer serves.
        cargo_install("wasm-bindgen-cli", &wasm_bindgen, false)?;
        installed = true;
    }

    // brotli measures what a phone downloads.
    installed |= apt.install(&["brotli"])?;
    if browser {
        // PostgreSQL: the receiver's tests run on a throwaway cluster as well as on SQLite.
        installed |= apt.install(&["chromium", "chromium-driver", "nginx-light", "postgresql"])?;
    }

    // Node packages (versions in package-lock.json): wasm-opt from npm `binaryen` (Debian's
    // wasm-opt 108 breaks the reference-types output of today's wasm-bindgen), the pictogram
    // extractor, the end-to-end tests. The tasks put node_modules/.bin first on PATH.
    if npm_stale() {
        say("npm ci");
        run(Command::new("npm").args(["ci", "--no-audit", "--no-fund", "--loglevel=error"]))?;
        installed = true;
    }

    if !installed {
        say(if browser {
            "setup: nothing missing (build and test tools)"
        } else {
            "setup: nothing missing (build tools)"
        });
    }
    Ok(())
}

/// The second word of `<tool> --version` ("trunk 0.21.14"), empty when it is not installed.
/// `cargo install` of one exact version from crates.io.
fn cargo_install(krate: &str, version: &str, locked: bool) -> Result<(), String> {
    say(&format!(
        "installing {krate} {version} (takes several minutes once)"
    ));
    let mut install = Command::new("cargo");
    install.arg("install");
    if locked {
        install.arg("--locked");
    }
    run(install.args([krate, "--version", version]))
}

fn version_of(tool: &str) -> String {
    let out = stdout_of(Command::new(tool).arg("--version"));
    out.split_whitespace().nth(1).unwrap_or_default().to_owned()
}

/// X of the `wasm-bindgen = "=X"` line of Cargo.toml.
fn pinned_wasm_bindgen() -> Result<String, String> {
    let toml = fs::read_to_string("Cargo.toml").map_err(|e| format!("Cargo.toml: {e}"))?;
    toml.lines()
        .filter_map(|l| l.strip_prefix("wasm-bindgen = \"="))
        .filter_map(|l| l.split('"').next())
        .find(|v| !v.is_empty() && v.chars().all(|c| c.is_ascii_digit() || c == '.'))
        .map(str::to_owned)
        .ok_or_else(|| "Cargo.toml pins no wasm-bindgen (`wasm-bindgen = \"=X\"`)".into())
}

/// node_modules is missing, or older than package-lock.json.
fn npm_stale() -> bool {
    let modified = |p: &str| fs::metadata(p).and_then(|m| m.modified()).ok();
    match (
        modified("package-lock.json"),
        modified("node_modules/.package-lock.json"),
    ) {
        (_, None) => true,
        (Some(lock), Some(installed)) => lock > installed,
        (None, Some(_)) => false,
    }
}

/// Debian packages: `dpkg -s` for each, one `apt-get update` before the first install, sudo
/// unless root.
#[derive(Default)]
struct Apt {
    updated: bool,
}

impl Apt {
    /// Whether it installed anything.
    fn install(&mut self, packages: &[&str]) -> Result<bool, String> {
        let missing: Vec<&str> = packages
            .iter()
            .copied()
            .filter(|p| !is_installed(p))
            .collect();
        if missing.is_empty() {
            return Ok(false);
        }
        let apt_get = || {
            let mut c = Command::new(if is_root() { "apt-get" } else { "sudo" });
            if !is_root() {
                c.arg("apt-get");
            }
            c.env("DEBIAN_FRONTEND", "noninteractive");
            c
        };
        if !self.updated {
            say("apt-get update");
            run(apt_get().args(["update", "-qq"]))?;
            self.updated = true;
        }
        say(&format!("apt-get install {}", missing.join(" ")));
        run(apt_get()
            .args(["install", "-y", "-qq"])
            .args(&missing)
            .stdout(std::process::Stdio::null()))?;
        Ok(true)
    }
}

fn is_installed(package: &str) -> bool {
    Command::new("dpkg")
        .args(["-s", package])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}
