//! The language a text is written in: as the archive keeps it (ISO 639-3, "eng", "ara",
//! or "und" when it cannot be told) and as documents declare it to browsers, screen
//! readers and PDF readers (a BCP 47 tag: HTML `lang`, PDF `/Lang`).

use whatlang::Lang;

/// The language of a message, as ISO 639-3, when it can be told reliably; "und" when not.
pub fn detect(text: &str) -> String {
    match whatlang::detect(text) {
        // Booth messages are short; whatlang's own "reliable" flag rarely rises for them.
        Some(info) if info.is_reliable() || info.confidence() >= 0.25 => {
            info.lang().code().to_string()
        }
        // Short messages rarely tell the language; the script still tells Arabic apart.
        _ if whatlang::detect_script(text) == Some(whatlang::Script::Arabic) => "ara".into(),
        _ => "und".into(),
    }
}

/// The BCP 47 tag for a language the archive keeps (ISO 639-3), or `None` for "und" and
/// codes [`detect`] never gives. BCP 47 takes the two-letter code where ISO 639-1 has
/// one, and the macrolanguage for Mandarin ("zh") and Iranian Persian ("fa"), which is
/// what speech synthesisers and browsers choose a voice or a font by.
pub fn tag(iso639_3: &str) -> Option<&'static str> {
    // Matched on whatlang's own list, so a language it learns to detect is a compile
    // error here until it has its tag.
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

    #[test]
    fn languages_are_detected() {
        assert_eq!(
            detect("You are welcome here, this city is your home too and we are glad."),
            "eng"
        );
        assert_eq!(detect("أهلا"), "ara");
        // Too short to tell English from Danish: said so rather than guessed.
        assert_eq!(
            detect("Welcome number 1, you are among friends here"),
            "und"
        );
        assert_eq!(detect("Hi"), "und");
    }

    #[test]
    fn every_language_detected_has_a_tag() {
        // One tag each: a tag copied onto the wrong language would repeat.
        let tags: std::collections::HashSet<_> =
            Lang::all().iter().map(|l| tag(l.code())).collect();
        assert_eq!(tags.len(), Lang::all().len());
        assert!(!tags.contains(&None));
        assert_eq!(tag("ara"), Some("ar"));
        assert_eq!(tag("cmn"), Some("zh"));
        assert_eq!(tag("und"), None);
        assert_eq!(tag(""), None);
    }
}
