//! `cargo xtask wasm`: the app's wasm, split into a main module and chunks loaded on demand.
//!
//! Trunk's rust pipeline has no step between cargo and wasm-bindgen (trunk-rs/trunk#1022), so
//! Trunk runs this as a `pre_build` hook and only copies the result (`target/site/pkg`):
//!
//! 1. `cargo build --release --features split` for wasm32, linked with `--emit-relocs` (the
//!    splitter needs the relocations) and `--cfg erase_components` (Leptos type-erases views:
//!    far less monomorphised code);
//! 2. `wasm_split_cli_support::transform`, the splitter cargo-leptos runs: every `#[lazy]`
//!    function with the code only it reaches becomes a chunk, plus `__wasm_split.js`, which
//!    fetches a chunk the first time it is called;
//! 3. `wasm-bindgen --target web --keep-lld-exports` on the main module (the chunks import the
//!    main module's memory, table and functions through those exports);
//! 4. `wasm-opt -Oz` on the main module and on every chunk;
//! 5. the files go to `target/site/pkg/<hash>/`, a folder named after their contents, so a
//!    host can cache them for good; `scripts/link-wasm.mjs` points index.html at it.

use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// What wasm-opt may assume: the features Rust's wasm32 target emits and every browser of the
/// last years runs.
const WASM_OPT_FEATURES: &[&str] = &[
    "--enable-reference-types",
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
];

const NAME: &str = "buurtwijzer";

pub fn build(root: &Path, path: &OsString) -> Result<PathBuf, String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let target_dir = root.join("target/split");
    // RUSTFLAGS replaces any rustflags from .cargo/config.toml, so everything needed is here.
    let status = Command::new(&cargo)
        .args([
            "build",
            "--release",
            "--locked",
            "--target",
            "wasm32-unknown-unknown",
            "--bin",
            NAME,
            "--features",
            "split",
        ])
        .arg("--target-dir")
        .arg(&target_dir)
        .env(
            "RUSTFLAGS",
            "--cfg erase_components -Clink-args=--emit-relocs",
        )
        .env("PATH", path)
        .current_dir(root)
        .status()
        .map_err(|e| format!("cargo build: {e}"))?;
    if !status.success() {
        return Err("cargo build (wasm32, split)".into());
    }
    let input = target_dir.join(format!("wasm32-unknown-unknown/release/{NAME}.wasm"));
    let input_wasm = fs::read(&input).map_err(|e| format!("{}: {e}", input.display()))?;

    // Unchanged since the last run (a rebuild of the CSS or the locales): keep its output.
    let mut input_hash = Fnv::new();
    input_hash.write(&input_wasm);
    let site = root.join("target/site/pkg");
    let marker = root.join(format!("target/site/input-{:016x}", input_hash.finish()));
    if marker.exists() && site.exists() {
        eprintln!("[xtask] wasm: unchanged, kept {}", site.display());
        return Ok(site);
    }

    let work = target_dir.join("out");
    let chunks = work.join("chunks");
    let pkg = work.join("pkg");
    let _ = fs::remove_dir_all(&work);
    fs::create_dir_all(&chunks).map_err(|e| e.to_string())?;
    let main_wasm = work.join("main.wasm");
    let main_module = format!("./{NAME}.js");
    let split = wasm_split_cli_support::transform({
        let mut opts = wasm_split_cli_support::Options::new(&input_wasm);
        opts.output_dir = &chunks;
        opts.main_out_path = &main_wasm;
        opts.main_module = &main_module;
        opts.link_name = "./__wasm_split.js";
        opts
    })
    .map_err(|e| format!("wasm-split: {e:?}"))?;

    let status = Command::new("wasm-bindgen")
        .args([
            "--target",
            "web",
            "--keep-lld-exports",
            "--no-demangle",
            "--no-typescript",
            "--out-name",
            NAME,
        ])
        .arg("--out-dir")
        .arg(&pkg)
        .arg(&main_wasm)
        .env("PATH", path)
        .status()
        .map_err(|e| format!("wasm-bindgen: {e}"))?;
    if !status.success() {
        return Err("wasm-bindgen".into());
    }
    for entry in fs::read_dir(&chunks).map_err(|e| e.to_string())? {
        let from = entry.map_err(|e| e.to_string())?.path();
        fs::copy(&from, pkg.join(from.file_name().unwrap())).map_err(|e| e.to_string())?;
    }

    let mut files: Vec<PathBuf> = fs::read_dir(&pkg)
        .map_err(|e| e.to_string())?
        .map(|e| e.map(|e| e.path()).map_err(|e| e.to_string()))
        .collect::<Result<_, _>>()?;
    files.sort();
    for wasm in files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "wasm"))
    {
        let status = Command::new("wasm-opt")
            .arg("-Oz")
            .args(WASM_OPT_FEATURES)
            .arg(wasm)
            .arg("-o")
            .arg(wasm)
            .env("PATH", path)
            .status()
            .map_err(|e| format!("wasm-opt: {e}"))?;
        if !status.success() {
            return Err(format!("wasm-opt {}", wasm.display()));
        }
    }

    // The folder is named after the contents, so each release gets new URLs.
    let mut hash = Fnv::new();
    for file in &files {
        hash.write(file.file_name().unwrap().as_encoded_bytes());
        hash.write(&fs::read(file).map_err(|e| e.to_string())?);
    }
    let _ = fs::remove_dir_all(root.join("target/site"));
    let out = site.join(format!("{:016x}", hash.finish()));
    fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    for file in &files {
        fs::copy(file, out.join(file.file_name().unwrap())).map_err(|e| e.to_string())?;
    }
    fs::write(&marker, b"").map_err(|e| e.to_string())?;
    let mut chunk_names: Vec<&String> = split.prefetch_map.keys().collect();
    chunk_names.sort();
    eprintln!(
        "[xtask] wasm: {} chunk file(s) beside the main module, lazy functions: {}",
        split.split_modules.len(),
        chunk_names
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );
    Ok(out)
}

/// FNV-1a, 64 bits: a stable name for a set of files (not a security hash).
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}
