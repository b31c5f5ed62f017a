//! Text layout: shape, order (bidi), break into lines and fit into a box, once.
//!
//! cosmic-text does the work (harfrust shaping, unicode-bidi ordering, unicode-linebreak
//! line breaking, font fallback). The result is a [`TextBlock`] of positioned glyphs that
//! both the raster and the PDF back end draw as they are: nothing downstream re-measures.

use std::collections::BTreeSet;
use std::ops::Range;

use cosmic_text::{Attrs, Buffer, Family, Metrics, Shaping, Style, Weight, Wrap};

use super::error::{CardError, TextField};
use super::fonts::{FaceId, FontStyle, FontWeight, Fonts, package_for};
use super::geometry::{PT_PER_MM, RectPt, Rgb};
use super::layout::{Align, TextBoxSpec, VAlign};

/// One glyph, placed on the page.
#[derive(Debug, Clone, PartialEq)]
pub struct PositionedGlyph {
    /// Which bundled face.
    pub face: FaceId,
    /// Glyph id in that face, as chosen by the shaper.
    pub gid: u16,
    /// Pen position (left of the glyph origin), points from the page's left edge.
    pub x: f32,
    /// Baseline, points from the page's top edge.
    pub y: f32,
    /// Font size in points.
    pub size: f32,
    /// Byte range of the characters this glyph stands for, in [`TextLine::text`].
    pub cluster: Range<usize>,
    /// Whether the glyph belongs to a right-to-left run.
    pub rtl: bool,
    /// How far the pen moves after this glyph, points (zero for marks and stacked parts).
    pub advance: f32,
}

/// One visual line: its logical text (for text extraction) and its glyphs in visual order.
#[derive(Debug, Clone, PartialEq)]
pub struct TextLine {
    /// The characters of this line in logical (reading) order.
    pub text: String,
    /// Whether the paragraph reads right to left.
    pub rtl: bool,
    /// Glyphs left to right as drawn; `cluster` ranges index into `text`.
    pub glyphs: Vec<PositionedGlyph>,
}

/// A box of text, laid out.
#[derive(Debug, Clone, PartialEq)]
pub struct TextBlock {
    /// Which text this is.
    pub field: TextField,
    /// Colour of every glyph.
    pub color: Rgb,
    /// The size auto-fit chose, in points.
    pub size_pt: f32,
    /// The lines, top to bottom.
    pub lines: Vec<TextLine>,
    /// The language it is written in (BCP 47), where it can be told: the message's and
    /// the translation's; screen readers choose their voice by it.
    pub lang: Option<&'static str>,
}

/// Cleans what a participant typed: unifies line endings (Unicode line and paragraph
/// separators included, which would otherwise split a line into two bidi paragraphs),
/// drops control characters (no glyphs, and they confuse shaping), trims the ends.
pub fn normalise(text: &str) -> String {
    let unified = text
        .replace("\r\n", "\n")
        .replace(['\r', '\u{2028}', '\u{2029}'], "\n");
    let kept: String = unified
        .chars()
        .filter(|&c| c == '\n' || !c.is_control())
        .collect();
    kept.trim().to_string()
}

/// Thai (like Lao, Khmer and Burmese) is written without spaces between words, and the
/// line breaker alone would only break it at spaces. A dictionary segmenter finds the
/// words, and a zero-width space between two of them lets a line break there.
pub fn mark_word_breaks(text: &str) -> std::borrow::Cow<'_, str> {
    use unicode_script::{Script, UnicodeScript};
    let spaceless = |c: char| {
        matches!(
            c.script(),
            Script::Thai | Script::Lao | Script::Khmer | Script::Myanmar
        )
    };
    if !text.chars().any(spaceless) {
        return std::borrow::Cow::Borrowed(text);
    }
    let segmenter = icu_segmenter::WordSegmenter::new_dictionary(Default::default());
    let mut out = String::with_capacity(text.len() + 32);
    let mut last = 0;
    for at in segmenter.segment_str(text) {
        if at == 0 || at >= text.len() {
            continue;
        }
        out.push_str(&text[last..at]);
        let before = text[..at].chars().next_back();
        let after = text[at..].chars().next();
        if before.is_some_and(spaceless) && after.is_some_and(spaceless) {
            out.push('\u{200B}');
        }
        last = at;
    }
    out.push_str(&text[last..]);
    std::borrow::Cow::Owned(out)
}

/// Characters with nothing to draw: zero-width spaces and joiners, variation selectors.
fn is_invisible(c: char) -> bool {
    matches!(u32::from(c), 0x200B..=0x200F | 0x2060..=0x2064 | 0xFE00..=0xFE0F | 0xE0100..=0xE01EF)
}

/// A line's text as readers should get it back from the PDF: what the participant typed,
/// without the zero-width break opportunities the layout inserts between Thai words.
pub fn extractable(line: &str) -> String {
    line.replace('\u{200B}', "")
}

/// The shaper's attributes for a bundled design face.
pub(crate) fn attrs(face: FaceId) -> Attrs<'static> {
    let bundled = super::fonts::FACES.get(usize::from(face.0));
    let (family, style, weight) = bundled
        .map_or(("Noto Sans", FontStyle::Normal, FontWeight::Regular), |f| {
            (f.family, f.style, f.weight)
        });
    Attrs::new()
        .family(Family::Name(family))
        .style(match style {
            FontStyle::Normal => Style::Normal,
            FontStyle::Italic => Style::Italic,
        })
        .weight(match weight {
            FontWeight::Regular => Weight::NORMAL,
            FontWeight::Bold => Weight::BOLD,
        })
}

/// The text in spans for the shaper: each right-to-left run of Arabic script (by the
/// Unicode bidi algorithm) is set in its Arabic face first, so the punctuation, quotation marks and
/// spaces between its words come from the same face as its letters. (Set in the card's
/// Latin face, a full stop after an Arabic word is a glyph of another font; PDF readers such
/// as pdf.js end a run of text at every change of font and lay runs out in drawing order,
/// so the stop came back before the word. Within one face the reader's own bidi step puts
/// it right.) A character the script's face lacks still falls back as before.
pub(crate) fn spans(text: &str, face: FaceId) -> Vec<(&str, Attrs<'static>)> {
    use unicode_script::{Script, UnicodeScript};
    let base = attrs(face);
    let info = unicode_bidi::BidiInfo::new(text, None);
    if !info.has_rtl() {
        return vec![(text, base)];
    }
    let serif = super::fonts::FACES
        .get(usize::from(face.0))
        .is_some_and(|f| f.family.contains("Serif"));
    // Only Arabic script's faces carry the Latin punctuation a run needs (Noto's Hebrew
    // faces have no comma or full stop: they would still come from another font).
    let family_of = |run: &str| -> Option<&'static str> {
        let arabic = run.chars().any(|c| c.script() == Script::Arabic);
        arabic.then(|| super::fonts::rtl_family(Script::Arabic, serif))?
    };
    let mut out = Vec::new();
    let mut start = 0;
    let rtl_at = |i: usize| info.levels.get(i).is_some_and(|l| l.is_rtl());
    let mut rtl = rtl_at(0);
    let boundaries = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()));
    for i in boundaries {
        let now = i < text.len() && rtl_at(i);
        if i == text.len() || now != rtl {
            if i > start {
                let run = &text[start..i];
                let attrs = match rtl.then(|| family_of(run)).flatten() {
                    Some(family) => base.clone().family(Family::Name(family)),
                    None => base.clone(),
                };
                out.push((run, attrs));
            }
            start = i;
            rtl = now;
        }
    }
    out
}

/// The most characters one text on a card may have. The longest message that fits the
/// roomiest layout at its smallest size is about a third of this; the bound is checked
/// before shaping, so even a word the line breaker must cut letter by letter stays quick.
pub const MAX_TEXT_CHARS: usize = 2_000;
/// The most combining marks one letter may carry. Writing needs up to four or five
/// (Vietnamese, vocalised Arabic, Tibetan stacks); three hundred fathas are not writing.
pub const MAX_MARKS: usize = 8;
/// How far (in ems of the text's size) a mark's ink may reach past its box before the
/// text is refused: accents on capitals reach a little past the line, stacks much further.
const INK_TOLERANCE_EM: f32 = 0.5;

/// Whether `c` is a combining mark (drawn on the letter before it).
fn is_mark(c: char) -> bool {
    use unicode_general_category::{GeneralCategory as G, get_general_category};
    matches!(
        get_general_category(c),
        G::NonspacingMark | G::SpacingMark | G::EnclosingMark
    )
}

/// Refuses text no card can hold, before any work is done on it.
pub fn check_bounds(field: TextField, text: &str) -> Result<(), CardError> {
    let mut chars = 0;
    let mut marks = 0;
    let mut letter_at = 0;
    for (at, c) in text.char_indices() {
        chars += 1;
        if chars > MAX_TEXT_CHARS {
            return Err(CardError::TextTooLong {
                field,
                chars: text.chars().count(),
                max: MAX_TEXT_CHARS,
            });
        }
        match is_mark(c) {
            true => marks += 1,
            false => (marks, letter_at) = (0, at),
        }
        if marks > MAX_MARKS {
            let start = text[..letter_at]
                .char_indices()
                .rev()
                .nth(10)
                .map_or(0, |(i, _)| i);
            let end = text[letter_at..]
                .chars()
                .next()
                .map_or(letter_at, |c| letter_at + c.len_utf8());
            let marks = text[letter_at..]
                .chars()
                .skip(1)
                .take_while(|c| is_mark(*c))
                .count();
            return Err(CardError::TooManyMarks {
                field,
                marks,
                max: MAX_MARKS,
                near: text[start..end].to_string(),
            });
        }
    }
    Ok(())
}

/// How far (points) a mark's ink reaches above `top` or below `bottom`, if at all: the
/// fit check measures lines, and marks stacked on one letter can leave them.
fn ink_outside(glyph: &PositionedGlyph, top: f32, bottom: f32) -> f32 {
    let face = glyph.face.face();
    let Some(font) = face.outlines() else {
        return 0.0;
    };
    use ab_glyph::Font;
    let (Some(upem), Some(outline)) = (
        font.units_per_em(),
        font.outline(ab_glyph::GlyphId(glyph.gid)),
    ) else {
        return 0.0;
    };
    let scale = glyph.size / upem;
    // Font units grow upwards; the page's y grows downwards.
    let ink_top = glyph.y - outline.bounds.max.y * scale;
    let ink_bottom = glyph.y - outline.bounds.min.y * scale;
    (top - ink_top).max(ink_bottom - bottom).max(0.0)
}

/// How one layout attempt came out.
struct Measure {
    height: f32,
    widest: f32,
}

/// Lays `text` out in `rect` following `spec`, as large as fits within the size range.
pub fn lay_out(
    fonts: &mut Fonts,
    field: TextField,
    text: &str,
    face: FaceId,
    spec: &TextBoxSpec,
    rect: RectPt,
) -> Result<TextBlock, CardError> {
    let text = normalise(text);
    check_bounds(field, &text)?;
    let text = mark_word_breaks(&text);
    let attrs = attrs(face);
    let align = match spec.align {
        Align::Start => None,
        Align::Center => Some(cosmic_text::Align::Center),
        Align::End => Some(cosmic_text::Align::End),
        Align::Left => Some(cosmic_text::Align::Left),
        Align::Right => Some(cosmic_text::Align::Right),
    };
    let spacing = spec.line_spacing;
    let (min, max) = (spec.size_pt.min, spec.size_pt.max);

    let system = fonts.system_for(face);
    let mut buffer = Buffer::new(system, Metrics::new(max, max * spacing));
    buffer.set_size(Some(rect.w), None);
    buffer.set_rich_text(spans(&text, face), &attrs, Shaping::Advanced, align);

    let mut measure = |size: f32, wrap: Wrap| -> Measure {
        buffer.set_wrap(wrap);
        buffer.set_metrics(Metrics::new(size, size * spacing));
        buffer.shape_until_scroll(system, false);
        let mut m = Measure {
            height: 0.0,
            widest: 0.0,
        };
        for run in buffer.layout_runs() {
            m.height = run.line_top + run.line_height;
            m.widest = m.widest.max(run.line_w);
        }
        m
    };
    let fits = |m: &Measure| m.height <= rect.h + 0.01 && m.widest <= rect.w + 0.01;

    // Break lines between words; only a word too long for any line is broken inside.
    let mut wrap = Wrap::Word;
    let mut size = max;
    if !fits(&measure(max, wrap)) {
        let at_min = measure(min, wrap);
        if at_min.widest > rect.w + 0.01 {
            wrap = Wrap::WordOrGlyph;
        }
        let at_min = measure(min, wrap);
        if !fits(&at_min) {
            return Err(CardError::TextDoesNotFit {
                field,
                needed_mm: at_min.height / PT_PER_MM,
                available_mm: rect.h / PT_PER_MM,
                min_size_pt: min,
                shorten_percent: ((1.0 - rect.h / at_min.height) * 100.0)
                    .ceil()
                    .clamp(1.0, 99.0) as u32,
            });
        }
        // Largest size that fits, to a quarter point.
        let (mut lo, mut hi) = (min, max);
        while hi - lo > 0.25 {
            let mid = (lo + hi) / 2.0;
            if fits(&measure(mid, wrap)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        size = lo;
    }
    let m = measure(size, wrap);

    let top = rect.y
        + match spec.valign {
            VAlign::Top => 0.0,
            VAlign::Center => (rect.h - m.height) / 2.0,
            VAlign::Bottom => rect.h - m.height,
        };
    let mut missing = BTreeSet::new();
    let mut ink_out: f32 = 0.0;
    let mut lines = Vec::new();
    for run in buffer.layout_runs() {
        let Some(start) = run.glyphs.iter().map(|g| g.start).min() else {
            continue; // an empty line (blank line in the message): nothing to draw
        };
        let end = run.glyphs.iter().map(|g| g.end).max().unwrap_or(start);
        let mut glyphs = Vec::with_capacity(run.glyphs.len());
        for g in run.glyphs {
            let chars = &run.text[g.start..g.end];
            let face = fonts.face_of(g.font_id);
            if g.glyph_id == 0 || face.is_none() {
                // Spaces, joiners and selectors have nothing to draw.
                missing.extend(
                    chars
                        .chars()
                        .filter(|c| !c.is_whitespace() && !is_invisible(*c)),
                );
                continue;
            }
            let glyph = PositionedGlyph {
                face: face.unwrap_or(FaceId(0)),
                gid: g.glyph_id,
                x: rect.x + g.x + g.font_size * g.x_offset,
                y: top + run.line_y + g.y - g.font_size * g.y_offset,
                size: g.font_size,
                cluster: g.start - start..g.end - start,
                rtl: g.level.is_rtl(),
                advance: g.w,
            };
            // Marks (drawn without advancing) are where ink leaves the lines.
            if glyph.advance == 0.0 {
                let out =
                    ink_outside(&glyph, rect.y, rect.bottom()) - INK_TOLERANCE_EM * glyph.size;
                ink_out = ink_out.max(out);
            }
            glyphs.push(glyph);
        }
        lines.push(TextLine {
            text: run.text[start..end].to_string(),
            rtl: run.rtl,
            glyphs,
        });
    }
    if ink_out > 0.0 {
        return Err(CardError::InkOutsideBox {
            field,
            outside_mm: ink_out / PT_PER_MM,
        });
    }
    if !missing.is_empty() {
        let packages: BTreeSet<&str> = missing.iter().map(|c| package_for(*c)).collect();
        let packages = packages.into_iter().collect::<Vec<_>>().join(", ");
        let chars = missing
            .iter()
            .map(|c| format!("{c} (U+{:04X})", u32::from(*c)))
            .collect::<Vec<_>>()
            .join(", ");
        return Err(CardError::MissingGlyphs {
            field,
            chars,
            packages,
        });
    }
    Ok(TextBlock {
        field,
        color: spec.color,
        size_pt: size,
        lines,
        lang: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::card::layout::SizeRange;

    #[test]
    fn an_arabic_scripts_punctuation_is_set_in_its_own_face() {
        let serif =
            crate::card::fonts::find_face("Noto Serif", FontStyle::Normal, FontWeight::Regular)
                .unwrap();
        let family = |a: &Attrs<'_>| match a.family {
            Family::Name(name) => name.to_string(),
            _ => String::new(),
        };
        // "Welcome, you are among friends." in Farsi, then "Sam" in Latin letters.
        let text = "خوش آمدید، اینجا در میان دوستان هستید. Sam";
        let runs: Vec<_> = spans(text, serif)
            .iter()
            .map(|(run, a)| (run.to_string(), family(a)))
            .collect();
        assert_eq!(
            runs,
            [
                (
                    "خوش آمدید، اینجا در میان دوستان هستید. ".to_string(),
                    "Noto Naskh Arabic".to_string()
                ),
                ("Sam".to_string(), "Noto Serif".to_string()),
            ]
        );
        // Hebrew's faces have no full stop: its runs keep the card's face.
        let hebrew = spans("ברוכים הבאים, כאן אתם בין חברים.", serif);
        assert!(hebrew.iter().all(|(_, a)| family(a) == "Noto Serif"));
        assert_eq!(spans("Welcome", serif).len(), 1);
    }

    fn spec(font: &str, align: Align) -> TextBoxSpec {
        TextBoxSpec {
            align,
            color: Rgb([0, 0, 0]),
            size_pt: SizeRange {
                min: 8.0,
                max: 16.0,
            },
            ..TextBoxSpec::caption(font, 8.0, 16.0)
        }
    }

    fn rect() -> RectPt {
        RectPt {
            x: 10.0,
            y: 20.0,
            w: 80.0 * PT_PER_MM,
            h: 30.0 * PT_PER_MM,
        }
    }

    fn run(text: &str, font: &str, align: Align) -> Result<TextBlock, CardError> {
        let mut fonts = Fonts::load();
        let s = spec(font, align);
        let face =
            crate::card::fonts::find_face(font, FontStyle::Normal, FontWeight::Regular).unwrap();
        lay_out(&mut fonts, TextField::Message, text, face, &s, rect())
    }

    #[test]
    fn short_text_gets_the_largest_size() {
        let block = run("Welcome", "Noto Sans", Align::Start).unwrap();
        assert_eq!(block.size_pt, 16.0);
        assert_eq!(block.lines.len(), 1);
        assert_eq!(block.lines[0].text, "Welcome");
        // Left-aligned from the box edge, glyphs increase left to right.
        let xs: Vec<f32> = block.lines[0].glyphs.iter().map(|g| g.x).collect();
        assert!((xs[0] - 10.0).abs() < 1.0, "{xs:?}");
        assert!(xs.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn long_text_shrinks_and_wraps_within_the_box() {
        let text = "You are welcome here, in this city and in our homes. ".repeat(4);
        let block = run(&text, "Noto Sans", Align::Center).unwrap();
        assert!(block.size_pt < 16.0 && block.size_pt >= 8.0);
        assert!(block.lines.len() > 2);
        let r = rect();
        for g in block.lines.iter().flat_map(|l| &l.glyphs) {
            assert!(g.x >= r.x - 0.5 && g.x <= r.right() + 0.5, "{g:?}");
            assert!(g.y > r.y && g.y <= r.bottom(), "{g:?}");
        }
    }

    #[test]
    fn arabic_is_right_to_left_and_joined() {
        // "Welcome" in Arabic: right-aligned by default, the first letter drawn rightmost.
        let block = run("أهلا وسهلا", "Noto Naskh Arabic", Align::Start).unwrap();
        let line = &block.lines[0];
        assert!(line.rtl);
        assert_eq!(line.text, "أهلا وسهلا");
        let first = line.glyphs.iter().find(|g| g.cluster.start == 0).unwrap();
        let last = line.glyphs.iter().max_by_key(|g| g.cluster.start).unwrap();
        assert!(first.x > last.x);
        // Joined forms are other glyphs than the isolated letters' cmap glyphs.
        let isolated_heh = ab_glyph::Font::glyph_id(&first.face.face().outlines().unwrap(), 'ه');
        let heh = line
            .glyphs
            .iter()
            .find(|g| &line.text[g.cluster.clone()] == "ه")
            .unwrap();
        assert_ne!(heh.gid, isolated_heh.0);
    }

    #[test]
    fn overlong_text_reports_by_how_much() {
        let text = "Welcome friend. ".repeat(120);
        match run(&text, "Noto Sans", Align::Start) {
            Err(CardError::TextDoesNotFit {
                needed_mm,
                available_mm,
                shorten_percent,
                ..
            }) => {
                assert!((available_mm - 30.0).abs() < 0.01);
                assert!(needed_mm > available_mm);
                assert!(shorten_percent > 50, "{shorten_percent}");
            }
            other => panic!("expected TextDoesNotFit, got {other:?}"),
        }
    }

    #[test]
    fn characters_without_glyphs_name_the_package_to_install() {
        // A machine without the Noto packages: only the bundled faces.
        let mut fonts = Fonts::with_folders(&[]);
        let face =
            crate::card::fonts::find_face("Noto Sans", FontStyle::Normal, FontWeight::Regular)
                .unwrap();
        let s = spec("Noto Sans", Align::Start);
        let err = lay_out(
            &mut fonts,
            TextField::Message,
            "Welcome 😀 欢迎",
            face,
            &s,
            rect(),
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("😀 (U+1F600)") && err.contains("欢 (U+6B22)"),
            "{err}"
        );
        assert!(
            err.contains("install fonts-noto-cjk, fonts-noto-color-emoji"),
            "{err}"
        );
    }

    #[test]
    fn thai_breaks_between_words_and_reads_back_without_the_marks() {
        let thai = "ยินดีต้อนรับคุณอยู่ท่ามกลางเพื่อน";
        let marked = mark_word_breaks(thai);
        assert!(marked.matches('\u{200B}').count() >= 3, "{marked}");
        assert_eq!(extractable(&marked), thai);
        assert_eq!(mark_word_breaks("Welcome"), "Welcome");
        // A long Thai sentence wraps onto several lines at word boundaries.
        let block = run(&thai.repeat(3), "Noto Sans", Align::Start).unwrap();
        assert!(block.lines.len() > 1);
        for line in &block.lines {
            assert!(!line.text.starts_with('\u{200B}'));
        }
    }

    #[test]
    fn another_script_falls_back_to_the_style_of_the_design_face() {
        // Needs fonts-noto-core (scripts/setup-debian.sh installs it).
        let family = |font: &str| {
            let block = run("Welcome, स्वागत है", font, Align::Start).unwrap();
            let devanagari = block.lines[0].glyphs.last().unwrap().face.face();
            devanagari.family.clone()
        };
        assert_eq!(family("Noto Serif"), "Noto Serif Devanagari");
        assert_eq!(family("Noto Sans"), "Noto Sans Devanagari");
    }

    #[test]
    fn text_no_card_holds_is_refused_before_layout() {
        let long = "W".repeat(80_000);
        match run(&long, "Noto Sans", Align::Start) {
            Err(CardError::TextTooLong { chars, max, .. }) => {
                assert_eq!((chars, max), (80_000, MAX_TEXT_CHARS))
            }
            other => panic!("expected TextTooLong, got {other:?}"),
        }
        let fathas = format!("أهلا ب{}", "\u{064E}".repeat(300));
        match run(&fathas, "Noto Naskh Arabic", Align::Start) {
            Err(CardError::TooManyMarks { marks, near, .. }) => {
                assert_eq!(marks, 300);
                assert!(near.ends_with('ب'), "{near}");
            }
            other => panic!("expected TooManyMarks, got {other:?}"),
        }
        let zalgo = format!("Welcome e{}", "\u{0301}".repeat(5000));
        assert!(matches!(
            run(&zalgo, "Noto Sans", Align::Start),
            Err(CardError::TooManyMarks { marks: 5000, .. })
        ));
        // Writing that needs marks is not refused: vocalised Arabic, Vietnamese, Tibetan.
        for ok in ["مَرْحَبًا بِكُمْ", "Chào mừng bạn", "བཀྲ་ཤིས་བདེ་ལེགས།"]
        {
            check_bounds(TextField::Message, ok).unwrap();
        }
    }

    #[test]
    fn marks_stacked_out_of_the_box_are_refused() {
        // Eight fathas are allowed by count, but stacked they rise far above one line.
        let stacked = format!("ب{}", "\u{064E}".repeat(MAX_MARKS));
        match run(&stacked, "Noto Naskh Arabic", Align::Start) {
            Err(CardError::InkOutsideBox { outside_mm, .. }) => assert!(outside_mm > 0.0),
            other => panic!("expected InkOutsideBox, got {other:?}"),
        }
        run("مَرْحَبًا بِكُمْ", "Noto Naskh Arabic", Align::Start).unwrap();
    }

    #[test]
    fn normalise_strips_controls_and_unifies_newlines() {
        assert_eq!(normalise("  a\r\nb\rc\u{7}\t "), "a\nb\nc");
        assert_eq!(normalise("a\u{2029}b\u{2028}c\u{85}"), "a\nb\nc");
    }
}
