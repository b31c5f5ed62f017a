# The kiosk's words in English: the source every translation follows.
# Each message is a whole sentence; variables ({ $name }) are filled in by the booth.
# Messages a translation lacks are shown in English.

## The language as the start screen offers it

# The language's own name for itself, as a visitor who reads it would look for it.
language-name = English
# Shown above the language grid.
choose-language = Choose your language

## Start screen

attract-title = Portraits of Welcome
attract-body = Have your portrait taken, write a few words of welcome for people who have had to leave their homes, and take your printed card with you.
start = Start
attract-recent = From the exhibition

## Consent (what the participant agrees to: keep the meaning exact)

consent-title = Before we start
consent-body = Your photo and your message will be printed on a card for you. Choose what else they may be used for. You can change your mind later: ask the staff.
consent-print = Print my card (needed to take part)
consent-archive = Keep my portrait and message in the booth's archive after today
consent-exhibition = Show them in an exhibition and in classrooms
consent-social = Post them on social media
consent-note = You can ask the staff to erase your portrait and message at any time.

## Buttons on many screens

cancel = Cancel
next = Next
back = Back
done = Done

## Camera and photo

camera-title = Look at the camera
take-photo = Take my photo
shots-title = Choose your photo
shots-hint = The photographer's pictures of you appear here. Tap the one for your card.
shots-waiting = The photographer's pictures of you will appear here.
shot-label = Photo { $number }
choose-again = Choose another photo
camera-unavailable = The camera is not available
camera-unavailable-body = Please ask the staff for help. The booth will try again by itself.
review-title = Do you like this photo?
keep-photo = Keep this photo
retake = Take it again
retakes-left = { $count ->
    [0] No retakes left
    [one] { $count } retake left
   *[other] { $count } retakes left
}

## The message

message-title = Write your message of welcome
message-label = Your message
message-hint = Type your message here
name-label = Your first name (optional)
room-left = Room left on the card: { $percent }%
too-long = Your message is too long for the card. Please shorten it by about { $percent }%.
cannot-print = These characters cannot be printed: { $characters }
make-card = Make my card
making-card = Making your card…

## The on-screen keyboard

key-shift = Shift
key-delete = Delete
key-space = Space
key-new-line = New line
key-to-name = Name ›
key-to-message = Message ›

## The card

preview-title = Your card
print = Print my card
change-message = Change my message
printing = Printing…

## Goodbye

goodbye-title = Thank you!
goodbye-body = Your card is being printed. Please take it from the printer.
print-trouble = The printer needs attention, so your card cannot come out of it now.
saved-not-printed = Your card is saved. A member of staff will hand it to you.
goodbye-reference = Your card's reference is { $reference } (it is on the card too). Quote it if you ever want your portrait removed.
goodbye-kept = Your portrait and message are kept in the booth's archive, as you agreed.
goodbye-not-kept = Your portrait and message are not kept: the booth erases them at the end of today. Staff can print your card again until then.

## When something stops the booth (what participants are told)

archive-notice = The booth cannot make cards just now. Please ask a member of staff.
printer-notice = The printer is paused. Your card will be kept safe and a member of staff will hand it to you.
not-saved = Your card could not be saved, so it was not printed. Please ask a member of staff; you can press Print again when they say so.
engine-stopped = The card maker stopped. Please ask the staff to restart the booth.

## Staff mode: the PIN pad

staff-pin-title = Staff
pin-label = Staff PIN
pin-wrong = { $tries ->
    [one] Wrong PIN. { $tries } try left before a pause.
   *[other] Wrong PIN. { $tries } tries left before a pause.
}
pin-paused = Too many wrong PINs. Try again in { $seconds } s.
pin-not-set = No staff PIN is set. Run `welcome-booth config set-pin` on this computer.
pin-key-delete = Del
pin-key-ok = OK

## Staff mode: what stops the booth

printer-alert = { $waiting ->
    [0] Printer: { $trouble }
    [one] Printer: { $trouble } — { $waiting } card waiting
   *[other] Printer: { $trouble } — { $waiting } cards waiting
}
archive-alert = Cards cannot be saved: { $reason }
staff-worker-stopped = The booth's worker stopped; restart the kiosk.

## Staff mode: the screen

staff-title = Staff
staff-back = Back to the booth
staff-exit = Exit the kiosk
staff-exit-question = Close the kiosk? Nobody can use the booth until it is started again.
staff-exit-yes = Yes, close the kiosk
staff-exit-no = No, keep it open
staff-today = Portraits taken today: { $taken } · cards sent to the printer today: { $sent }
staff-printer = Printer
staff-print-to = Print cards on
staff-default-printer = The system's default printer
# $state is idle, processing or stopped.
staff-printer-state = { $state ->
    [idle] { $queue }: ready
    [processing] { $queue }: printing
   *[stopped] { $queue }: stopped
}
staff-printer-refusing = { $queue }: not accepting jobs
staff-resume = Resume the printer
staff-resumed = { $sent ->
    [0] { $queue } resumed.
    [one] { $queue } resumed; { $sent } card it had not taken was sent again.
   *[other] { $queue } resumed; { $sent } cards it had not taken were sent again.
}
staff-queue = Print queue
staff-queue-empty = Nothing waiting.
staff-queue-line = Card { $card } on { $printer }: { $state }
staff-retry = Retry
staff-cancel-print = Cancel
staff-print-cancelled = Card { $card }: print cancelled.
staff-nothing-to-cancel = Card { $card }: nothing to cancel.
staff-sent = Sent to { $queue } (job { $job }).
staff-not-sent-again = Not sent again: this card's print is still { $state } on { $printer }.
staff-recent = Recent cards
staff-copies = Copies: { $copies }
staff-fewer = One copy fewer
staff-more = One copy more
staff-reprint = Reprint
staff-consent = Consent
staff-no-name = no name
staff-devices = Camera, layout and language
staff-camera = Camera
staff-camera-starting = { $camera }: starting
staff-camera-showing = { $camera }: showing { $source }
staff-camera-unavailable = { $camera }: unavailable ({ $reason })
staff-layout = Card layout
staff-keyboards = On-screen keyboards
staff-keyboards-note = The language key cycles through these, in this order.
staff-language = Language of the staff screens
staff-participant-language = Language each participant starts in
staff-lookup-title = Consent lookup and erasure
staff-card-id = Card id or reference
staff-look-up = Look up
# $use is print, archive, exhibition or social; $agreed is yes or no.
staff-consent-line = { $use ->
    [print] Print
    [archive] Archive
    [exhibition] Exhibition
   *[social] Social media
}: { $agreed ->
    [yes] agreed
   *[no] no
}
staff-withdraw = { $use ->
    [print] Withdraw printing
    [archive] Withdraw from the archive
    [exhibition] Withdraw from the exhibition
   *[social] Withdraw from social media
}
staff-erase = Erase this participant
staff-erase-confirm = Press again to erase for good
staff-erased = { $files ->
    [one] Card { $card } erased; { $files } file removed.
   *[other] Card { $card } erased; { $files } files removed.
}
staff-setting-saved = { $setting } set to { $value } (saved in { $file }).
staff-setting-session = { $setting } set to { $value } for this session only.
staff-setting-not-written = { $setting } set to { $value }, but the settings file could not be written: { $error }

## Accessibility: spoken guidance, more time, larger text, high contrast

listen = Listen
a11y-larger = Larger text
a11y-contrast = High contrast
a11y-speech = Speak to me
heard-message = Your message says: { $message }
heard-name = Your first name: { $name }
more-time-title = Do you need more time?
more-time-body = { $seconds ->
    [one] The booth will go back to the start in { $seconds } second.
   *[other] The booth will go back to the start in { $seconds } seconds.
}
more-time-button = I need more time

## Staff mode: speech

staff-speech = Speech
staff-speak-screens = Speak each screen as it opens
staff-speech-device = Speech plays on this computer's sound device.
staff-speech-folder = Speech is written as WAV files in { $folder }.
staff-speech-nowhere = No audio output: { $reason }
staff-no-voice = No voice (nothing is read aloud) for: { $languages }
