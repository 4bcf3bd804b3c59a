//! `cargo xtask postgres`: a throwaway PostgreSQL cluster for the receiver's tests (Debian's
//! `postgresql` package).
//!
//! - `start` prints `export DATABASE_URL=… BW_PG_DIR=…` for `eval`;
//! - `stop DIR` stops the cluster in DIR and deletes it;
//! - `down DIR` stops it as a crash would (immediate), keeping it; `up DIR` starts it again on
//!   the same port (the receiver's database-down fault run, receiver/tests/faults.rs, calls
//!   both through `cargo xtask`).
//!
//! The cluster lives in a temporary directory, listens only on 127.0.0.1 on a free port, trusts
//! local connections and skips fsync: it holds test data for one run, nothing else.

use crate::{is_root, run};
use std::fs::{self, DirBuilder, File};
use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{SystemTime, UNIX_EPOCH};

const USAGE: &str = "usage: cargo xtask postgres start | stop DIR | down DIR | up DIR";

pub fn task(args: &[String]) -> Result<(), String> {
    match args {
        [what] if what == "start" => {
            let (url, dir) = start()?;
            println!("export DATABASE_URL={url} BW_PG_DIR={}", dir.display());
            Ok(())
        }
        [what, dir] if what == "stop" => {
            stop(Path::new(dir));
            Ok(())
        }
        [what, dir] if what == "down" => down(Path::new(dir)),
        [what, dir] if what == "up" => up(Path::new(dir)),
        _ => {
            eprintln!("{USAGE}");
            std::process::exit(2);
        }
    }
}

/// A new cluster, running: its URL and directory.
pub fn start() -> Result<(String, PathBuf), String> {
    let bin = bin()?;
    let dir = temp_dir()?;
    if is_root() {
        run(Command::new("chown").arg("postgres").arg(&dir))?;
    }
    let started = (|| {
        let log = dir.join("initdb.log");
        let out = File::create(&log).map_err(|e| format!("{}: {e}", log.display()))?;
        let mut initdb = as_owner(&bin.join("initdb"));
        initdb
            .arg("-D")
            .arg(dir.join("data"))
            .args(["-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"])
            .stdout(out.try_clone().map_err(|e| e.to_string())?)
            .stderr(out);
        run(&mut initdb).map_err(|e| with_log(e, &log))?;
        // A free port: ask the kernel for one, then hand it to PostgreSQL.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| format!("a free port: {e}"))?
            .port();
        let options = format!(
            "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200",
            dir.display()
        );
        fs::write(dir.join("options"), &options).map_err(|e| e.to_string())?;
        up(&dir)?;
        Ok(format!("postgres://postgres@127.0.0.1:{port}/postgres"))
    })();
    match started {
        Ok(url) => Ok((url, dir)),
        Err(e) => {
            stop(&dir);
            Err(e)
        }
    }
}

/// Stops the cluster in `dir` (if it runs) and deletes it.
pub fn stop(dir: &Path) {
    if let Ok(bin) = bin() {
        let _ = as_owner(&bin.join("pg_ctl"))
            .arg("-D")
            .arg(dir.join("data"))
            .args(["-m", "fast", "-w", "stop"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
    let _ = fs::remove_dir_all(dir);
}

/// Stops the cluster as a crash would, keeping its files.
pub fn down(dir: &Path) -> Result<(), String> {
    run(as_owner(&bin()?.join("pg_ctl"))
        .arg("-D")
        .arg(dir.join("data"))
        .args(["-m", "immediate", "-w", "stop"])
        .stdout(Stdio::null()))
}

/// Starts the cluster in `dir` with the options it was made with.
pub fn up(dir: &Path) -> Result<(), String> {
    let options = fs::read_to_string(dir.join("options"))
        .map_err(|e| format!("{}: {e}", dir.join("options").display()))?;
    let log = dir.join("server.log");
    run(as_owner(&bin()?.join("pg_ctl"))
        .arg("-D")
        .arg(dir.join("data"))
        .arg("-l")
        .arg(&log)
        .args(["-w", "-t", "60", "-o", &options, "start"])
        .stdout(Stdio::null()))
    .map_err(|e| with_log(e, &log))
}

/// Stops the cluster when dropped: on every way out of the tests, failure or panic alike.
pub struct Guard(pub PathBuf);

impl Drop for Guard {
    fn drop(&mut self) {
        stop(&self.0);
    }
}

/// The newest installed PostgreSQL's bin directory (/usr/lib/postgresql/<major>/bin).
fn bin() -> Result<PathBuf, String> {
    let newest = fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let major: u32 = e.file_name().to_str()?.parse().ok()?;
            Some((major, e.path().join("bin")))
        })
        .max();
    match newest {
        Some((_, bin)) if bin.join("initdb").is_file() => Ok(bin),
        _ => Err("PostgreSQL is not installed (cargo xtask setup --browser installs it)".into()),
    }
}

/// PostgreSQL refuses to run as root: as root, run it as the package's `postgres` user.
fn as_owner(program: &Path) -> Command {
    if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(program);
        c
    } else {
        Command::new(program)
    }
}

/// A new private directory under /tmp (short: the server's socket lives in it).
fn temp_dir() -> Result<PathBuf, String> {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    for n in 0..100u32 {
        let dir = PathBuf::from(format!(
            "/tmp/bw-postgres.{}-{:x}",
            std::process::id(),
            nanos.wrapping_add(n)
        ));
        match DirBuilder::new().mode(0o700).create(&dir) {
            Ok(()) => return Ok(dir),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(format!("{}: {e}", dir.display())),
        }
    }
    Err("no new directory under /tmp".into())
}

/// An error with the log that explains it.
fn with_log(e: String, log: &Path) -> String {
    let text = fs::read_to_string(log).unwrap_or_default();
    format!("{e}\n{}", text.trim_end())
}
