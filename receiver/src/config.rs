//! Settings from the environment, overridden by flags; and the subcommand.

use crate::tokens::{self, Scope};
use std::net::SocketAddr;

pub const DEFAULT_DATABASE_URL: &str = "sqlite://buurtwijzer-receiver.db?mode=rwc";

#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// `sqlite://…` or `postgres://…` (`DATABASE_URL`).
    pub database_url: String,
    /// `RECEIVER_LISTEN`, default 127.0.0.1:8787: behind a reverse proxy, never public.
    pub listen: SocketAddr,
    /// Origins allowed by CORS (`RECEIVER_ORIGINS`, comma separated); empty = no CORS headers.
    pub origins: Vec<String>,
    /// Largest request body in bytes (`RECEIVER_BODY_LIMIT`).
    pub body_limit: usize,
    /// Requests per minute per client (`RECEIVER_RATE_LIMIT`); 0 = off.
    pub rate_per_minute: u32,
    /// Take the client address from `X-Real-IP` (`RECEIVER_TRUST_PROXY=1`): only behind a proxy
    /// that sets it, or every client could pick its own rate-limit key.
    pub trust_proxy: bool,
    /// Seconds a request may take before it is answered 503 (`RECEIVER_REQUEST_TIMEOUT`):
    /// a slow client or a stuck database never holds a connection for ever.
    pub request_timeout: u64,
    /// Days a record is kept after it was last received (`RECEIVER_RETENTION_DAYS`); 0 = for
    /// ever.
    pub retention_days: u32,
    /// The most records kept at once (`RECEIVER_MAX_RECORDS`); above it new batches get 503
    /// and stay on the phones. 0 = no limit.
    pub max_records: u64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            database_url: DEFAULT_DATABASE_URL.into(),
            listen: SocketAddr::from(([127, 0, 0, 1], 8787)),
            origins: Vec::new(),
            body_limit: 1024 * 1024,
            rate_per_minute: 120,
            trust_proxy: false,
            request_timeout: 30,
            retention_days: 730,
            max_records: 1_000_000,
        }
    }
}

/// What `token create` makes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewToken {
    pub name: String,
    pub scope: Scope,
    /// Days it is accepted, from today.
    pub days: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Serve,
    TokenCreate(NewToken),
    TokenRevoke(String),
    TokenList,
    Help,
}

pub const USAGE: &str = "\
buurtwijzer-receiver: receives Buurtwijzer feedback records and serves them to staff.

Usage:
  buurtwijzer-receiver [serve] [options]   run the HTTP service (default)
  buurtwijzer-receiver token create NAME (--neighbourhood ID ... | --all-neighbourhoods)
                       [--days N]          make a staff token; it is printed once. It reads
                                            the records of the neighbourhoods named (repeat
                                            the flag for more), or of all of them and those
                                            that name none; for N days (365, at most 731)
  buurtwijzer-receiver token revoke NAME   delete a staff token
  buurtwijzer-receiver token list          names of the tokens (never the tokens)

Options (each also read from the environment variable named after it):
  --database-url URL    DATABASE_URL        sqlite://buurtwijzer-receiver.db?mode=rwc
                                            or postgres://user@host/db
  --listen ADDR         RECEIVER_LISTEN     127.0.0.1:8787
  --origins LIST        RECEIVER_ORIGINS    CORS origins, comma separated (none: no CORS)
  --body-limit BYTES    RECEIVER_BODY_LIMIT 1048576
  --rate-limit N        RECEIVER_RATE_LIMIT requests per minute per client, 0 = off (120)
  --trust-proxy         RECEIVER_TRUST_PROXY=1  client address from X-Real-IP (behind nginx)
  --request-timeout S   RECEIVER_REQUEST_TIMEOUT seconds before a request is answered 503 (30)
  --retention-days N    RECEIVER_RETENTION_DAYS  delete records received more than N days ago,
                                            checked every 6 hours; 0 = keep (730)
  --max-records N       RECEIVER_MAX_RECORDS  refuse new records (503) while N are kept;
                                            0 = no limit (1000000)
";

/// Reads the command and settings. `env` is a parameter so tests need not touch the process.
pub fn parse(
    args: &[String],
    env: impl Fn(&str) -> Option<String>,
) -> Result<(Command, Config), String> {
    let mut c = Config::default();
    let set = |key: &str, value: String, c: &mut Config| -> Result<(), String> {
        let bad = |what: &str| format!("{key}: not {what}: {value}");
        match key {
            "database-url" => c.database_url = value.clone(),
            "listen" => {
                c.listen = value
                    .parse()
                    .map_err(|_| bad("an address like 127.0.0.1:8787"))?
            }
            "origins" => {
                c.origins = value
                    .split(',')
                    .map(|o| o.trim().trim_end_matches('/').to_owned())
                    .filter(|o| !o.is_empty())
                    .collect();
                if let Some(o) = c.origins.iter().find(|o| {
                    !(o.starts_with("https://") || o.starts_with("http://")) || o.contains(' ')
                }) {
                    return Err(format!(
                        "origins: not an origin like https://app.example.org: {o}"
                    ));
                }
            }
            "body-limit" => c.body_limit = value.parse().map_err(|_| bad("a number of bytes"))?,
            "rate-limit" => c.rate_per_minute = value.parse().map_err(|_| bad("a number"))?,
            "trust-proxy" => c.trust_proxy = matches!(value.as_str(), "1" | "true" | "yes"),
            "retention-days" => {
                c.retention_days = value.parse().map_err(|_| bad("a number of days"))?
            }
            "max-records" => c.max_records = value.parse().map_err(|_| bad("a number"))?,
            "request-timeout" => {
                c.request_timeout = value
                    .parse()
                    .ok()
                    .filter(|s| *s > 0)
                    .ok_or_else(|| bad("a number of seconds above 0"))?
            }
            _ => return Err(format!("unknown option --{key}\n\n{USAGE}")),
        }
        Ok(())
    };
    for (key, var) in [
        ("database-url", "DATABASE_URL"),
        ("listen", "RECEIVER_LISTEN"),
        ("origins", "RECEIVER_ORIGINS"),
        ("body-limit", "RECEIVER_BODY_LIMIT"),
        ("rate-limit", "RECEIVER_RATE_LIMIT"),
        ("trust-proxy", "RECEIVER_TRUST_PROXY"),
        ("request-timeout", "RECEIVER_REQUEST_TIMEOUT"),
        ("retention-days", "RECEIVER_RETENTION_DAYS"),
        ("max-records", "RECEIVER_MAX_RECORDS"),
    ] {
        if let Some(value) = env(var).filter(|v| !v.is_empty()) {
            set(key, value, &mut c)?;
        }
    }

    let mut words = Vec::new();
    let mut only: Vec<String> = Vec::new();
    let mut all = false;
    let mut days: Option<u32> = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value_of = |flag: &str| it.next().ok_or(format!("--{flag} needs a value")).cloned();
        if arg == "-h" || arg == "--help" {
            return Ok((Command::Help, c));
        } else if arg == "--trust-proxy" {
            c.trust_proxy = true;
        } else if arg == "--all-neighbourhoods" {
            all = true;
        } else if arg == "--neighbourhood" {
            only.push(value_of("neighbourhood")?);
        } else if arg == "--days" {
            let n = value_of("days")?;
            days = Some(
                n.parse()
                    .ok()
                    .filter(|d| (1..=tokens::MAX_DAYS).contains(d))
                    .ok_or(format!(
                        "days: not a number from 1 to {}: {n}",
                        tokens::MAX_DAYS
                    ))?,
            );
        } else if let Some(flag) = arg.strip_prefix("--") {
            let (key, value) = match flag.split_once('=') {
                Some((k, v)) => (k, v.to_owned()),
                None => (
                    flag,
                    it.next().ok_or(format!("--{flag} needs a value"))?.clone(),
                ),
            };
            set(key, value, &mut c)?;
        } else {
            words.push(arg.as_str());
        }
    }
    let token_options = all || !only.is_empty() || days.is_some();
    if token_options && !matches!(words.as_slice(), ["token", "create", _]) {
        return Err("--neighbourhood, --all-neighbourhoods and --days are for token create".into());
    }
    let command = match words.as_slice() {
        [] | ["serve"] => Command::Serve,
        ["help"] => Command::Help,
        ["token", "create", name] => {
            let scope = match (all, only.is_empty()) {
                (true, true) => Scope::All,
                (false, false) => {
                    if let Some(bad) = only.iter().find(|n| {
                        crate::validate::neighbourhood(&serde_json::Value::String((*n).clone()))
                            .is_err()
                    }) {
                        return Err(format!("neighbourhood: not an id like ravelbuurt: {bad}"));
                    }
                    Scope::Only(only.iter().map(|n| n.trim().to_owned()).collect())
                }
                _ => {
                    return Err("token create: give --neighbourhood ID (one or more) or \
                                --all-neighbourhoods, not both"
                        .into())
                }
            };
            Command::TokenCreate(NewToken {
                name: (*name).to_owned(),
                scope,
                days: days.unwrap_or(tokens::DEFAULT_DAYS),
            })
        }
        ["token", "revoke", name] => Command::TokenRevoke((*name).to_owned()),
        ["token", "list"] => Command::TokenList,
        _ => return Err(format!("unknown command: {}\n\n{USAGE}", words.join(" "))),
    };
    Ok((command, c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn defaults_environment_and_flags() {
        let (cmd, c) = parse(&[], |_| None).unwrap();
        assert_eq!((cmd, c), (Command::Serve, Config::default()));
        let env = |k: &str| match k {
            "RECEIVER_ORIGINS" => Some("http://127.0.0.1:8080, https://app.example.org/".into()),
            "RECEIVER_RATE_LIMIT" => Some("5".into()),
            _ => None,
        };
        let (cmd, c) = parse(&args("serve --rate-limit 7 --listen=0.0.0.0:9000"), env).unwrap();
        assert_eq!(cmd, Command::Serve);
        assert_eq!(
            c.origins,
            ["http://127.0.0.1:8080", "https://app.example.org"]
        );
        assert_eq!(c.rate_per_minute, 7, "a flag beats the environment");
        assert_eq!(c.listen.port(), 9000);
        assert_eq!(
            parse(
                &args("token create wijkteam --neighbourhood ravelbuurt --neighbourhood luchtbal"),
                |_| None
            )
            .unwrap()
            .0,
            Command::TokenCreate(NewToken {
                name: "wijkteam".into(),
                scope: Scope::Only(vec!["ravelbuurt".into(), "luchtbal".into()]),
                days: tokens::DEFAULT_DAYS,
            })
        );
        assert_eq!(
            parse(
                &args("token create netwerk --all-neighbourhoods --days 30"),
                |_| None
            )
            .unwrap()
            .0,
            Command::TokenCreate(NewToken {
                name: "netwerk".into(),
                scope: Scope::All,
                days: 30,
            })
        );
        // A token's reach is always chosen, never a default; its life is bounded.
        for bad in [
            "token create wijkteam",
            "token create w --all-neighbourhoods --neighbourhood ravelbuurt",
            "token create w --all-neighbourhoods --days 0",
            "token create w --all-neighbourhoods --days 5000",
            "serve --days 3",
        ] {
            assert!(parse(&args(bad), |_| None).is_err(), "{bad}");
        }
        assert!(parse(&args("token"), |_| None).is_err());
        assert!(parse(&args("--body-limit lots"), |_| None).is_err());
        assert!(parse(&args("--origins *"), |_| None).is_err());
    }
}
