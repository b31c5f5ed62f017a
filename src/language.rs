//! The language a text is written in: as the archive keeps it (ISO 639-3, "eng", "ara",
//! or "und" when it cannot be told) and as documents declare it to browsers, screen
//! readers and PDF readers (a BCP 47 tag: HTML `lang`, PDF `/Lang`).
//!
//! Detection is whatlang's, which does not know several languages the booth is set up
//! for (Sorani Kurdish, Pashto, Dari, Tigrinya, Somali, Albanian) and calls their text by
//! a neighbour's name. Those are told by the letters only they use, or by the language
//! the participant chose at the booth.

use whatlang::{Lang, Script};

/// A language of the booth that whatlang cannot detect.
struct Unlisted {
    /// ISO 639-3, as the archive keeps it.
    code: &'static str,
    /// BCP 47.
    tag: &'static str,
    /// English name, for the curator desk.
    name: &'static str,
    /// The script it is written in.
    script: Script,
    /// Letters no other language the booth meets writes in this script; any one of them
    /// names the language.
    own_letters: &'static str,
    /// The language whatlang names its text by, sure of itself.
    mistaken_for: Option<Lang>,
}

const UNLISTED: [Unlisted; 6] = [
    Unlisted {
        code: "ckb",
        tag: "ckb",
        name: "Central Kurdish (Sorani)",
        script: Script::Arabic,
        own_letters: "ێڵڕەۆ",
        mistaken_for: None,
    },
    Unlisted {
        code: "pus",
        tag: "ps",
        name: "Pashto",
        script: Script::Arabic,
        own_letters: "ټډړږښګڼۍځڅې",
        mistaken_for: None,
    },
    // Written as Persian is; only the participant's choice tells them apart.
    Unlisted {
        code: "prs",
        tag: "fa-AF",
        name: "Dari",
        script: Script::Arabic,
        own_letters: "",
        mistaken_for: Some(Lang::Pes),
    },
    // The labialised and the "qh" and "x" orders Tigrinya writes and Amharic does not.
    Unlisted {
        code: "tir",
        tag: "ti",
        name: "Tigrinya",
        script: Script::Ethiopic,
        own_letters: "ቐቑቒቓቔቕቖቘቚቛቜቝኸኹኺኻኼኽኾዀዂዃዄዅ",
        mistaken_for: Some(Lang::Amh),
    },
    Unlisted {
        code: "som",
        tag: "so",
        name: "Somali",
        script: Script::Latin,
        own_letters: "",
        mistaken_for: None,
    },
    Unlisted {
        code: "sqi",
        tag: "sq",
        name: "Albanian",
        script: Script::Latin,
        own_letters: "",
        mistaken_for: None,
    },
];

fn unlisted(code: &str) -> Option<&'static Unlisted> {
    UNLISTED.iter().find(|u| u.code == code)
}

/// The language of a message, as ISO 639-3, when it can be told reliably; "und" when not.
///
/// `chosen` is the language (ISO 639-3) the participant used the booth in, if known: a
/// message in that language's script is taken to be in it unless detection is sure of
/// another. For a language whatlang does not know, only a reliable answer counts as sure,
/// and never the neighbour it mistakes the language for (Persian for Dari, Amharic for
/// Tigrinya). An English participant's "Welcome, friends" is then English, not
/// undetermined; a Somali participant's long English sentence stays English.
pub fn detect(text: &str, chosen: Option<&str>) -> String {
    let info = whatlang::detect(text);
    let Some(script) = info
        .as_ref()
        .map(|i| i.script())
        .or_else(|| whatlang::detect_script(text))
    else {
        return "und".into();
    };
    if let Some(u) = UNLISTED
        .iter()
        .find(|u| u.script == script && text.chars().any(|c| u.own_letters.contains(c)))
    {
        return u.code.into();
    }
    // Booth messages are short; whatlang's own "reliable" flag rarely rises for them.
    let sure = info
        .as_ref()
        .filter(|i| i.is_reliable() || i.confidence() >= 0.25);
    if let Some(chosen) = chosen.filter(|c| written_in(c, script)) {
        // whatlang takes a language it does not know for one it does, often sure enough
        // (Somali for Javanese, Albanian for Afrikaans, at 0.25 to 0.35): only its
        // reliable answers outweigh the participant's choice then.
        let overruled = match (unlisted(chosen), &info) {
            (Some(u), Some(i)) => i.is_reliable() && Some(i.lang()) != u.mistaken_for,
            (None, _) => sure.is_some(),
            (_, None) => false,
        };
        if !overruled {
            return chosen.into();
        }
    }
    match sure {
        Some(info) => info.lang().code().into(),
        // Short messages rarely tell the language; the script still tells Arabic apart.
        None if script == Script::Arabic => "ara".into(),
        None => "und".into(),
    }
}

/// Whether the language (ISO 639-3) is written in `script`.
fn written_in(code: &str, script: Script) -> bool {
    match (Lang::from_code(code), unlisted(code)) {
        (Some(lang), _) => script.langs().contains(&lang),
        (None, Some(u)) => u.script == script,
        (None, None) => false,
    }
}

/// The language (ISO 639-3) of an interface language's BCP 47 tag ("fa-AF" is Dari,
/// "zh-Hans" Mandarin), if [`detect`] knows it.
pub fn from_tag(bcp47: &str) -> Option<&'static str> {
    let primary = bcp47.split('-').next()?;
    UNLISTED
        .iter()
        .find(|u| u.tag == bcp47 || u.tag == primary)
        .map(|u| u.code)
        .or_else(|| {
            Lang::all()
                .iter()
                .map(|l| l.code())
                .find(|&code| tag(code) == Some(primary))
        })
}

/// The English name of a language the archive keeps (ISO 639-3), for curators.
pub fn name(code: &str) -> Option<&'static str> {
    match (Lang::from_code(code), unlisted(code)) {
        (Some(lang), _) => Some(lang.eng_name()),
        (None, Some(u)) => Some(u.name),
        (None, None) => None,
    }
}

/// The BCP 47 tag for a language the archive keeps (ISO 639-3), or `None` for "und" and
/// codes [`detect`] never gives. BCP 47 takes the two-letter code where ISO 639-1 has
/// one, and the macrolanguage for Mandarin ("zh") and Iranian Persian ("fa"), which is
/// what speech synthesisers and browsers choose a voice or a font by.
pub fn tag(iso639_3: &str) -> Option<&'static str> {
    // Matched on whatlang's own list, so a language it learns to detect is a compile
    // error here until it has its tag.
    if let Some(u) = unlisted(iso639_3) {
        return Some(u.tag);
    }
    Some(match Lang::from_code(iso639_3)? {
        Lang::Afr => "af",
        Lang::Aka => "ak",
        Lang::Amh => "am",
        Lang::Ara => "ar",
        Lang::Aze => "az",
        Lang::Bel => "be",
        Lang::Ben => "bn",
        Lang::Bul => "bg",
        Lang::Cat => "ca",
        Lang::Ces => "cs",
        Lang::Cmn => "zh",
        Lang::Cym => "cy",
        Lang::Dan => "da",
        Lang::Deu => "de",
        Lang::Ell => "el",
        Lang::Eng => "en",
        Lang::Epo => "eo",
        Lang::Est => "et",
        Lang::Fin => "fi",
        Lang::Fra => "fr",
        Lang::Guj => "gu",
        Lang::Heb => "he",
        Lang::Hin => "hi",
        Lang::Hrv => "hr",
        Lang::Hun => "hu",
        Lang::Hye => "hy",
        Lang::Ind => "id",
        Lang::Ita => "it",
        Lang::Jav => "jv",
        Lang::Jpn => "ja",
        Lang::Kan => "kn",
        Lang::Kat => "ka",
        Lang::Khm => "km",
        Lang::Kor => "ko",
        Lang::Lat => "la",
        Lang::Lav => "lv",
        Lang::Lit => "lt",
        Lang::Mal => "ml",
        Lang::Mar => "mr",
        Lang::Mkd => "mk",
        Lang::Mya => "my",
        Lang::Nep => "ne",
        Lang::Nld => "nl",
        Lang::Nob => "nb",
        Lang::Ori => "or",
        Lang::Pan => "pa",
        Lang::Pes => "fa",
        Lang::Pol => "pl",
        Lang::Por => "pt",
        Lang::Ron => "ro",
        Lang::Rus => "ru",
        Lang::Sin => "si",
        Lang::Slk => "sk",
        Lang::Slv => "sl",
        Lang::Sna => "sn",
        Lang::Spa => "es",
        Lang::Srp => "sr",
        Lang::Swe => "sv",
        Lang::Tam => "ta",
        Lang::Tel => "te",
        Lang::Tgl => "tl",
        Lang::Tha => "th",
        Lang::Tuk => "tk",
        Lang::Tur => "tr",
        Lang::Ukr => "uk",
        Lang::Urd => "ur",
        Lang::Uzb => "uz",
        Lang::Vie => "vi",
        Lang::Yid => "yi",
        Lang::Zul => "zu",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sentence of `tests/data/welcome.tsv` in a language.
    fn corpus(language: &str) -> &'static str {
        include_str!("../tests/data/welcome.tsv")
            .lines()
            .find_map(|l| l.strip_prefix(language)?.strip_prefix('\t'))
            .unwrap()
    }

    #[test]
    fn languages_are_detected() {
        assert_eq!(
            detect(
                "You are welcome here, this city is your home too and we are glad.",
                None
            ),
            "eng"
        );
        assert_eq!(detect("أهلا", None), "ara");
        // Too short to tell English from Danish: said so rather than guessed.
        let short = "Welcome number 1, you are among friends here";
        assert_eq!(detect(short, None), "und");
        assert_eq!(detect("Hi", None), "und");
        for (language, code) in [
            ("Arabic", "ara"),
            ("Farsi", "pes"),
            ("Urdu", "urd"),
            ("Amharic", "amh"),
            ("Sorani Kurdish", "ckb"),
            ("Tigrinya", "tir"),
        ] {
            assert_eq!(detect(corpus(language), None), code, "{language}");
        }
        assert_eq!(
            detect("ښه راغلاست، دلته تاسو د ملګرو ترمنځ یاست.", None),
            "pus"
        );
    }

    #[test]
    fn the_language_chosen_at_the_booth_settles_what_detection_cannot() {
        // Unsure: the participant's language, if written in the message's script.
        let short = "Welcome number 1, you are among friends here";
        assert_eq!(detect(short, Some("eng")), "eng");
        assert_eq!(detect(short, Some("ara")), "und");
        // Dari and Somali are not detected at all; Persian is Dari's neighbour.
        assert_eq!(detect(corpus("Farsi"), Some("prs")), "prs");
        let somali = "Soo dhawoow, halkan waxaad ku dhex jirtaan saaxiibo.";
        assert_eq!(detect(somali, Some("som")), "som");
        assert_eq!(
            detect("Mirë se erdhët! Këtu jeni mes miqve.", Some("sqi")),
            "sqi"
        );
        // Sure: detection wins over the booth's language.
        let english = "You are welcome here, this city is your home too and we are glad.";
        assert_eq!(detect(english, Some("fra")), "eng");
        assert_eq!(detect(english, Some("som")), "eng");
        assert_eq!(detect(corpus("Amharic"), Some("tir")), "tir");
        // A language's own letters win over everything.
        assert_eq!(detect(corpus("Sorani Kurdish"), Some("pes")), "ckb");
    }

    #[test]
    fn interface_tags_name_their_language() {
        // Interface language, as the archive keeps it, as documents declare it.
        for (interface, code, bcp47) in [
            ("en", "eng", "en"),
            ("fa", "pes", "fa"),
            ("fa-AF", "prs", "fa-AF"),
            ("zh-Hans", "cmn", "zh"),
            ("ckb", "ckb", "ckb"),
            ("ps", "pus", "ps"),
            ("ti", "tir", "ti"),
            ("so", "som", "so"),
            ("sq", "sqi", "sq"),
        ] {
            assert_eq!(from_tag(interface), Some(code), "{interface}");
            assert_eq!(tag(code), Some(bcp47), "{code}");
        }
        assert_eq!(from_tag("xx"), None);
        assert_eq!(name("ckb"), Some("Central Kurdish (Sorani)"));
        assert_eq!(name("eng"), Some("English"));
        assert_eq!(name("und"), None);
    }

    #[test]
    fn every_language_detected_has_a_tag() {
        // One tag each: a tag copied onto the wrong language would repeat.
        let codes: Vec<&str> = Lang::all()
            .iter()
            .map(|l| l.code())
            .chain(UNLISTED.iter().map(|u| u.code))
            .collect();
        let tags: std::collections::HashSet<_> = codes.iter().map(|c| tag(c)).collect();
        assert_eq!(tags.len(), codes.len());
        assert!(!tags.contains(&None));
        assert_eq!(tag("ara"), Some("ar"));
        assert_eq!(tag("cmn"), Some("zh"));
        assert_eq!(tag("und"), None);
        assert_eq!(tag(""), None);
    }
}
