//! Who is at the desk: logins checked against the catalog's Argon2 hashes, wrong
//! passwords paused per account and address, sessions in an HttpOnly SameSite=Strict
//! cookie, and a token in every form so that no other site can post one (CSRF).

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{ConnectInfo, FromRequest, Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{AppendHeaders, IntoResponse, Redirect, Response};
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::error::Refusal;
use super::{Desk, lock, views};
use crate::archive::Role;
use crate::secret::{self, Backoff};

/// The session cookie's name.
const SESSION: &str = "desk_session";
/// The login form's own token cookie (there is no session yet to hold one).
const LOGIN_TOKEN: &str = "desk_login";
/// A session unused this long ends.
const IDLE: Duration = Duration::from_secs(8 * 3600);
/// Wrong passwords allowed per account and address before pauses, and the pauses.
const FREE_TRIES: u32 = 5;
const FIRST_PAUSE: f64 = 30.0;
const MAX_PAUSE: f64 = 15.0 * 60.0;
/// Accounts and addresses with wrong passwords remembered at most (see `login`).
const TRIES_KEPT: usize = 10_000;
/// Passwords checked at once (each Argon2 check holds about 19 MB), and how long a login
/// waits for its answer before it is told the desk is busy.
const HASHES_AT_ONCE: usize = 2;
const HASH_WAIT: Duration = Duration::from_secs(10);

/// Someone logged in.
#[derive(Debug, Clone)]
pub(super) struct User {
    /// The account's name (recorded with corrections and translations).
    pub(super) name: String,
    /// What they may do.
    pub(super) role: Role,
    /// The token every form of this session carries.
    pub(super) csrf: String,
}

impl User {
    /// Refuses anyone but a curator.
    pub(super) fn curator(&self) -> Result<(), Refusal> {
        match self.role {
            Role::Curator => Ok(()),
            Role::Translator => Err(Refusal::curators_only()),
        }
    }
}

/// Sessions and wrong-password pauses, in memory: restarting the desk logs everyone out.
pub(super) struct Auth {
    sessions: Mutex<HashMap<String, (User, Instant)>>,
    tries: Mutex<HashMap<(String, IpAddr), Backoff>>,
    /// Checks passwords, a few at a time.
    checker: Checker,
    started: Instant,
    /// Checked when the account does not exist, so that a wrong name takes as long to
    /// refuse as a wrong password.
    stand_in: String,
}

impl Default for Auth {
    fn default() -> Auth {
        Auth {
            sessions: Mutex::default(),
            tries: Mutex::default(),
            checker: Checker::start(),
            started: Instant::now(),
            stand_in: secret::hash(&secret::random_hex(16)).unwrap_or_default(),
        }
    }
}

/// A password to check against a hash, and where to say whether it matched.
type Check = (String, String, tokio::sync::oneshot::Sender<bool>);

/// Password checks, run on [`HASHES_AT_ONCE`] threads of their own, each with one Argon2
/// memory of about 19 MB that it keeps: a flood of logins waits its turn in the queue
/// instead of allocating a state each (200 logins at once took 3.8 GB).
struct Checker {
    queue: Mutex<std::sync::mpsc::Sender<Check>>,
}

impl Checker {
    fn start() -> Checker {
        let (queue, checks) = std::sync::mpsc::channel::<Check>();
        let checks = Arc::new(Mutex::new(checks));
        for _ in 0..HASHES_AT_ONCE {
            let checks = checks.clone();
            std::thread::spawn(move || {
                let mut verifier = secret::Verifier::default();
                loop {
                    let next = lock(&checks).recv();
                    let Ok((password, hash, answer)) = next else {
                        break; // the desk is stopping
                    };
                    let _ = answer.send(verifier.verifies(&password, &hash).unwrap_or(false));
                }
            });
        }
        Checker {
            queue: Mutex::new(queue),
        }
    }

    /// Whether `password` matches `hash`; `None` when the checks are so far behind that
    /// this one was not reached in [`HASH_WAIT`].
    async fn verifies(&self, password: String, hash: String) -> Option<bool> {
        let (answer, answered) = tokio::sync::oneshot::channel();
        lock(&self.queue).send((password, hash, answer)).ok()?;
        tokio::time::timeout(HASH_WAIT, answered).await.ok()?.ok()
    }
}

impl Auth {
    /// The session a cookie names, if it has not ended.
    fn session(&self, token: &str) -> Option<User> {
        let mut sessions = lock(&self.sessions);
        let now = Instant::now();
        sessions.retain(|_, (_, seen)| now.duration_since(*seen) < IDLE);
        let (user, seen) = sessions.get_mut(token)?;
        *seen = now;
        Some(user.clone())
    }

    /// Starts a session; returns its cookie token.
    fn open(&self, name: String, role: Role) -> String {
        let token = secret::random_hex(32);
        let user = User {
            name,
            role,
            csrf: secret::random_hex(32),
        };
        let mut sessions = lock(&self.sessions);
        sessions.insert(token.clone(), (user, Instant::now()));
        token
    }

    fn close(&self, token: &str) {
        let mut sessions = lock(&self.sessions);
        sessions.remove(token);
    }

    fn now(&self) -> f64 {
        self.started.elapsed().as_secs_f64()
    }
}

/// The value of cookie `name` in a request's headers.
fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// A cookie only this site's own pages send, never readable by scripts.
fn set_cookie(name: &str, value: &str, max_age: Option<u64>) -> (header::HeaderName, String) {
    let age = max_age.map_or(String::new(), |s| format!("; Max-Age={s}"));
    (
        header::SET_COOKIE,
        format!("{name}={value}; Path=/; HttpOnly; SameSite=Strict{age}"),
    )
}

/// Lets a request through only with a live session, which handlers then find in the
/// request's extensions; anyone else is sent to the login page.
pub(super) async fn require_login(
    State(desk): State<Arc<Desk>>,
    mut req: Request,
    next: Next,
) -> Response {
    match cookie(req.headers(), SESSION).and_then(|t| desk.auth.session(t)) {
        Some(user) => {
            req.extensions_mut().insert(user);
            next.run(req).await
        }
        None if req.method() == Method::GET => Redirect::to("/login").into_response(),
        None => session_ended().into_response(),
    }
}

/// What a request without a live session is told (a page asks to log in instead).
fn session_ended() -> Refusal {
    Refusal {
        status: StatusCode::UNAUTHORIZED,
        message: "Your session has ended; log in again.".into(),
    }
}

/// The login page, with a token for its form (the one this browser already has, so that
/// two login pages open at once both work).
pub(super) async fn login_page(headers: HeaderMap) -> Response {
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
pub(super) struct Login {
    name: String,
    password: String,
    #[serde(default)]
    csrf: String,
}

/// Checks a login: the form's token, the pause for this account and address, the
/// password. Opens a session on success.
pub(super) async fn login(
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
                Redirect::to("/cards"),
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
pub(super) async fn logout(
    State(desk): State<Arc<Desk>>,
    headers: HeaderMap,
    Posted(_, _): Posted<serde::de::IgnoredAny>,
) -> Response {
    if let Some(token) = cookie(&headers, SESSION) {
        desk.auth.close(token);
    }
    ([set_cookie(SESSION, "", Some(0))], Redirect::to("/login")).into_response()
}

/// Two tokens compared in time that does not depend on where they differ.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// A form posted by someone logged in, with this session's token (else refused: it did
/// not come from one of the desk's own pages).
pub(super) struct Posted<T>(pub(super) User, pub(super) T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for Posted<T> {
    type Rejection = Refusal;

    async fn from_request(req: Request, state: &S) -> Result<Self, Refusal> {
        let user = req
            .extensions()
            .get::<User>()
            .cloned()
            .ok_or_else(session_ended)?;
        let body = axum::body::Bytes::from_request(req, state)
            .await
            .map_err(|e| Refusal {
                status: e.status(),
                message: e.body_text(),
            })?;
        #[derive(Deserialize)]
        struct Token {
            csrf: Option<String>,
        }
        let token: Option<Token> = serde_urlencoded::from_bytes(&body).ok();
        let token = token.and_then(|t| t.csrf).unwrap_or_default();
        if !same(&token, &user.csrf) {
            return Err(Refusal {
                status: StatusCode::FORBIDDEN,
                message: "This form did not come from the desk's own page (or it is from an earlier session); reload the page and try again.".into(),
            });
        }
        let form = serde_urlencoded::from_bytes(&body).map_err(|e| Refusal {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            message: format!("The form could not be read: {e}; reload the page and try again."),
        })?;
        Ok(Posted(user, form))
    }
}
