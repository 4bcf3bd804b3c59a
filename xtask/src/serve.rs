//! `cargo xtask serve [trunk args]`: README command 1. Installs what is missing, then builds the
//! release app and serves it at http://127.0.0.1:8080, rebuilding on change (every route falls
//! back to index.html, see Trunk.toml). Extra arguments go on to `trunk serve`.

use crate::{exec, setup};
use std::process::Command;

pub fn serve(args: &[String]) -> Result<(), String> {
    setup::setup(false)?;
    // exec: Ctrl-C stops trunk itself, as with the bash script.
    exec(
        Command::new("trunk")
            .args(["serve", "--release", "--offline"])
            .args(["--address", "127.0.0.1", "--port", "8080"])
            .args(args),
    )
}
