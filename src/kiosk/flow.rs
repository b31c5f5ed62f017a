//! The participant's way through the booth, as a state machine with no drawing in it:
//! attract → consent → camera → countdown → review (retake) → message → making the card →
//! preview → printing → goodbye → attract. Times are seconds on the UI's clock, so tests can
//! move time on. Walking away at any step returns to the start and drops what was not
//! confirmed; a card is confirmed once print is pressed.

use crate::archive::{CardId, Consent, Use};
use crate::capture::Frame;

use super::booth::Draft;
use super::entry::{EntryEdit, TextEntry};

/// Longest message the entry takes (the card engine decides what fits; this only stops a
/// pasted book from reaching it).
pub const MAX_MESSAGE_CHARS: usize = 600;
/// Longest first name.
pub const MAX_NAME_CHARS: usize = 40;

/// Which text the participant is typing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Field {
    /// The message of welcome.
    #[default]
    Message,
    /// The first name.
    Name,
}

/// Where the participant is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Step {
    /// The start screen.
    Attract,
    /// Choosing what the portrait may be used for.
    Consent,
    /// The live preview.
    Camera,
    /// Counting down; the photo is taken at `shoot_at`.
    Countdown {
        /// When the count reaches zero.
        shoot_at: f64,
    },
    /// Looking at the photo: keep it or retake.
    Review,
    /// Typing the message.
    Message,
    /// The card is being made.
    Making,
    /// Looking at the finished card.
    Preview,
    /// Saving and sending to the printer.
    Printing,
    /// "Take your card", until `until`.
    Goodbye {
        /// When the booth returns to the start.
        until: f64,
        /// Whether the printer took the job (otherwise staff will print it).
        printed: bool,
        /// The card saved, whose reference the participant is shown.
        card: Option<CardId>,
        /// Whether the participant agreed to keep it in the archive after today (otherwise
        /// it is erased once the day is over, and the goodbye says so).
        kept: bool,
    },
}

/// Settings the flow follows.
#[derive(Debug, Clone, Copy)]
pub struct FlowSettings {
    /// Countdown length in seconds.
    pub countdown: f64,
    /// Retakes allowed.
    pub retakes: u32,
    /// Seconds without input before going back to the start.
    pub inactivity: f64,
    /// Seconds before that when the participant is asked whether they need more time.
    pub warning: f64,
    /// Seconds the goodbye screen stays.
    pub goodbye: f64,
}

/// What one participant has given so far.
pub struct Session {
    /// Uses agreed beyond printing.
    pub archive: bool,
    /// Exhibition and classrooms.
    pub exhibition: bool,
    /// Social media.
    pub social: bool,
    /// The photo taken at the end of the countdown.
    pub photo: Option<Frame>,
    /// Retakes used.
    pub retakes_used: u32,
    /// The message as typed.
    pub message: TextEntry,
    /// The first name, optional.
    pub name: TextEntry,
    /// The field being typed into.
    pub focus: Field,
    /// The finished card, once made.
    pub draft: Option<Draft>,
    /// How many times the usual time without a touch this participant has (doubled each
    /// time they ask for more).
    pub patience: f64,
}

impl Default for Session {
    fn default() -> Self {
        Session {
            archive: false,
            exhibition: false,
            social: false,
            photo: None,
            retakes_used: 0,
            message: TextEntry::new(MAX_MESSAGE_CHARS),
            name: TextEntry::new(MAX_NAME_CHARS),
            focus: Field::Message,
            draft: None,
            patience: 1.0,
        }
    }
}

impl Session {
    /// The entry of a field.
    pub fn entry(&self, field: Field) -> &TextEntry {
        match field {
            Field::Message => &self.message,
            Field::Name => &self.name,
        }
    }

    /// The consent given, printing included.
    pub fn consent(&self) -> Consent {
        let uses = [
            (true, Use::Print),
            (self.archive, Use::Archive),
            (self.exhibition, Use::Exhibition),
            (self.social, Use::Social),
        ];
        let agreed: Vec<Use> = uses
            .iter()
            .filter(|(yes, _)| *yes)
            .map(|(_, u)| *u)
            .collect();
        Consent::given(&agreed)
    }
}

/// Something the flow needs the kiosk to do now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    /// The countdown reached zero: take the picture on screen.
    Shoot,
}

/// The participant flow.
pub struct Flow {
    /// The current step.
    pub step: Step,
    /// What the participant gave.
    pub session: Session,
    settings: FlowSettings,
    last_input: f64,
}

impl Flow {
    /// A booth at its start screen.
    pub fn new(settings: FlowSettings) -> Flow {
        Flow {
            step: Step::Attract,
            session: Session::default(),
            settings,
            last_input: 0.0,
        }
    }

    /// The flow's settings.
    pub fn settings(&self) -> &FlowSettings {
        &self.settings
    }

    /// The participant did something (touch, key). While the booth is asking whether they
    /// need more time, only the answer counts ([`Flow::more_time`]): the question stays
    /// until it is answered or the time runs out.
    pub fn touched(&mut self, now: f64) {
        if self.time_left(now).is_none() {
            self.last_input = now;
        }
    }

    /// Moves time on: returns to the start after inactivity or when the goodbye is over,
    /// and says when the countdown is due.
    pub fn tick(&mut self, now: f64) -> Option<Due> {
        match self.step {
            Step::Countdown { shoot_at } if now >= shoot_at => return Some(Due::Shoot),
            Step::Goodbye { until, .. } if now >= until => self.reset(),
            _ if self.waits_for_input() && now - self.last_input > self.time_allowed() => {
                tracing::info!(
                    "nobody at the booth for {} s; starting over",
                    self.time_allowed()
                );
                self.reset();
            }
            _ => {}
        }
        None
    }

    /// Whether this step waits for the participant (and so ends when nobody is there).
    fn waits_for_input(&self) -> bool {
        matches!(
            self.step,
            Step::Consent | Step::Camera | Step::Review | Step::Message | Step::Preview
        )
    }

    /// Seconds without a touch this participant has before the booth starts over.
    fn time_allowed(&self) -> f64 {
        self.settings.inactivity * self.session.patience
    }

    /// Seconds left before the booth starts over (rounded up), once it is time to ask
    /// whether the participant needs more time; `None` before that.
    pub fn time_left(&self, now: f64) -> Option<u32> {
        let left = self.time_allowed() - (now - self.last_input);
        // (Never for more than half the time: a short time is not all warning.)
        let warning = self.settings.warning.min(self.time_allowed() / 2.0);
        (self.waits_for_input() && left <= warning).then(|| left.max(0.0).ceil() as u32)
    }

    /// The participant asked for more time: they have twice as long from now on.
    pub fn more_time(&mut self, now: f64) {
        self.session.patience *= 2.0;
        self.last_input = now;
    }

    /// Seconds left in the countdown (rounded up), while counting.
    pub fn countdown_left(&self, now: f64) -> Option<u32> {
        match self.step {
            Step::Countdown { shoot_at } => Some((shoot_at - now).max(0.0).ceil() as u32),
            _ => None,
        }
    }

    /// Back to the start screen; everything not confirmed is dropped.
    pub fn reset(&mut self) {
        self.step = Step::Attract;
        self.session = Session::default();
    }

    /// Start → consent.
    pub fn start(&mut self, now: f64) {
        self.touched(now);
        if self.step == Step::Attract {
            self.step = Step::Consent;
        }
    }

    /// Consent given → camera.
    pub fn consent_given(&mut self) {
        if self.step == Step::Consent {
            self.step = Step::Camera;
        }
    }

    /// "Take my photo" → countdown.
    pub fn shoot(&mut self, now: f64) {
        if self.step == Step::Camera {
            self.step = Step::Countdown {
                shoot_at: now + self.settings.countdown,
            };
        }
    }

    /// The countdown ended with the picture on screen (`None`: the camera had none, so
    /// the participant is back at the camera).
    pub fn captured(&mut self, frame: Option<Frame>, now: f64) {
        if !matches!(self.step, Step::Countdown { .. }) {
            return;
        }
        self.touched(now);
        self.step = match frame {
            Some(frame) => {
                self.session.photo = Some(frame);
                Step::Review
            }
            None => Step::Camera,
        };
    }

    /// Retakes left.
    pub fn retakes_left(&self) -> u32 {
        self.settings
            .retakes
            .saturating_sub(self.session.retakes_used)
    }

    /// Retake: the photo is dropped and the camera comes back, while retakes are left.
    pub fn retake(&mut self) {
        if self.step == Step::Review && self.retakes_left() > 0 {
            self.session.retakes_used += 1;
            self.session.photo = None;
            self.step = Step::Camera;
        }
    }

    /// The photographer's shot chosen (at a staffed booth): it is the photo, to keep or to
    /// change for another of the strip.
    pub fn chose_shot(&mut self, frame: Frame, now: f64) {
        if matches!(self.step, Step::Camera | Step::Review) {
            self.touched(now);
            self.session.photo = Some(frame);
            self.step = Step::Review;
        }
    }

    /// Back to the photographer's strip to choose another shot (no retake used: the
    /// photographer takes as many as the participant needs).
    pub fn choose_again(&mut self) {
        if self.step == Step::Review {
            self.step = Step::Camera;
        }
    }

    /// Photo kept → message.
    pub fn keep_photo(&mut self) {
        if self.step == Step::Review {
            self.step = Step::Message;
        }
    }

    /// Message → back to the photo (to keep or retake it); the message stays typed.
    pub fn back_to_photo(&mut self) {
        if self.step == Step::Message {
            self.step = Step::Review;
        }
    }

    /// Types into a field while the message screen shows (a new name line is a move to
    /// the message instead: a name has one line).
    pub fn edit(&mut self, field: Field, edit: &EntryEdit) {
        if self.step != Step::Message {
            return;
        }
        self.session.focus = field;
        match (field, edit) {
            (Field::Name, EntryEdit::Insert(s)) if s.contains('\n') => {
                self.session.focus = Field::Message
            }
            (Field::Message, _) => self.session.message.apply(edit),
            (Field::Name, _) => self.session.name.apply(edit),
        }
    }

    /// The message is set for the participant (an interviewer's quote at a staffed booth),
    /// for them to read, change and approve by printing. A card made from the message before
    /// is dropped: the participant sees the message screen again.
    pub fn set_message(&mut self, text: &str) {
        if matches!(
            self.step,
            Step::Attract | Step::Printing | Step::Goodbye { .. }
        ) {
            return;
        }
        self.session.message.replace(text);
        self.session.focus = Field::Message;
        if matches!(self.step, Step::Making | Step::Preview) {
            self.session.draft = None;
            self.step = Step::Message;
        }
    }

    /// Moves between the message and the name.
    pub fn next_field(&mut self) {
        self.session.focus = match self.session.focus {
            Field::Message => Field::Name,
            Field::Name => Field::Message,
        };
    }

    /// The message is accepted by the card engine → the card is being made.
    pub fn make_card(&mut self) {
        if self.step == Step::Message {
            self.session.draft = None;
            self.step = Step::Making;
        }
    }

    /// The card is made (or could not be: back to the message).
    pub fn card_made(&mut self, draft: Option<Draft>, now: f64) {
        if self.step == Step::Making {
            self.touched(now);
            self.step = if draft.is_some() {
                Step::Preview
            } else {
                Step::Message
            };
            self.session.draft = draft;
        }
    }

    /// Preview → change the message.
    pub fn change_message(&mut self) {
        if self.step == Step::Preview {
            self.step = Step::Message;
        }
    }

    /// Print pressed: the card is confirmed.
    /// Takes the card to save and print, if there is one to print.
    pub fn print(&mut self) -> Option<Draft> {
        if self.step != Step::Preview {
            return None;
        }
        let draft = self.session.draft.take()?;
        self.step = Step::Printing;
        Some(draft)
    }

    /// The card could not be saved: it stays on the preview, nothing is lost.
    pub fn not_saved(&mut self, draft: Draft) {
        if self.step == Step::Printing {
            self.session.draft = Some(draft);
            self.step = Step::Preview;
        }
    }

    /// The card is saved as `card` (if the worker said so); `printed` says whether the
    /// printer took it.
    pub fn printed(&mut self, card: Option<CardId>, printed: bool, now: f64) {
        if self.step == Step::Printing {
            let kept = std::mem::take(&mut self.session).archive;
            self.step = Step::Goodbye {
                until: now + self.settings.goodbye,
                printed,
                card,
                kept,
            };
        }
    }
}

#[cfg(test)]
mod tests {

    use super::*;

    fn flow() -> Flow {
        Flow::new(FlowSettings {
            countdown: 3.0,
            retakes: 1,
            inactivity: 60.0,
            warning: 20.0,
            goodbye: 10.0,
        })
    }

    fn frame() -> Frame {
        Frame::now(image::RgbImage::new(4, 3), None)
    }

    #[test]
    fn countdown_retake_limit_and_confirmation() {
        let mut f = flow();
        f.start(0.0);
        f.session.social = true;
        f.consent_given();
        f.shoot(1.0);
        assert_eq!(f.countdown_left(2.2), Some(2));
        assert_eq!(f.tick(3.9), None);
        assert_eq!(f.tick(4.0), Some(Due::Shoot));
        f.captured(Some(frame()), 4.0);
        assert_eq!(f.step, Step::Review);
        f.retake();
        assert_eq!((f.step, f.retakes_left()), (Step::Camera, 0));
        assert!(f.session.photo.is_none(), "a retaken photo is dropped");
        f.shoot(5.0);
        f.captured(Some(frame()), 8.0);
        f.retake();
        assert_eq!(f.step, Step::Review, "no retakes left");
        f.keep_photo();
        assert_eq!(f.step, Step::Message);
        let consent = f.session.consent();
        assert!(consent.print && consent.social && !consent.archive && !consent.exhibition);
    }

    #[test]
    fn typing_goes_to_the_focused_field_and_a_name_has_one_line() {
        let mut f = flow();
        f.edit(Field::Message, &EntryEdit::Insert("too early".into()));
        assert!(f.session.message.is_empty(), "only on the message screen");
        f.step = Step::Message;
        f.edit(Field::Message, &EntryEdit::Insert("Welcome".into()));
        f.next_field();
        assert_eq!(f.session.focus, Field::Name);
        f.edit(Field::Name, &EntryEdit::Insert("Amal".into()));
        f.edit(Field::Name, &EntryEdit::Insert("\n".into()));
        assert_eq!(f.session.focus, Field::Message);
        assert_eq!(
            (f.session.message.text(), f.session.name.text()),
            ("Welcome", "Amal")
        );
    }

    #[test]
    fn walking_away_discards_the_photo_but_not_during_the_countdown() {
        let mut f = flow();
        f.start(0.0);
        f.consent_given();
        f.shoot(59.0);
        f.tick(61.0);
        assert!(
            matches!(f.step, Step::Countdown { .. }),
            "counting down is not inactivity"
        );
        f.captured(Some(frame()), 62.0);
        f.tick(121.0);
        assert_eq!(f.step, Step::Review);
        f.tick(122.5);
        assert_eq!(f.step, Step::Attract);
        assert!(f.session.photo.is_none());
    }

    #[test]
    fn no_picture_at_zero_goes_back_to_the_camera() {
        let mut f = flow();
        f.start(0.0);
        f.consent_given();
        f.shoot(0.0);
        f.captured(None, 3.0);
        assert_eq!(f.step, Step::Camera);
    }

    #[test]
    fn the_booth_asks_before_it_starts_over_and_only_the_answer_gives_more_time() {
        let mut flow = flow();
        flow.start(0.0);
        flow.touched(10.0);
        assert_eq!(flow.step, Step::Consent);
        assert_eq!(flow.time_left(49.0), None);
        assert_eq!(
            flow.time_left(50.5),
            Some(20),
            "twenty seconds before the minute"
        );
        flow.touched(55.0);
        assert_eq!(
            flow.time_left(56.0),
            Some(14),
            "a touch elsewhere is no answer"
        );
        flow.more_time(56.0);
        assert_eq!(flow.time_left(150.0), None, "twice the time now");
        assert_eq!(flow.time_left(157.0), Some(19));
        flow.tick(177.0);
        assert_eq!(flow.step, Step::Attract, "no answer: the booth starts over");
    }
}
