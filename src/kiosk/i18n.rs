//! The kiosk's words in each of its languages: Project Fluent files (`locales/<tag>/kiosk.ftl`)
//! compiled into the binary, read once, with English for any message a language lacks, so a
//! participant never sees a message id. Plurals follow CLDR through Fluent; each sentence is
//! one message with its variables, never pieces glued together.

use std::collections::{BTreeMap, BTreeSet};
use std::str::FromStr;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

/// The booth's languages, in the order the start screen offers them, with their Fluent
/// files. To add one: write `locales/<tag>/kiosk.ftl` (and `keyboards/<language>.toml` if
/// it has an on-screen keyboard) and list it here.
const BUILTIN: [(&str, &str); 24] = [
    ("en", include_str!("../../locales/en/kiosk.ftl")),
    ("ar", include_str!("../../locales/ar/kiosk.ftl")),
    ("fa", include_str!("../../locales/fa/kiosk.ftl")),
    ("fa-AF", include_str!("../../locales/fa-AF/kiosk.ftl")),
    ("ps", include_str!("../../locales/ps/kiosk.ftl")),
    ("ckb", include_str!("../../locales/ckb/kiosk.ftl")),
    ("ur", include_str!("../../locales/ur/kiosk.ftl")),
    ("ti", include_str!("../../locales/ti/kiosk.ftl")),
    ("am", include_str!("../../locales/am/kiosk.ftl")),
    ("so", include_str!("../../locales/so/kiosk.ftl")),
    ("uk", include_str!("../../locales/uk/kiosk.ftl")),
    ("ru", include_str!("../../locales/ru/kiosk.ftl")),
    ("sq", include_str!("../../locales/sq/kiosk.ftl")),
    ("tr", include_str!("../../locales/tr/kiosk.ftl")),
    ("vi", include_str!("../../locales/vi/kiosk.ftl")),
    ("bn", include_str!("../../locales/bn/kiosk.ftl")),
    ("pa", include_str!("../../locales/pa/kiosk.ftl")),
    ("pl", include_str!("../../locales/pl/kiosk.ftl")),
    ("ro", include_str!("../../locales/ro/kiosk.ftl")),
    ("es", include_str!("../../locales/es/kiosk.ftl")),
    ("pt", include_str!("../../locales/pt/kiosk.ftl")),
    ("fr", include_str!("../../locales/fr/kiosk.ftl")),
    ("it", include_str!("../../locales/it/kiosk.ftl")),
    ("zh-Hans", include_str!("../../locales/zh-Hans/kiosk.ftl")),
];

/// The language every other falls back to.
pub const ENGLISH: &str = "en";

/// One of the kiosk's languages.
pub struct Language {
    /// Its BCP 47 tag, e.g. `fa-AF`.
    pub tag: &'static str,
    /// Its name in itself (`language-name`), as the start screen offers it.
    pub name: String,
    /// Whether it is written right to left (the screens are then mirrored).
    pub rtl: bool,
    /// Whether its file says a native speaker has yet to review it.
    pub awaiting_review: bool,
    bundle: FluentBundle<FluentResource>,
    /// Each message's variables, as the file uses them.
    variables: BTreeMap<String, BTreeSet<String>>,
}

impl std::fmt::Debug for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Language").field("tag", &self.tag).finish()
    }
}

/// Every built-in language, read once. The files are compiled in and tested, so one that
/// does not parse is a broken build, not a user's mistake.
pub fn languages() -> &'static [Language] {
    static ALL: OnceLock<Vec<Language>> = OnceLock::new();
    ALL.get_or_init(|| {
        BUILTIN
            .iter()
            .map(|(tag, src)| {
                Language::parse(tag, src).unwrap_or_else(|e| panic!("locales/{tag}: {e}"))
            })
            .collect()
    })
}

/// The built-in language with this tag (matched without regard to case, `_` read as `-`),
/// or the pseudo-language [`PSEUDO`].
pub fn language(tag: &str) -> Option<&'static Language> {
    let wanted = tag.trim().replace('_', "-");
    if wanted.eq_ignore_ascii_case(PSEUDO) {
        return Some(pseudo());
    }
    languages()
        .iter()
        .find(|l| l.tag.eq_ignore_ascii_case(&wanted))
}

/// The tag of the pseudo-language: English with every letter accented and each message
/// about 40% longer, for checking that the screens make room for longer translations. It
/// is never offered to participants.
pub const PSEUDO: &str = "en-XA";

/// The pseudo-language, made from the English file.
fn pseudo() -> &'static Language {
    static PSEUDO_LANGUAGE: OnceLock<Language> = OnceLock::new();
    PSEUDO_LANGUAGE.get_or_init(|| {
        let src = pseudo_source(BUILTIN[0].1);
        Language::parse(PSEUDO, &src).unwrap_or_else(|e| panic!("the pseudo-language: {e}"))
    })
}

/// A Fluent file's text made longer and accented, its ids, selectors and variables kept.
fn pseudo_source(src: &str) -> String {
    let mut out = String::with_capacity(src.len() * 2);
    for line in src.lines() {
        let trimmed = line.trim_start();
        let text_at = if trimmed.starts_with('#') || trimmed.is_empty() || trimmed == "}" {
            None
        } else if trimmed.starts_with('[') || trimmed.starts_with("*[") {
            line.find(']').map(|i| i + 1)
        } else {
            line.find(" = ").map(|i| i + 3)
        };
        match text_at {
            Some(at) if !line.trim_end().ends_with("->") => {
                out.push_str(&line[..at]);
                out.push_str(&pseudo_text(&line[at..]));
            }
            _ => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

/// Words accented and lengthened by about 40%; `{ … }` placeables left as they are.
fn pseudo_text(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    let mut letters = 0usize;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        if depth > 0 || c == '}' {
            out.push(c);
            continue;
        }
        letters += 1;
        out.push(match c {
            'a' => 'á',
            'e' => 'é',
            'i' => 'í',
            'o' => 'ö',
            'u' => 'ü',
            'A' => 'Å',
            'E' => 'É',
            'O' => 'Ö',
            'n' => 'ñ',
            'c' => 'ç',
            c => c,
        });
    }
    // Longer by words, so lines can break where a translation's would.
    let extra = (letters * 2).div_ceil(5);
    let words = extra.div_ceil(5);
    for _ in 0..words {
        out.push_str(" ẋẋẋẋ");
    }
    out
}

/// English, the language of last resort.
pub fn english() -> &'static Language {
    &languages()[0]
}

/// A message's arguments: its variables' names and values.
pub type Args<'a> = [(&'a str, FluentValue<'a>)];

impl Language {
    /// Reads a Fluent file for `tag`.
    pub fn parse(tag: &'static str, src: &str) -> Result<Language, String> {
        let id = LanguageIdentifier::from_str(tag).map_err(|e| format!("tag {tag}: {e}"))?;
        let resource = FluentResource::try_new(src.to_string()).map_err(|(_, errors)| {
            let first = errors.first().map(|e| {
                let line = src[..e.pos.start.min(src.len())].matches('\n').count() + 1;
                format!("line {line}: {:?}", e.kind)
            });
            format!("kiosk.ftl does not parse: {}", first.unwrap_or_default())
        })?;
        let mut variables = BTreeMap::new();
        for entry in resource.entries() {
            if let ast::Entry::Message(m) = entry {
                let mut found = BTreeSet::new();
                if let Some(value) = &m.value {
                    pattern_variables(value, &mut found);
                }
                variables.insert(m.id.name.to_string(), found);
            }
        }
        let awaiting_review = src
            .lines()
            .take_while(|l| l.starts_with('#'))
            .any(|l| l.to_lowercase().contains("awaiting review"));
        let mut bundle = FluentBundle::new_concurrent(vec![id.clone()]);
        // The card engine orders mixed directions itself; isolation marks would only be
        // more characters for it to skip.
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .map_err(|e| format!("kiosk.ftl has a message twice: {e:?}"))?;
        let mut language = Language {
            tag,
            name: String::new(),
            rtl: false,
            awaiting_review,
            bundle,
            variables,
        };
        language.name = language
            .own("language-name", None)
            .ok_or("kiosk.ftl has no language-name")?;
        // The language's direction is its script's: the first letter of its own name says
        // it (tables by language code get Punjabi wrong: Gurmukhi, not Shahmukhi).
        language.rtl = language.name.chars().find_map(strong_direction) == Some(true);
        Ok(language)
    }

    /// The message `id` in this language, with `args`, or `None` if it has no such message.
    fn own(&self, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        errors.is_empty().then(|| text.into_owned())
    }

    /// The message `id`, or English's when this language lacks it.
    pub fn text(&self, id: &str) -> String {
        self.text_with(id, &[])
    }

    /// The message `id` with its variables filled in from `args`, or English's when this
    /// language lacks it (or cannot fill it in). An id English lacks too is a bug of the
    /// booth's; it is shown as the id rather than stopping the booth.
    pub fn text_with(&self, id: &str, args: &Args<'_>) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        let args = (!args.is_empty()).then_some(&fluent);
        self.own(id, args)
            .or_else(|| english().own(id, args))
            .unwrap_or_else(|| {
                tracing::error!("the kiosk has no message {id:?}");
                id.to_string()
            })
    }

    /// The ids of the messages this language has.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.variables.keys().map(String::as_str)
    }

    /// Whether this language has its own message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.variables.contains_key(id)
    }

    /// The language's tag as an identifier (for dates and plurals).
    pub fn identifier(&self) -> LanguageIdentifier {
        self.bundle.locales[0].clone()
    }

    /// What a translator should fix: English messages this language lacks, and messages
    /// whose variables differ from English's.
    pub fn review(&self) -> Review {
        let english = english();
        let mut review = Review::default();
        for (id, vars) in &english.variables {
            match self.variables.get(id) {
                None => review.missing.push(id.clone()),
                Some(own) if own != vars => review.variables_differ.push(id.clone()),
                Some(_) => {}
            }
        }
        review
    }
}

/// Whether a letter reads right to left (`Some(true)`), left to right (`Some(false)`), or
/// neither (digits, spaces, punctuation).
fn strong_direction(c: char) -> Option<bool> {
    use unicode_bidi::BidiClass;
    match unicode_bidi::bidi_class(c) {
        BidiClass::R | BidiClass::AL => Some(true),
        BidiClass::L => Some(false),
        _ => None,
    }
}

/// What `config check` reports of one language.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Review {
    /// Messages English has and this language lacks (shown in English).
    pub missing: Vec<String>,
    /// Messages whose variables are not English's.
    pub variables_differ: Vec<String>,
}

/// Collects the variables a pattern uses, selectors included.
fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                pattern_variables(&v.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_reads_and_names_itself() {
        assert_eq!(languages().len(), 24);
        for l in languages() {
            assert!(!l.name.is_empty(), "{}", l.tag);
            assert!(l.tag == ENGLISH || l.awaiting_review, "{}", l.tag);
        }
        let rtl: Vec<&str> = languages()
            .iter()
            .filter(|l| l.rtl)
            .map(|l| l.tag)
            .collect();
        assert_eq!(rtl, ["ar", "fa", "fa-AF", "ps", "ckb", "ur"]);
    }

    #[test]
    fn a_missing_message_falls_back_to_english_never_an_id() {
        let lang = Language::parse("fr", "language-name = Français\nstart = Commencer\n").unwrap();
        assert_eq!(lang.text("start"), "Commencer");
        assert_eq!(lang.text("next"), "Next");
        let review = lang.review();
        assert!(review.missing.contains(&"next".to_string()));
    }

    #[test]
    fn variables_that_differ_from_english_are_reported() {
        let lang = Language::parse(
            "fr",
            "language-name = Français\nroom-left = Place : { $percentage } %\n",
        )
        .unwrap();
        assert_eq!(lang.review().variables_differ, ["room-left"]);
    }

    #[test]
    fn arabic_has_six_sentences_for_retakes_left() {
        let ar = language("ar").unwrap();
        let said: Vec<String> = [0, 1, 2, 3, 11, 100]
            .into_iter()
            .map(|n| ar.text_with("retakes-left", &[("count", n.into())]))
            .collect();
        let distinct: BTreeSet<&String> = said.iter().collect();
        assert_eq!(distinct.len(), 6, "{said:#?}");
        // Each plural form of the word: none, one, two, 3-10, 11-99, 100 and up.
        for (sentence, word) in said.iter().zip([
            "لم تبقَ",
            "محاولة واحدة",
            "محاولتان",
            "محاولات",
            "محاولةً",
            "محاولة ",
        ]) {
            assert!(sentence.contains(word), "{sentence:?} lacks {word:?}");
        }
    }

    #[test]
    fn slavic_languages_have_their_three_forms() {
        for (tag, one, few, many) in [
            ("pl", "próba", "próby", "prób"),
            ("ru", "попытка", "попытки", "попыток"),
            ("uk", "спроба", "спроби", "спроб"),
        ] {
            let lang = language(tag).unwrap();
            let word = |n: i64| {
                let said = lang.text_with("retakes-left", &[("count", n.into())]);
                let words: Vec<String> = said.split_whitespace().map(String::from).collect();
                [one, few, many]
                    .into_iter()
                    .find(|w| words.iter().any(|x| x.trim_end_matches('.') == *w))
                    .unwrap_or_else(|| panic!("{tag} {n}: {said}"))
            };
            for (n, expected) in [
                (1, one),
                (3, few),
                (5, many),
                (11, many),
                (22, few),
                (25, many),
            ] {
                assert_eq!(word(n), expected, "{tag} {n}");
            }
        }
    }

    #[test]
    fn the_pseudo_language_is_longer_and_keeps_its_variables() {
        let pseudo = language(PSEUDO).unwrap();
        assert!(pseudo.review().missing.is_empty());
        assert!(pseudo.review().variables_differ.is_empty());
        let args = [("reference", "K7QM-4XRT".into())];
        for id in ["start", "consent-archive", "goodbye-reference"] {
            let (en, ps) = (english().text_with(id, &args), pseudo.text_with(id, &args));
            let (e, p) = (en.chars().count() as f32, ps.chars().count() as f32);
            assert!(p >= e * 1.35, "{id}: {ps:?} against {en:?}");
        }
        let said = pseudo.text_with("retakes-left", &[("count", 2.into())]);
        assert!(said.contains('2') && said.contains("ẋ"), "{said}");
    }

    #[test]
    fn every_translation_matches_english_variables() {
        for l in languages() {
            assert!(
                l.review().variables_differ.is_empty(),
                "{}: {:?}",
                l.tag,
                l.review()
            );
        }
    }
}
