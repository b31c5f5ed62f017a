//! The curator desk as its users meet it: a translator and a curator in a real headless
//! Chromium (WebDriver), and what an attacker could send over plain HTTP.

mod common;

use std::path::Path;

use common::desk::{
    Browser, Desk, add_card, add_user, block_on, card_file, log_in, request, try_add_user,
};
use common::{booth, pdf_text};
use fantoccini::Locator;
use serde_json::Value;

const CURATOR: (&str, &str) = ("Mira", "curator-pass-2026");
const TRANSLATOR: (&str, &str) = ("Rania", "translator-pass-2026");

/// Runs `test` in a browser logged in to a desk as `who`, over an archive made by
/// [`archive_with_cards`].
fn in_browser(who: (&str, &str), test: impl AsyncFnOnce(&Browser, &Desk, &Path, &[String])) {
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path();
    let ids = archive_with_cards(archive);
    let desk = Desk::start(archive);
    block_on(async {
        let b = Browser::open().await;
        b.log_in(&desk, who.0, who.1).await;
        test(&b, &desk, archive, &ids).await;
        b.close().await;
    });
}

/// An archive with both accounts and three cards: (archive dir, ids in the order made).
fn archive_with_cards(dir: &Path) -> Vec<String> {
    add_user(dir, CURATOR.0, "curator", CURATOR.1);
    add_user(dir, TRANSLATOR.0, "translator", TRANSLATOR.1);
    vec![
        add_card(
            dir,
            "Welcome to our harbour town, neighbour",
            "Amal",
            "print,archive,exhibition",
        ),
        add_card(
            dir,
            "You are safe here <script>window.pwned = 1</script> <img src=x onerror=\"window.pwned = 2\">",
            "Tom",
            "print,archive,exhibition",
        ),
        add_card(
            dir,
            "May your new home be full of friends",
            "Sara",
            "print,archive,exhibition",
        ),
    ]
}

#[test]
fn a_translator_finds_a_card_translates_it_and_may_do_nothing_else() {
    in_browser(TRANSLATOR, async |b, desk, archive, ids| {
        let c = &b.client;

        // A participant's markup is shown as text and never runs.
        let text = b.text().await;
        assert!(text.contains("<script>window.pwned = 1</script>"), "{text}");
        let pwned = c
            .execute("return typeof window.pwned", vec![])
            .await
            .unwrap();
        assert_eq!(pwned, Value::from("undefined"));

        // Find the card by a word of its message.
        let search = c.find(Locator::Css("input[name=q]")).await.unwrap();
        search.send_keys("harb").await.unwrap();
        b.click("form.filters button[type=submit]").await;
        let tiles = c.find_all(Locator::Css("a.tile")).await.unwrap();
        assert_eq!(tiles.len(), 1);
        assert_eq!(
            tiles[0].attr("data-card").await.unwrap().as_deref(),
            Some(ids[0].as_str())
        );
        b.click("a.tile").await;
        b.click("a.button[href$='/translate']").await;

        // Type the Arabic: the card is drawn with it on the server as it is typed.
        let arabic = "أهلاً بك في مدينتنا يا جارنا";
        let area = c.find(Locator::Css("textarea[name=text]")).await.unwrap();
        assert_eq!(area.attr("dir").await.unwrap().as_deref(), Some("rtl"));
        assert_eq!(area.attr("lang").await.unwrap().as_deref(), Some("ar"));
        area.send_keys(arabic).await.unwrap();
        let drawn = b
            .wait(
                "the live preview",
                "return document.getElementById('preview').dataset.drawn || ''",
                |v| v != "",
            )
            .await;
        assert!(!drawn.as_str().unwrap().is_empty());
        let note = c
            .find(Locator::Id("preview-note"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(note.contains("drawn in"), "{note}");
        b.screenshot_for_docs("desk-translate.png").await;

        // Approve: the archived card is drawn again with the Arabic.
        b.tick("input[name=status][value=approved]").await;
        b.click("form.editor button[type=submit]").await;
        assert!(b.text().await.contains("Saved and approved"));
        let pdf = pdf_text(&card_file(archive, &ids[0], "card.pdf"));
        for word in ["مدينتنا", "جارنا"] {
            assert!(pdf.contains(word), "{word} in {pdf}");
        }
        let show = booth(&[
            "--archive",
            archive.to_str().unwrap(),
            "archive",
            "show",
            &ids[0],
        ]);
        assert!(String::from_utf8_lossy(&show.stdout).contains(TRANSLATOR.0));

        // The reference printed on the card finds it.
        let reference = pdf
            .split("ref. ")
            .nth(1)
            .unwrap()
            .split_whitespace()
            .next()
            .unwrap()
            .to_string();
        c.goto(&desk.url("/cards")).await.unwrap();
        c.find(Locator::Css("input[name=q]"))
            .await
            .unwrap()
            .send_keys(&reference)
            .await
            .unwrap();
        b.click("form.filters button[type=submit]").await;
        let tiles = c.find_all(Locator::Css("a.tile")).await.unwrap();
        assert_eq!(tiles.len(), 1, "reference {reference}");
        assert_eq!(
            tiles[0].attr("data-card").await.unwrap().as_deref(),
            Some(ids[0].as_str())
        );

        // A translator cannot correct a message or erase a card: 403, nothing changed.
        c.goto(&desk.url(&format!("/cards/{}/erase", ids[1])))
            .await
            .unwrap();
        assert!(b.text().await.contains("403"));
        c.goto(&desk.url(&format!("/cards/{}", ids[1])))
            .await
            .unwrap();
        assert!(
            c.find(Locator::Css("form.correct")).await.is_err(),
            "no correction form for translators"
        );
        for (action, fields) in [
            ("correct", "message: 'changed', name: '', version: '1'"),
            ("erase", "confirm: 'yes'"),
        ] {
            let script = format!(
                "const csrf = document.querySelector('input[name=csrf]').value;
                 return fetch('/cards/{}/{action}', {{method: 'POST', body: new URLSearchParams({{csrf, {fields}}})}}).then(r => r.status)",
                ids[1]
            );
            assert_eq!(
                c.execute(&script, vec![]).await.unwrap(),
                Value::from(403),
                "{action}"
            );
        }
        assert!(card_file(archive, &ids[1], "card.pdf").exists());
        assert!(pdf_text(&card_file(archive, &ids[1], "card.pdf")).contains("You are safe here"));
    });
}

#[test]
fn a_curator_corrects_selects_builds_and_erases() {
    in_browser(CURATOR, async |b, desk, archive, ids| {
        let c = &b.client;
        b.screenshot_for_docs("desk-grid.png").await;

        // Correct a typo: the card is drawn again and the text before is kept.
        c.goto(&desk.url(&format!("/cards/{}", ids[2])))
            .await
            .unwrap();
        b.retype(
            "form.correct textarea[name=message]",
            "May your new home be full of good friends",
        )
        .await;
        b.click("form.correct button[type=submit]").await;
        let history = c
            .find(Locator::Css("table.history"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            history.contains("May your new home be full of friends"),
            "{history}"
        );
        assert!(history.contains(CURATOR.0), "{history}");
        assert!(
            pdf_text(&card_file(archive, &ids[2], "card.pdf")).contains("full of good friends")
        );

        // Leave the first card out, move the third before the second, build.
        c.goto(&desk.url("/exhibition")).await.unwrap();
        let button = |id: &str, action: &str| {
            format!("ol.order li[data-card='{id}'] button[value={action}]")
        };
        b.click(&button(&ids[0], "exclude")).await;
        b.click(&button(&ids[2], "up")).await;
        let order = b
            .wait(
                "the order",
                "return [...document.querySelectorAll('ol.order li')].map(l => l.dataset.card)",
                |_| true,
            )
            .await;
        assert_eq!(order, Value::from(vec![ids[2].clone(), ids[1].clone()]));
        b.click("section.build button").await;
        b.wait(
            "the build",
            "return document.body.innerText.includes('Built:')",
            |v| v == true,
        )
        .await;
        b.screenshot_for_docs("desk-exhibition.png").await;
        c.goto(&desk.url("/exhibition/files/index.html"))
            .await
            .unwrap();
        let figures = c
            .execute(
                "return [...document.querySelectorAll('figure')].map(f => f.id)",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(
            figures,
            Value::from(vec![format!("card-{}", ids[2]), format!("card-{}", ids[1])])
        );

        // Erase, asked twice: the folder is gone and search finds nothing.
        c.goto(&desk.url(&format!("/cards/{}", ids[0])))
            .await
            .unwrap();
        b.click("a.button.danger").await;
        b.tick("input[name=confirm]").await;
        b.click("section.erase button[type=submit]").await;
        assert!(b.text().await.contains("was erased"));
        assert!(!archive.join("cards").join(&ids[0]).exists());
        c.goto(&desk.url("/cards?q=harbour")).await.unwrap();
        assert!(c.find_all(Locator::Css("a.tile")).await.unwrap().is_empty());
        assert!(b.text().await.contains("0 card(s)"));
    });
}

#[test]
fn an_edit_on_a_card_changed_since_it_was_opened_is_refused() {
    in_browser(CURATOR, async |b, desk, archive, ids| {
        let c = &b.client;
        c.goto(&desk.url(&format!("/cards/{}", ids[0])))
            .await
            .unwrap();

        // Meanwhile a second session (another curator's laptop) saves a correction.
        let other = log_in(desk.addr, CURATOR.0, CURATOR.1).unwrap();
        let page = request(desk.addr, "GET", &format!("/cards/{}", ids[0]), &other, &[]);
        let saved = request(
            desk.addr,
            "POST",
            &format!("/cards/{}/correct", ids[0]),
            &other,
            &[
                ("csrf", &page.field("csrf")),
                ("version", &page.field("version")),
                ("message", "Welcome to our harbour town, dear neighbour"),
                ("name", "Amal"),
            ],
        );
        assert_eq!(saved.status, 303, "{}", saved.body);

        // The first session's save is refused, its text kept, nothing overwritten.
        b.retype("form.correct textarea[name=message]", "Welcome, neighbour")
            .await;
        b.click("form.correct button[type=submit]").await;
        let text = b.text().await;
        assert!(text.contains("changed since you opened it"), "{text}");
        let kept = c
            .find(Locator::Css("form.correct textarea[name=message]"))
            .await
            .unwrap()
            .prop("value")
            .await
            .unwrap();
        assert_eq!(kept.as_deref(), Some("Welcome, neighbour"));
        assert!(pdf_text(&card_file(archive, &ids[0], "card.pdf")).contains("dear neighbour"));

        // Another program on the same archive (as the kiosk is) changes the card while
        // the page is open: refused the same way.
        c.goto(&desk.url(&format!("/cards/{}", ids[0])))
            .await
            .unwrap();
        let withdrawn = booth(&[
            "--archive",
            archive.to_str().unwrap(),
            "archive",
            "withdraw",
            &ids[0],
            "--use",
            "social",
        ]);
        assert!(withdrawn.status.success());
        b.retype("form.correct input[name=name]", "Amal B.").await;
        b.click("form.correct button[type=submit]").await;
        assert!(b.text().await.contains("changed since you opened it"));
        let show = booth(&[
            "--archive",
            archive.to_str().unwrap(),
            "archive",
            "show",
            &ids[0],
        ]);
        assert!(!String::from_utf8_lossy(&show.stdout).contains("Amal B."));
    });
}

#[test]
fn forms_need_their_token_and_wrong_passwords_are_paused() {
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path();

    // No archive there: nothing is made, and the desk says what to give it.
    let nowhere = archive.join("typo");
    let out = booth(&["--archive", nowhere.to_str().unwrap(), "desk"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("there is no archive at"));
    assert!(!nowhere.exists());

    // Every command that reads an archive refuses the same way.
    let out = booth(&["--archive", nowhere.to_str().unwrap(), "archive", "list"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("there is no archive at"));
    assert!(!nowhere.exists());

    // No accounts yet: the desk refuses to start, saying how to add one.
    welcome_booth::archive::Archive::open(archive).unwrap();
    let out = booth(&[
        "--archive",
        archive.to_str().unwrap(),
        "desk",
        "--listen",
        "127.0.0.1:0",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("no desk accounts") && said.contains("desk add-user"),
        "{said}"
    );

    let short = try_add_user(archive, CURATOR.0, "curator", "hunter2");
    assert_eq!(short.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&short.stderr).contains("at least 10 characters"));
    add_user(archive, CURATOR.0, "curator", CURATOR.1);
    add_user(archive, TRANSLATOR.0, "translator", TRANSLATOR.1);
    let id = add_card(archive, "Welcome home", "Amal", "print,archive,exhibition");
    let desk = Desk::start(archive);

    // Nothing but the login page without a session, on loopback too.
    let anonymous = request(desk.addr, "GET", &format!("/cards/{id}"), "", &[]);
    assert_eq!(
        (anonymous.status, anonymous.header("location")),
        (303, Some("/login"))
    );
    assert_eq!(
        request(desk.addr, "GET", &format!("/cards/{id}/card.png"), "", &[]).status,
        303
    );

    // The session cookie cannot be read by scripts nor sent by other sites.
    let curator = log_in(desk.addr, CURATOR.0, CURATOR.1).unwrap();
    let again = request(desk.addr, "GET", "/login", "", &[]);
    let page = request(
        desk.addr,
        "POST",
        "/login",
        again
            .header("set-cookie")
            .unwrap()
            .split(';')
            .next()
            .unwrap(),
        &[
            ("name", CURATOR.0),
            ("password", CURATOR.1),
            ("csrf", &again.field("csrf")),
        ],
    );
    let cookie = page
        .all("set-cookie")
        .into_iter()
        .find(|c| c.starts_with("desk_session="))
        .unwrap();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );

    // A form posted without the session's token (as another site would) is refused.
    let card = request(desk.addr, "GET", &format!("/cards/{id}"), &curator, &[]);
    let erase = format!("/cards/{id}/erase");
    let forged = request(desk.addr, "POST", &erase, &curator, &[("confirm", "yes")]);
    assert_eq!(forged.status, 403);
    let wrong = request(
        desk.addr,
        "POST",
        &erase,
        &curator,
        &[("confirm", "yes"), ("csrf", "0123456789abcdef")],
    );
    assert_eq!(wrong.status, 403);
    assert!(card_file(archive, &id, "card.pdf").exists());
    // A translator's session with its own token is still refused curators' work.
    let translator = log_in(desk.addr, TRANSLATOR.0, TRANSLATOR.1).unwrap();
    let theirs = request(desk.addr, "GET", &format!("/cards/{id}"), &translator, &[]);
    let refused = request(
        desk.addr,
        "POST",
        &erase,
        &translator,
        &[("confirm", "yes"), ("csrf", &theirs.field("csrf"))],
    );
    assert_eq!(refused.status, 403);
    assert!(card_file(archive, &id, "card.pdf").exists());
    // Exhibitions are built in one of the desk's layouts, never a file the form names.
    let csrf = card.field("csrf");
    let build = |layout: &str| {
        request(
            desk.addr,
            "POST",
            "/exhibition/build",
            &curator,
            &[("csrf", &csrf), ("layout", layout)],
        )
    };
    assert_eq!(build("/etc/passwd").status, 404);
    // A card that is not there is said so in the browser's words, not the command line's.
    let missing = request(desk.addr, "GET", "/cards/K7QM-4XRT", &curator, &[]);
    assert_eq!(missing.status, 404);
    assert!(
        missing
            .body
            .contains("There is no card with the reference K7QM-4XRT here")
            && !missing.body.contains("welcome-booth"),
        "{}",
        missing.body
    );
    assert_eq!(build("classroom-a4-ar").status, 303);
    let started = std::time::Instant::now();
    let built = loop {
        let page = request(desk.addr, "GET", "/exhibition", &curator, &[]);
        if page.body.contains("Built:") {
            break page.body;
        }
        assert!(started.elapsed().as_secs() < 60, "{}", page.body);
        std::thread::sleep(std::time::Duration::from_millis(100));
    };
    assert!(
        built.contains("Built: 0 card(s)") && built.contains("1 left out"),
        "{built}"
    );

    // With the token, the curator's erasure goes through.
    let done = request(
        desk.addr,
        "POST",
        &erase,
        &curator,
        &[("confirm", "yes"), ("csrf", &card.field("csrf"))],
    );
    assert_eq!(done.status, 303, "{}", done.body);
    assert!(!archive.join("cards").join(&id).exists());

    // Wrong passwords: five, then a pause in which even the right one is refused.
    for _ in 0..4 {
        assert_eq!(
            log_in(desk.addr, TRANSLATOR.0, "guess-guess-guess")
                .unwrap_err()
                .status,
            401
        );
    }
    let paused = log_in(desk.addr, TRANSLATOR.0, "guess-guess-guess").unwrap_err();
    assert_eq!(paused.status, 429);
    assert!(paused.body.contains("Too many wrong passwords"));
    assert_eq!(
        log_in(desk.addr, TRANSLATOR.0, TRANSLATOR.1)
            .unwrap_err()
            .status,
        429
    );
    // Only that account is paused: the curator still logs in.
    assert!(log_in(desk.addr, CURATOR.0, CURATOR.1).is_ok());
    // An unknown account is refused like a wrong password.
    assert_eq!(
        log_in(desk.addr, "Nobody", "whatever-whatever")
            .unwrap_err()
            .status,
        401
    );
}
