//! The kiosk's "room left" meter and its "shorten by" advice, checked against the card
//! engine's own fit: for messages of 1 to 600 characters, English and Arabic, the meter
//! agrees with how much more of the real text the card takes, within 2 points.

use welcome_booth::card::room::Room;
use welcome_booth::card::{CardEngine, CardText, Layout};

const ENGLISH: &str = "You are welcome here. This city has room for you, and we are glad you came. \
Whatever you carried with you, and whatever you had to leave behind, you do not have to carry it \
alone any more. Our schools will teach your children and learn from them; our streets will learn \
your songs, your recipes and your name. When you are ready, tell us your story, and we will listen. \
When you are tired, rest; nobody here will hurry you. We hope that one day soon this place feels \
like home, that you find work you love, friends who make you laugh, a kitchen that smells of your \
grandmother's bread. Until then, know that we are glad you are our neighbour, and that every one of \
us who wrote on these cards means it. Welcome, welcome, welcome: this is your home too now, and we are \
proud to share it with you and with everyone you love.";

const ARABIC: &str = "أهلاً وسهلاً بكم في مدينتنا، فهنا مكان لكم ونحن سعداء بقدومكم. مهما حملتم معكم \
ومهما اضطررتم إلى تركه خلفكم، لن تحملوه وحدكم بعد اليوم. مدارسنا ستعلّم أطفالكم وتتعلم منهم، وشوارعنا \
ستحفظ أغانيكم ووصفاتكم وأسماءكم. حين تكونون مستعدين، احكوا لنا قصتكم وسنصغي إليكم. وحين تتعبون، استريحوا \
فلا أحد هنا سيستعجلكم. نرجو أن يصبح هذا المكان قريباً بيتاً لكم، وأن تجدوا عملاً تحبونه وأصدقاء يضحكونكم \
ومطبخاً تفوح منه رائحة خبز جداتكم. وإلى ذلك الحين، اعلموا أننا فرحون بأنكم جيراننا، وأن كل واحد منا كتب \
على هذه البطاقات يعني ما كتب. أهلاً وسهلاً، هذا بيتكم أيضاً.";

fn card(message: &str) -> CardText {
    CardText {
        message: message.to_string(),
        name: Some("Amal".into()),
        event: None,
        date: Some("1 December 2026".into()),
        ..CardText::default()
    }
}

/// The longest beginning of `text`, in characters, that the card takes (found by laying out
/// each length with the engine; a plain search, independent of the meter's).
fn capacity(engine: &mut CardEngine, layout: &Layout, text: &[char]) -> usize {
    let fits = |engine: &mut CardEngine, n: usize| {
        let message: String = text[..n].iter().collect();
        engine.check_text(layout, &card(&message)).is_ok()
    };
    let mut n = 1;
    while n < text.len() && fits(engine, n + 1) {
        n += 1;
    }
    n
}

#[test]
fn the_meter_and_the_advice_agree_with_the_cards_fit_from_1_to_600_characters() {
    let layout = Layout::find("postcard-4x6").unwrap();
    let mut engine = CardEngine::new();
    let mut wrong = Vec::new();
    for corpus in [ENGLISH, ARABIC] {
        // Long enough for 600 characters whatever the corpus (it carries on with itself).
        let text: Vec<char> = format!("{corpus} {corpus}").chars().collect();
        assert!(text.len() >= 600, "{}", text.len());
        let fits_at = capacity(&mut engine, &layout, &text);
        assert!(
            fits_at < 600,
            "the corpus must overflow the card: {fits_at}"
        );
        for len in (1..=600).step_by(23).chain([fits_at, fits_at + 1]) {
            let message: String = text[..len].iter().collect();
            let room = engine.message_room(&layout, &card(&message)).unwrap();
            if len <= fits_at {
                // How much more of the real text the card takes, as a share of the room.
                let truth = (fits_at - len) as f32 / fits_at as f32 * 100.0;
                let shown = room.left_percent() as f32;
                if (shown - truth).abs() > 2.0 {
                    wrong.push(format!(
                        "{len} chars: meter {shown}% left, the card takes {truth:.1}% more"
                    ));
                }
            } else {
                let Room::TooLong { shorten_percent } = room else {
                    panic!("{len} chars do not fit but the meter says {room:?}");
                };
                let truth = (len - fits_at) as f32 / len as f32 * 100.0;
                if (shorten_percent as f32 - truth).abs() > 2.0 {
                    wrong.push(format!(
                        "{len} chars: shorten by {shorten_percent}%, the card needs {truth:.1}%"
                    ));
                }
                // Cutting what the advice says makes it fit.
                let kept = len - (len * shorten_percent as usize).div_ceil(100);
                let cut: String = text[..kept].iter().collect();
                assert!(engine.check_text(&layout, &card(&cut)).is_ok(), "{len}");
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
