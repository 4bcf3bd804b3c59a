//! Project tasks: every command a person (or CI) runs is `cargo xtask <task>` (alias in
//! .cargo/config.toml). One module per task; `scripts/` keeps only the Node programs the build
//! and the benchmark run.
//!
//! - `setup [--browser]` (setup.rs): install what is missing;
//! - `serve [trunk args]` (serve.rs): README command 1;
//! - `test` (test.rs): README command 2, what CI runs;
//! - `receiver [args]` (receiver.rs): the feedback receiver on SQLite, locally;
//! - `postgres start|stop|down|up` (postgres.rs): a throwaway PostgreSQL cluster;
//! - `bench` (bench.rs): the benchmark table;
//! - `wasm` (wasm.rs): the split wasm build that Trunk runs as a hook;
//! - `setup-code`, `look`: the Node programs setup-code.mjs and dev/look.mjs of scripts/.

mod bench;
mod postgres;
mod receiver;
mod serve;
mod setup;
mod test;
mod wasm;

use std::env;
use std::ffi::OsString;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{exit, Command};

const USAGE: &str = "\
usage: cargo xtask <task>
  setup [--browser]        install what is missing (--browser: what the tests need too)
  serve [trunk args]       setup, then serve the release build at http://127.0.0.1:8080
  test                     setup --browser, then every test layer; stops at the first failure
  receiver [args]          the feedback receiver on SQLite at http://127.0.0.1:8787 (--help)
  postgres start           a throwaway PostgreSQL cluster: prints `export DATABASE_URL=… BW_PG_DIR=…`
  postgres stop|down|up DIR  remove it | stop it as a crash would | start it again
  bench [--no-build] [--no-wasm] [options of scripts/bench.mjs]
  wasm                     the split wasm build (Trunk's pre_build hook)
  setup-code <neighbourhoods.json> [--sample]   a new staff setup code (docs/deploying.md)
  look <dist> [route] [shot.png]   screenshot a route of a build (scripts/dev/look.mjs)";

fn main() {
    let mut args = env::args().skip(1);
    let task = args.next();
    let args: Vec<String> = args.collect();
    let root = root();
    // The wrappers resolve their paths where they were asked from, as `node scripts/…` did.
    let here = env::current_dir().unwrap_or_else(|_| root.clone());
    // Every task runs from the repository root with the tools first on PATH, as the bash
    // scripts did (`cd`, `export PATH`); children inherit both. Single-threaded here.
    env::set_current_dir(&root).unwrap_or_else(|e| fail(&format!("{}: {e}", root.display())));
    env::set_var("PATH", path_env(&root));
    // What `cargo run` set to describe the xtask package would mislead the tools run here.
    for (name, _) in env::vars_os() {
        let name = name.to_string_lossy();
        if name.starts_with("CARGO_PKG_") || name.starts_with("CARGO_MANIFEST_") {
            env::remove_var(&*name);
        }
    }

    let done = match (task.as_deref(), args.as_slice()) {
        (Some("setup"), []) => setup::setup(false),
        (Some("setup"), [b]) if b == "--browser" => setup::setup(true),
        (Some("serve"), _) => serve::serve(&args),
        (Some("test"), []) => test::test(),
        (Some("receiver"), _) => receiver::receiver(&args),
        (Some("postgres"), _) => postgres::task(&args),
        (Some("bench"), _) => {
            bench::bench(args);
            Ok(())
        }
        (Some("wasm"), []) => wasm::build(&root, &path_env(&root)).map(|_| ()),
        (Some("setup-code"), _) => node(&here, "setup-code.mjs", &args),
        (Some("look"), _) => node(&here, "dev/look.mjs", &args),
        _ => {
            eprintln!("{USAGE}");
            exit(2);
        }
    };
    if let Err(e) = done {
        fail(&e);
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask/ sits in the repository")
        .to_path_buf()
}

fn say(what: &str) {
    eprintln!("\x1b[1m[xtask]\x1b[0m {what}");
}

fn fail(what: &str) -> ! {
    say(&format!("failed: {what}"));
    exit(1);
}

/// The tasks' PATH: node_modules/.bin (wasm-opt from npm binaryen), then ~/.cargo/bin.
fn path_env(root: &Path) -> OsString {
    let mut dirs = vec![root.join("node_modules/.bin")];
    if let Some(home) = env::var_os("HOME") {
        dirs.push(PathBuf::from(home).join(".cargo/bin"));
    }
    dirs.extend(env::split_paths(&env::var_os("PATH").unwrap_or_default()));
    env::join_paths(dirs).expect("PATH entries without separators")
}

fn which(name: &str, path: &OsString) -> Option<PathBuf> {
    env::split_paths(path)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

/// The command line, for messages.
fn shown(cmd: &Command) -> String {
    let mut s = cmd.get_program().to_string_lossy().into_owned();
    for a in cmd.get_args() {
        s.push(' ');
        s.push_str(&a.to_string_lossy());
    }
    s
}

/// Runs `cmd` to its end; an error names it when it cannot start or does not succeed.
fn run(cmd: &mut Command) -> Result<(), String> {
    match cmd.status() {
        Ok(s) if s.success() => Ok(()),
        Ok(s) => Err(format!("{} ({s})", shown(cmd))),
        Err(e) => Err(format!("{}: {e}", shown(cmd))),
    }
}

/// What `cmd` prints on stdout, empty when it cannot run (a tool that is not installed).
fn stdout_of(cmd: &mut Command) -> String {
    cmd.stderr(std::process::Stdio::null())
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default()
}

/// Becomes `cmd` (as the bash scripts' `exec`): Ctrl-C and the exit status are its own.
fn exec(cmd: &mut Command) -> Result<(), String> {
    let e = cmd.exec();
    Err(format!("{}: {e}", shown(cmd)))
}

/// `node scripts/<program> <args>`, from the directory the task was asked from.
fn node(here: &Path, program: &str, args: &[String]) -> Result<(), String> {
    let program = root().join("scripts").join(program);
    exec(
        Command::new("node")
            .arg(program)
            .args(args)
            .current_dir(here),
    )
}

/// Whether this process runs as root (PostgreSQL refuses to; apt-get needs sudo otherwise).
fn is_root() -> bool {
    stdout_of(Command::new("id").arg("-u")).trim() == "0"
}
