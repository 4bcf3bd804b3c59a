//! `buurtwijzer-receiver [serve]`, `token create|revoke|list`: see `config::USAGE`.

use buurtwijzer_receiver::config::{self, Command};
use buurtwijzer_receiver::{router, serve, tokens, Db};
use std::process::ExitCode;
use tracing_subscriber::filter::{LevelFilter, Targets};
use tracing_subscriber::prelude::*;

#[tokio::main]
async fn main() -> ExitCode {
    // Our own lines at info; libraries only when something is wrong (sqlx would otherwise log
    // every statement: SQL text only, but noise).
    tracing_subscriber::registry()
        .with(tracing_subscriber::fmt::layer().with_target(false))
        .with(
            Targets::new()
                .with_target("buurtwijzer_receiver", LevelFilter::INFO)
                .with_default(LevelFilter::WARN),
        )
        .init();

    let args: Vec<String> = std::env::args().skip(1).collect();
    let (command, config) = match config::parse(&args, |k| std::env::var(k).ok()) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    if command == Command::Help {
        print!("{}", config::USAGE);
        return ExitCode::SUCCESS;
    }
    let db = match Db::connect(&config.database_url).await {
        Ok(db) => db,
        Err(e) => {
            eprintln!("cannot open the database: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = match command {
        Command::Serve => run(db.clone(), &config).await,
        Command::TokenCreate(new) => token_create(&db, &new).await,
        Command::TokenRevoke(name) => match db.revoke_token(&name).await {
            Ok(true) => {
                println!("token {name} revoked");
                Ok(())
            }
            Ok(false) => Err(format!("no token named {name}")),
            Err(e) => Err(e.to_string()),
        },
        Command::TokenList => db.tokens().await.map_err(|e| e.to_string()).map(|list| {
            let today = buurtwijzer_receiver::routes::today_date();
            for t in list {
                let last = t
                    .last_day()
                    .map_or("an unreadable day".to_owned(), |d| d.to_string());
                let state = if t.expired_on(today) {
                    "expired"
                } else {
                    "valid until"
                };
                let scope = t
                    .scope
                    .as_ref()
                    .map_or("an unreadable scope".to_owned(), |s| s.describe());
                println!(
                    "{}\tcreated {}\t{state} {last}\treads {scope}",
                    t.name, t.created_on
                );
            }
        }),
        Command::Help => Ok(()),
    };
    db.close().await;
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

async fn run(db: Db, config: &config::Config) -> Result<(), String> {
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", config.listen))?;
    let backend = if buurtwijzer_receiver::db::is_sqlite(&config.database_url) {
        "SQLite"
    } else {
        "PostgreSQL"
    };
    tracing::info!(
        listen = %config.listen,
        backend,
        cors = %config.origins.join(","),
        body_limit = config.body_limit,
        rate_per_minute = config.rate_per_minute,
        retention_days = config.retention_days,
        max_records = config.max_records,
        "serving"
    );
    tokio::spawn(buurtwijzer_receiver::keep::retention(
        db.clone(),
        config.retention_days,
    ));
    serve(listener, router(db, config))
        .await
        .map_err(|e| e.to_string())?;
    tracing::info!("stopped");
    Ok(())
}

async fn token_create(db: &Db, new: &config::NewToken) -> Result<(), String> {
    let name = new.name.as_str();
    if !tokens::is_name(name) {
        return Err("a token name is 1–64 letters, digits, '-', '_' or '.'".into());
    }
    let token = tokens::generate().map_err(|e| format!("no randomness: {e}"))?;
    let today = buurtwijzer_receiver::routes::today_date();
    let last = tokens::expiry(today, new.days).ok_or("too many days")?;
    let (hash, from, until) = (tokens::hash(&token), today.to_string(), last.to_string());
    match db.add_token(name, &hash, &new.scope, &from, &until).await {
        Ok(true) => {
            println!("{token}");
            eprintln!(
                "token {name} created: it reads {} until {last} (UTC).\n\
                 It is shown only this once: keep it in a password manager.\n\
                 Use it as: Authorization: Bearer <token>",
                new.scope.describe()
            );
            Ok(())
        }
        Ok(false) => Err(format!("a token named {name} exists; revoke it first")),
        Err(e) => Err(e.to_string()),
    }
}
