//! A text being typed: the characters and the caret. The caret is a byte offset in logical
//! (reading) order and always sits between grapheme clusters, so backspace never leaves
//! half a letter: an Arabic letter goes with its marks, an emoji with its modifiers.

use unicode_segmentation::{GraphemeCursor, UnicodeSegmentation};

/// A text with a caret and a length limit.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextEntry {
    text: String,
    caret: usize,
    max_chars: usize,
}

/// What to do to a text entry (from the on-screen keyboard, a physical key or a tap).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryEdit {
    /// Insert at the caret.
    Insert(String),
    /// Remove the grapheme cluster before the caret.
    Backspace,
    /// Remove the grapheme cluster after the caret.
    Delete,
    /// Caret one grapheme cluster back in reading order.
    Back,
    /// Caret one grapheme cluster on in reading order.
    Forward,
    /// Caret to the start of the text.
    Home,
    /// Caret to the end of the text.
    End,
    /// Caret to this byte offset (a tap in the text), snapped to a cluster boundary.
    CaretTo(usize),
}

impl TextEntry {
    /// An empty entry taking at most `max_chars` characters.
    pub fn new(max_chars: usize) -> TextEntry {
        TextEntry {
            text: String::new(),
            caret: 0,
            max_chars,
        }
    }

    /// The text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The caret, a byte offset into [`TextEntry::text`].
    pub fn caret(&self) -> usize {
        self.caret
    }

    /// Whether nothing is typed.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Replaces the whole text (within the length limit), the caret at its end.
    pub fn replace(&mut self, text: &str) {
        self.text.clear();
        self.caret = 0;
        self.insert(text);
    }

    /// Applies an edit.
    pub fn apply(&mut self, edit: &EntryEdit) {
        match edit {
            EntryEdit::Insert(s) => self.insert(s),
            EntryEdit::Backspace => {
                let start = self.boundary(self.caret, false);
                self.text.replace_range(start..self.caret, "");
                self.caret = start;
            }
            EntryEdit::Delete => {
                let end = self.boundary(self.caret, true);
                self.text.replace_range(self.caret..end, "");
            }
            EntryEdit::Back => self.caret = self.boundary(self.caret, false),
            EntryEdit::Forward => self.caret = self.boundary(self.caret, true),
            EntryEdit::Home => self.caret = 0,
            EntryEdit::End => self.caret = self.text.len(),
            EntryEdit::CaretTo(at) => self.caret = self.snap(*at),
        }
    }

    /// Inserts at the caret what the length limit allows; control characters other than a
    /// new line are dropped (they have no glyphs and confuse shaping).
    fn insert(&mut self, s: &str) {
        let room = self.max_chars.saturating_sub(self.text.chars().count());
        let clean: String = s
            .replace("\r\n", "\n")
            .chars()
            .map(|c| if c == '\r' { '\n' } else { c })
            .filter(|&c| c == '\n' || !c.is_control())
            .take(room)
            .collect();
        self.text.insert_str(self.caret, &clean);
        self.caret += clean.len();
    }

    /// The grapheme boundary after (or before) `at`; the text's end (start) when none.
    fn boundary(&self, at: usize, forward: bool) -> usize {
        let mut cursor = GraphemeCursor::new(at, self.text.len(), true);
        let next = if forward {
            cursor.next_boundary(&self.text, 0)
        } else {
            cursor.prev_boundary(&self.text, 0)
        };
        next.ok()
            .flatten()
            .unwrap_or(if forward { self.text.len() } else { 0 })
    }

    /// The grapheme boundary nearest before or at `at`.
    fn snap(&self, at: usize) -> usize {
        let at = at.min(self.text.len());
        self.text
            .grapheme_indices(true)
            .map(|(i, _)| i)
            .take_while(|&i| i <= at)
            .last()
            .map_or(0, |start| {
                let end = self.boundary(start, true);
                if end <= at { end } else { start }
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(s: &str) -> TextEntry {
        let mut e = TextEntry::new(600);
        e.apply(&EntryEdit::Insert(s.into()));
        e
    }

    #[test]
    fn backspace_removes_a_letter_with_its_marks_and_a_whole_emoji() {
        let mut e = typed("مرحبً");
        e.apply(&EntryEdit::Backspace);
        assert_eq!(e.text(), "مرح", "beh and its tanwin go together");
        let mut e = typed("hi 👋🏽❤️");
        e.apply(&EntryEdit::Backspace);
        assert_eq!(e.text(), "hi 👋🏽");
        e.apply(&EntryEdit::Backspace);
        assert_eq!(e.text(), "hi ");
        let mut e = typed("a👨‍👩‍👧");
        e.apply(&EntryEdit::Backspace);
        assert_eq!(e.text(), "a", "a family emoji is one cluster");
        e.apply(&EntryEdit::Backspace);
        e.apply(&EntryEdit::Backspace);
        assert_eq!((e.text(), e.caret()), ("", 0));
    }

    #[test]
    fn the_caret_moves_in_reading_order_and_inserts_there() {
        let mut e = typed("أهلا Ali");
        e.apply(&EntryEdit::Home);
        e.apply(&EntryEdit::Forward);
        assert_eq!(e.caret(), "أ".len());
        e.apply(&EntryEdit::Insert("ـ".into()));
        assert_eq!(e.text(), "أـهلا Ali");
        e.apply(&EntryEdit::End);
        e.apply(&EntryEdit::Back);
        e.apply(&EntryEdit::Delete);
        assert_eq!(e.text(), "أـهلا Al");
        e.apply(&EntryEdit::CaretTo(1)); // inside the two bytes of alef with hamza
        assert_eq!(e.caret(), 0);
        e.apply(&EntryEdit::CaretTo(10_000));
        assert_eq!(e.caret(), e.text().len());
    }

    #[test]
    fn the_limit_and_control_characters() {
        let mut e = TextEntry::new(5);
        e.apply(&EntryEdit::Insert("ab\u{7}c\r\nd efg".into()));
        assert_eq!(e.text(), "abc\nd");
        assert_eq!(e.caret(), e.text().len());
    }
}
