//! How much room a message leaves on its card, measured the way the card is laid out: the
//! engine itself lays out longer and shorter versions of the message and finds where it
//! stops fitting. (The height the lines take would move in steps of whole lines and say
//! nothing of the size the text shrinks to.)

use super::error::{CardError, TextField};
use super::text::MAX_TEXT_CHARS;
use super::{CardEngine, CardText, Layout};

/// How a message stands in its box.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Room {
    /// It fits; `used` (0 to 1) is its length over the longest message like it that fits.
    Fits {
        /// How much of the room the message uses.
        used: f32,
    },
    /// Too long: cutting about this many percent of it makes it fit.
    TooLong {
        /// Percent of the message to cut (1 to 99).
        shorten_percent: u32,
    },
}

impl Room {
    /// The room left, in whole percent (what the kiosk's meter shows).
    pub fn left_percent(self) -> u32 {
        match self {
            Room::Fits { used } => ((1.0 - used) * 100.0).round().clamp(0.0, 100.0) as u32,
            Room::TooLong { .. } => 0,
        }
    }
}

impl CardEngine {
    /// How much room `card`'s message leaves in `layout`'s message box. The rest of the
    /// participant's text is not known yet, so a message that fits is measured against
    /// itself carried on (its own words repeated: the same script, words and breaks); one
    /// that is too long against its own beginnings. Errors other than the message not
    /// fitting (a character no font has, the name too long) are the card's own.
    pub fn message_room(&mut self, layout: &Layout, card: &CardText) -> Result<Room, CardError> {
        let chars: Vec<char> = card.message.chars().collect();
        let len = chars.len();
        let first = self.check_text(layout, card).map(|_| ());
        let mut fits = |text: String| {
            let card = CardText {
                message: text,
                ..card.clone()
            };
            self.check_text(layout, &card).is_ok()
        };
        match first {
            Ok(_) => {
                // Where its lines break decides how much more fits, and that depends on
                // words not yet written: the message is carried on from several of its
                // words in turn, and the room is what they take on average.
                let mut starts: Vec<usize> = (0..CARRY_ONS)
                    .map(|i| word_start(&chars, len * i / CARRY_ONS))
                    .collect();
                starts.dedup();
                let total: usize = starts
                    .iter()
                    .map(|&from| {
                        // The message, then its own words again from the word at `from`.
                        let rotated: Vec<char> = [' ']
                            .iter()
                            .chain(&chars[from..])
                            .chain((from > 0).then_some(&' '))
                            .chain(&chars[..from])
                            .copied()
                            .collect();
                        let carried_on = |n: usize| -> String {
                            chars.iter().chain(rotated.iter().cycle()).take(n).collect()
                        };
                        // The longest carried-on message that fits, in [len, MAX_TEXT_CHARS].
                        largest(len, MAX_TEXT_CHARS, |n| fits(carried_on(n)))
                    })
                    .sum();
                let longest = total as f32 / starts.len() as f32;
                Ok(Room::Fits {
                    used: len as f32 / longest.max(1.0),
                })
            }
            Err(CardError::TextDoesNotFit {
                field: TextField::Message,
                ..
            }) => {
                let beginning = |n: usize| -> String { chars[..n].iter().collect() };
                let longest = largest(0, len - 1, |n| n == 0 || fits(beginning(n)));
                let cut = (len - longest) as f32 / len as f32 * 100.0;
                Ok(Room::TooLong {
                    shorten_percent: cut.ceil().clamp(1.0, 99.0) as u32,
                })
            }
            Err(e) => Err(e),
        }
    }
}

/// How many ways a message is carried on to measure its room.
const CARRY_ONS: usize = 4;

/// The start of the first word at or after `at` (0 when there is none).
fn word_start(chars: &[char], at: usize) -> usize {
    chars
        .iter()
        .enumerate()
        .skip(at)
        .find(|(i, c)| !c.is_whitespace() && (*i == 0 || chars[i - 1].is_whitespace()))
        .map_or(0, |(i, _)| i)
}

/// The largest `n` in `lo..=hi` for which `ok(n)` holds, given that it holds for `lo` and,
/// once it fails, fails for every larger `n`.
fn largest(lo: usize, hi: usize, mut ok: impl FnMut(usize) -> bool) -> usize {
    let (mut good, mut bad) = (lo, hi + 1);
    while bad - good > 1 {
        let mid = good + (bad - good) / 2;
        if ok(mid) {
            good = mid;
        } else {
            bad = mid;
        }
    }
    good
}

#[cfg(test)]
mod tests {
    use super::largest;

    #[test]
    fn largest_finds_the_last_that_holds() {
        assert_eq!(largest(0, 100, |n| n <= 37), 37);
        assert_eq!(largest(5, 5, |_| false), 5);
        assert_eq!(largest(0, 10, |_| true), 10);
    }
}
