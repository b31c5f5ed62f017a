# Punjabi (Gurmukhi) — the kiosk's words.
# Status: awaiting review by a native speaker. Written from the English source by the
# booth's developers; not yet checked by a Punjabi speaker.
# Staff screens are not translated yet: they show in English (see `welcome-booth config check`).

language-name = ਪੰਜਾਬੀ
choose-language = ਆਪਣੀ ਭਾਸ਼ਾ ਚੁਣੋ

attract-title = ਜੀ ਆਇਆਂ ਦੀਆਂ ਤਸਵੀਰਾਂ
attract-body = ਆਪਣੀ ਤਸਵੀਰ ਖਿਚਵਾਓ, ਉਹਨਾਂ ਲੋਕਾਂ ਲਈ ਜੀ ਆਇਆਂ ਦੇ ਕੁਝ ਸ਼ਬਦ ਲਿਖੋ ਜਿਨ੍ਹਾਂ ਨੂੰ ਆਪਣੇ ਘਰ ਛੱਡਣੇ ਪਏ, ਅਤੇ ਆਪਣਾ ਛਪਿਆ ਹੋਇਆ ਕਾਰਡ ਨਾਲ ਲੈ ਜਾਓ।
start = ਸ਼ੁਰੂ ਕਰੋ
attract-recent = ਪ੍ਰਦਰਸ਼ਨੀ ਵਿੱਚੋਂ

consent-title = ਸ਼ੁਰੂ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ
consent-body = ਤੁਹਾਡੀ ਫੋਟੋ ਅਤੇ ਤੁਹਾਡਾ ਸੁਨੇਹਾ ਤੁਹਾਡੇ ਲਈ ਇੱਕ ਕਾਰਡ ਉੱਤੇ ਛਾਪੇ ਜਾਣਗੇ। ਚੁਣੋ ਕਿ ਇਸ ਤੋਂ ਇਲਾਵਾ ਇਹਨਾਂ ਨੂੰ ਹੋਰ ਕਿਸ ਕੰਮ ਲਈ ਵਰਤਿਆ ਜਾ ਸਕਦਾ ਹੈ। ਤੁਸੀਂ ਬਾਅਦ ਵਿੱਚ ਆਪਣਾ ਮਨ ਬਦਲ ਸਕਦੇ ਹੋ: ਸਟਾਫ਼ ਨੂੰ ਪੁੱਛੋ।
consent-print = ਮੇਰਾ ਕਾਰਡ ਛਾਪੋ (ਹਿੱਸਾ ਲੈਣ ਲਈ ਜ਼ਰੂਰੀ)
consent-archive = ਅੱਜ ਤੋਂ ਬਾਅਦ ਵੀ ਮੇਰੀ ਤਸਵੀਰ ਅਤੇ ਸੁਨੇਹਾ ਬੂਥ ਦੇ ਪੁਰਾਲੇਖ ਵਿੱਚ ਰੱਖੋ
consent-exhibition = ਇਹਨਾਂ ਨੂੰ ਪ੍ਰਦਰਸ਼ਨੀ ਅਤੇ ਕਲਾਸਾਂ ਵਿੱਚ ਦਿਖਾਓ
consent-social = ਇਹਨਾਂ ਨੂੰ ਸੋਸ਼ਲ ਮੀਡੀਆ ਉੱਤੇ ਪਾਓ
consent-note = ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਵੇਲੇ ਸਟਾਫ਼ ਨੂੰ ਆਪਣੀ ਤਸਵੀਰ ਅਤੇ ਸੁਨੇਹਾ ਮਿਟਾਉਣ ਲਈ ਕਹਿ ਸਕਦੇ ਹੋ।

cancel = ਰੱਦ ਕਰੋ
next = ਅੱਗੇ
back = ਪਿੱਛੇ
done = ਹੋ ਗਿਆ

camera-title = ਕੈਮਰੇ ਵੱਲ ਦੇਖੋ
take-photo = ਮੇਰੀ ਫੋਟੋ ਖਿੱਚੋ
shots-title = ਆਪਣੀ ਫੋਟੋ ਚੁਣੋ
shots-hint = ਫੋਟੋਗ੍ਰਾਫਰ ਵੱਲੋਂ ਖਿੱਚੀਆਂ ਤੁਹਾਡੀਆਂ ਫੋਟੋਆਂ ਇੱਥੇ ਦਿਖਾਈ ਦਿੰਦੀਆਂ ਹਨ। ਆਪਣੇ ਕਾਰਡ ਲਈ ਜਿਹੜੀ ਚਾਹੀਦੀ ਹੈ ਉਸ ਨੂੰ ਛੂਹੋ।
shots-waiting = ਫੋਟੋਗ੍ਰਾਫਰ ਵੱਲੋਂ ਖਿੱਚੀਆਂ ਤੁਹਾਡੀਆਂ ਫੋਟੋਆਂ ਇੱਥੇ ਦਿਖਾਈ ਦੇਣਗੀਆਂ।
shot-label = ਫੋਟੋ { $number }
choose-again = ਕੋਈ ਹੋਰ ਫੋਟੋ ਚੁਣੋ
camera-unavailable = ਕੈਮਰਾ ਉਪਲਬਧ ਨਹੀਂ ਹੈ
camera-unavailable-body = ਕਿਰਪਾ ਕਰਕੇ ਸਟਾਫ਼ ਤੋਂ ਮਦਦ ਮੰਗੋ। ਬੂਥ ਆਪਣੇ ਆਪ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੇਗਾ।
review-title = ਕੀ ਤੁਹਾਨੂੰ ਇਹ ਫੋਟੋ ਪਸੰਦ ਹੈ?
keep-photo = ਇਹੀ ਫੋਟੋ ਰੱਖੋ
retake = ਦੁਬਾਰਾ ਖਿੱਚੋ
retakes-left = { $count ->
    [0] ਫੋਟੋ ਦੁਬਾਰਾ ਖਿੱਚਣ ਦਾ ਕੋਈ ਮੌਕਾ ਬਾਕੀ ਨਹੀਂ
    [one] ਫੋਟੋ ਦੁਬਾਰਾ ਖਿੱਚਣ ਦਾ { $count } ਮੌਕਾ ਬਾਕੀ ਹੈ
   *[other] ਫੋਟੋ ਦੁਬਾਰਾ ਖਿੱਚਣ ਦੇ { $count } ਮੌਕੇ ਬਾਕੀ ਹਨ
}

message-title = ਜੀ ਆਇਆਂ ਦਾ ਆਪਣਾ ਸੁਨੇਹਾ ਲਿਖੋ
message-label = ਤੁਹਾਡਾ ਸੁਨੇਹਾ
message-hint = ਆਪਣਾ ਸੁਨੇਹਾ ਇੱਥੇ ਲਿਖੋ
name-label = ਤੁਹਾਡਾ ਪਹਿਲਾ ਨਾਮ (ਵਿਕਲਪਿਕ)
room-left = ਕਾਰਡ ਉੱਤੇ ਬਾਕੀ ਥਾਂ: { $percent }%
too-long = ਤੁਹਾਡਾ ਸੁਨੇਹਾ ਕਾਰਡ ਲਈ ਬਹੁਤ ਲੰਮਾ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਲਗਭਗ { $percent }% ਛੋਟਾ ਕਰੋ।
cannot-print = ਇਹ ਅੱਖਰ ਛਾਪੇ ਨਹੀਂ ਜਾ ਸਕਦੇ: { $characters }
make-card = ਮੇਰਾ ਕਾਰਡ ਬਣਾਓ
making-card = ਤੁਹਾਡਾ ਕਾਰਡ ਬਣ ਰਿਹਾ ਹੈ…

key-shift = ⇧
key-delete = ਮਿਟਾਓ
key-space = ਖਾਲੀ ਥਾਂ
key-new-line = ਨਵੀਂ ਲਾਈਨ
key-to-name = ਨਾਮ ›
key-to-message = ਸੁਨੇਹਾ ›

preview-title = ਤੁਹਾਡਾ ਕਾਰਡ
print = ਮੇਰਾ ਕਾਰਡ ਛਾਪੋ
change-message = ਮੇਰਾ ਸੁਨੇਹਾ ਬਦਲੋ
printing = ਛਪ ਰਿਹਾ ਹੈ…

goodbye-title = ਧੰਨਵਾਦ!
goodbye-body = ਤੁਹਾਡਾ ਕਾਰਡ ਛਪ ਰਿਹਾ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਪ੍ਰਿੰਟਰ ਤੋਂ ਲੈ ਲਓ।
print-trouble = ਪ੍ਰਿੰਟਰ ਵੱਲ ਧਿਆਨ ਦੇਣ ਦੀ ਲੋੜ ਹੈ, ਇਸ ਲਈ ਤੁਹਾਡਾ ਕਾਰਡ ਹੁਣੇ ਇਸ ਵਿੱਚੋਂ ਨਹੀਂ ਨਿਕਲ ਸਕਦਾ।
saved-not-printed = ਤੁਹਾਡਾ ਕਾਰਡ ਸੰਭਾਲ ਲਿਆ ਗਿਆ ਹੈ। ਸਟਾਫ਼ ਦਾ ਕੋਈ ਮੈਂਬਰ ਇਹ ਤੁਹਾਨੂੰ ਦੇਵੇਗਾ।
goodbye-reference = ਤੁਹਾਡੇ ਕਾਰਡ ਦਾ ਹਵਾਲਾ ਨੰਬਰ { $reference } ਹੈ (ਇਹ ਕਾਰਡ ਉੱਤੇ ਵੀ ਹੈ)। ਜੇ ਤੁਸੀਂ ਕਦੇ ਆਪਣੀ ਤਸਵੀਰ ਹਟਵਾਉਣੀ ਚਾਹੋ ਤਾਂ ਇਹ ਨੰਬਰ ਦੱਸੋ।
goodbye-kept = ਤੁਹਾਡੀ ਸਹਿਮਤੀ ਮੁਤਾਬਕ ਤੁਹਾਡੀ ਤਸਵੀਰ ਅਤੇ ਸੁਨੇਹਾ ਬੂਥ ਦੇ ਪੁਰਾਲੇਖ ਵਿੱਚ ਰੱਖੇ ਜਾਂਦੇ ਹਨ।
goodbye-not-kept = ਤੁਹਾਡੀ ਤਸਵੀਰ ਅਤੇ ਸੁਨੇਹਾ ਨਹੀਂ ਰੱਖੇ ਜਾਂਦੇ: ਬੂਥ ਅੱਜ ਦੇ ਦਿਨ ਦੇ ਅੰਤ ਵਿੱਚ ਇਹਨਾਂ ਨੂੰ ਮਿਟਾ ਦੇਵੇਗਾ। ਉਦੋਂ ਤੱਕ ਸਟਾਫ਼ ਤੁਹਾਡਾ ਕਾਰਡ ਦੁਬਾਰਾ ਛਾਪ ਸਕਦਾ ਹੈ।

archive-notice = ਬੂਥ ਇਸ ਵੇਲੇ ਕਾਰਡ ਨਹੀਂ ਬਣਾ ਸਕਦਾ। ਕਿਰਪਾ ਕਰਕੇ ਸਟਾਫ਼ ਦੇ ਕਿਸੇ ਮੈਂਬਰ ਨੂੰ ਪੁੱਛੋ।
printer-notice = ਪ੍ਰਿੰਟਰ ਕੁਝ ਸਮੇਂ ਲਈ ਰੁਕਿਆ ਹੋਇਆ ਹੈ। ਤੁਹਾਡਾ ਕਾਰਡ ਸੁਰੱਖਿਅਤ ਰੱਖਿਆ ਜਾਵੇਗਾ ਅਤੇ ਸਟਾਫ਼ ਦਾ ਕੋਈ ਮੈਂਬਰ ਇਹ ਤੁਹਾਨੂੰ ਦੇਵੇਗਾ।
not-saved = ਤੁਹਾਡਾ ਕਾਰਡ ਸੰਭਾਲਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ, ਇਸ ਲਈ ਛਾਪਿਆ ਨਹੀਂ ਗਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਸਟਾਫ਼ ਦੇ ਕਿਸੇ ਮੈਂਬਰ ਨੂੰ ਪੁੱਛੋ; ਜਦੋਂ ਉਹ ਕਹਿਣ, ਤੁਸੀਂ ਦੁਬਾਰਾ «ਛਾਪੋ» ਦਬਾ ਸਕਦੇ ਹੋ।
engine-stopped = ਕਾਰਡ ਬਣਾਉਣ ਵਾਲਾ ਰੁਕ ਗਿਆ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਸਟਾਫ਼ ਨੂੰ ਬੂਥ ਦੁਬਾਰਾ ਚਾਲੂ ਕਰਨ ਲਈ ਕਹੋ।

listen = ਸੁਣੋ
a11y-larger = ਵੱਡੇ ਅੱਖਰ
a11y-contrast = ਉੱਚਾ ਕੰਟ੍ਰਾਸਟ
a11y-speech = ਮੈਨੂੰ ਪੜ੍ਹ ਕੇ ਸੁਣਾਓ
heard-message = ਤੁਹਾਡਾ ਸੁਨੇਹਾ: { $message }
heard-name = ਤੁਹਾਡਾ ਪਹਿਲਾ ਨਾਮ: { $name }
more-time-title = ਕੀ ਤੁਹਾਨੂੰ ਹੋਰ ਸਮਾਂ ਚਾਹੀਦਾ ਹੈ?
more-time-body = ਬੂਥ { $seconds } ਸਕਿੰਟਾਂ ਵਿੱਚ ਸ਼ੁਰੂ ਵਿੱਚ ਵਾਪਸ ਚਲਾ ਜਾਵੇਗਾ।
more-time-button = ਮੈਨੂੰ ਹੋਰ ਸਮਾਂ ਚਾਹੀਦਾ ਹੈ
