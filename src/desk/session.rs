//! Accounts and sessions: the login page, logging in (the form's token, the pause for
//! this account and address, the password against the catalog's Argon2 hash) and out.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{AppendHeaders, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::auth::{
    FIRST_PAUSE, FREE_TRIES, LOGIN_TOKEN, MAX_PAUSE, Posted, SESSION, TRIES_KEPT, cookie, same,
    set_cookie,
};
use super::error::Refusal;
use super::shared::lock;
use super::state::Desk;
use super::views;
use crate::secret::{self, Backoff};

/// The login page and the login (open to all).
pub(super) fn router() -> Router<Arc<Desk>> {
    Router::new().route("/login", get(login_page).post(login))
}

/// Logging out (signed in).
pub(super) fn signed_in() -> Router<Arc<Desk>> {
    Router::new().route("/logout", post(logout))
}

/// The login page, with a token for its form (the one this browser already has, so that
/// two login pages open at once both work).
async fn login_page(headers: HeaderMap) -> Response {
    login_form(&headers, StatusCode::OK, None)
}

fn login_form(headers: &HeaderMap, status: StatusCode, problem: Option<&str>) -> Response {
    let token = cookie(headers, LOGIN_TOKEN)
        .filter(|t| t.len() == 32 && t.bytes().all(|b| b.is_ascii_hexdigit()))
        .map_or_else(|| secret::random_hex(16), str::to_string);
    (
        status,
        [set_cookie(LOGIN_TOKEN, &token, None)],
        views::login(&token, problem),
    )
        .into_response()
}

/// What the login form posts.
#[derive(Deserialize)]
struct Login {
    name: String,
    password: String,
    #[serde(default)]
    csrf: String,
}

/// Checks a login: the form's token, the pause for this account and address, the
/// password. Opens a session on success.
async fn login(
    State(desk): State<Arc<Desk>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<Login>,
) -> Response {
    if cookie(&headers, LOGIN_TOKEN).is_none_or(|t| !same(t, &form.csrf)) {
        return login_form(
            &headers,
            StatusCode::FORBIDDEN,
            Some("The login form had expired; please try again."),
        );
    }
    let key = (form.name.trim().to_lowercase(), peer.ip());
    let now = desk.auth.now();
    // The guess is counted before its password is checked (in one step under the lock),
    // so guesses sent all at once wait their turn like guesses sent one by one.
    let admitted = {
        let mut tries = lock(&desk.auth.tries);
        // Names made up by the thousand must not fill memory: past this many, only the
        // pauses still running and guesses being checked are remembered.
        if tries.len() >= TRIES_KEPT {
            tries.retain(|_, b| b.paused(now).is_some() || b.is_checking());
        }
        tries
            .entry(key.clone())
            .or_insert_with(|| Backoff::new(FREE_TRIES, FIRST_PAUSE, MAX_PAUSE))
            .admit(now)
    };
    if let Err(seconds) = admitted {
        return too_many(&headers, seconds);
    }
    let checked = check_password(&desk, form.name.clone(), form.password).await;
    let mut tries = lock(&desk.auth.tries);
    let backoff = tries
        .entry(key.clone())
        .or_insert_with(|| Backoff::new(FREE_TRIES, FIRST_PAUSE, MAX_PAUSE));
    let (account, right) = match checked {
        Ok(checked) => checked,
        Err(refusal) => {
            backoff.unchecked();
            return refusal.into_response();
        }
    };
    match account.filter(|_| right) {
        Some(account) => {
            tries.remove(&key);
            drop(tries);
            let token = desk.auth.open(account.name, account.role);
            (
                AppendHeaders([
                    set_cookie(SESSION, &token, None),
                    set_cookie(LOGIN_TOKEN, "", Some(0)),
                ]),
                Redirect::to("/"),
            )
                .into_response()
        }
        None => match backoff.wrong(now) {
            Ok(_) => login_form(
                &headers,
                StatusCode::UNAUTHORIZED,
                Some("That name and password do not match an account."),
            ),
            Err(seconds) => too_many(&headers, seconds),
        },
    }
}

/// Looks the account up and checks the password against its hash (or against a stand-in
/// for a name that has none), so that a flood of logins cannot take the desk's memory.
async fn check_password(
    desk: &Arc<Desk>,
    name: String,
    password: String,
) -> Result<(Option<crate::archive::Account>, bool), Refusal> {
    let account = desk
        .with_archive(move |_, a| a.account(&name))
        .await
        .map_err(Refusal::from)?;
    let hash = account
        .as_ref()
        .map_or(desk.auth.stand_in.clone(), |a| a.password_hash.clone());
    match desk.auth.checker.verifies(password, hash).await {
        Some(right) => Ok((account, right)),
        None => Err(Refusal {
            status: StatusCode::SERVICE_UNAVAILABLE,
            message: "The desk is busy checking other logins; try again in a moment.".into(),
        }),
    }
}

fn too_many(headers: &HeaderMap, seconds: u32) -> Response {
    let mut page = login_form(
        headers,
        StatusCode::TOO_MANY_REQUESTS,
        Some(&format!(
            "Too many wrong passwords for this account from this computer; try again in {} minute(s).",
            seconds.div_ceil(60)
        )),
    );
    if let Ok(value) = seconds.to_string().parse() {
        page.headers_mut().insert(header::RETRY_AFTER, value);
    }
    page
}

/// Ends the session.
async fn logout(
    State(desk): State<Arc<Desk>>,
    headers: HeaderMap,
    Posted(_, _): Posted<serde::de::IgnoredAny>,
) -> Response {
    if let Some(token) = cookie(&headers, SESSION) {
        desk.auth.close(token);
    }
    ([set_cookie(SESSION, "", Some(0))], Redirect::to("/login")).into_response()
}
