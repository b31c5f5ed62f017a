# Central Kurdish (Sorani, Arabic script) — the kiosk's words.
# Status: awaiting review by a native speaker. Written from the English source by the
# booth's developers; not yet checked by a Sorani speaker.
# Staff screens are not translated yet: they show in English (see `welcome-booth config check`).

language-name = کوردی (سۆرانی)
choose-language = زمانەکەت هەڵبژێرە

attract-title = وێنەکانی بەخێرهاتن
attract-body = وێنەیەکی خۆت بگرە، چەند وشەیەکی بەخێرهاتن بۆ ئەو کەسانە بنووسە کە ناچار بوون ماڵەکانیان جێبهێڵن، و کارتە چاپکراوەکەت لەگەڵ خۆت ببە.
start = دەستپێکردن
attract-recent = لە پێشانگاکەوە

consent-title = پێش ئەوەی دەست پێبکەین
consent-body = وێنە و نامەکەت لەسەر کارتێک بۆ خۆت چاپ دەکرێن. هەڵبژێرە کە جگە لەوە بۆ چی تر بەکاربهێنرێن. دواتر دەتوانیت بیروڕات بگۆڕیت: لە ستافەکە بپرسە.
consent-print = کارتەکەم چاپ بکەن (بۆ بەشداریکردن پێویستە)
consent-archive = وێنە و نامەکەم دوای ئەمڕۆ لە ئەرشیفی بنکەکەدا هەڵبگرن
consent-exhibition = لە پێشانگا و لە پۆلەکانی خوێندندا نیشانیان بدەن
consent-social = لە تۆڕە کۆمەڵایەتییەکاندا بڵاویان بکەنەوە
consent-note = هەر کاتێک بتەوێت دەتوانیت داوا لە ستافەکە بکەیت وێنە و نامەکەت بسڕنەوە.

cancel = هەڵوەشاندنەوە
next = دواتر
back = گەڕانەوە
done = تەواو

camera-title = سەیری کامێراکە بکە
take-photo = وێنەکەم بگرە
shots-title = وێنەکەت هەڵبژێرە
shots-hint = ئەو وێنانەی وێنەگرەکە لێت گرتوون لێرە دەردەکەون. دەست بنێ بەو وێنەیەی دەتەوێت بۆ کارتەکەت.
shots-waiting = ئەو وێنانەی وێنەگرەکە لێت دەگرێت لێرە دەردەکەون.
shot-label = وێنەی { $number }
choose-again = وێنەیەکی تر هەڵبژێرە
camera-unavailable = کامێراکە بەردەست نییە
camera-unavailable-body = تکایە داوای یارمەتی لە ستافەکە بکە. بنکەکە خۆی دووبارە هەوڵ دەداتەوە.
review-title = ئەم وێنەیەت بەدڵە؟
keep-photo = ئەم وێنەیە هەڵبگرە
retake = دووبارە بیگرەوە
retakes-left = { $count ->
    [0] هیچ دەرفەتێک بۆ دووبارە گرتنەوەی وێنە نەماوە
    [one] { $count } دەرفەت بۆ دووبارە گرتنەوەی وێنە ماوە
   *[other] { $count } دەرفەت بۆ دووبارە گرتنەوەی وێنە ماون
}

message-title = نامەی بەخێرهاتنی خۆت بنووسە
message-label = نامەکەت
message-hint = نامەکەت لێرە بنووسە
name-label = ناوی یەکەمت (ئارەزوومەندانە)
room-left = شوێنی ماوە لەسەر کارتەکە: { $percent }٪
too-long = نامەکەت بۆ کارتەکە زۆر درێژە. تکایە نزیکەی { $percent }٪ کورتی بکەرەوە.
cannot-print = ئەم پیتانە چاپ ناکرێن: { $characters }
make-card = کارتەکەم دروست بکە
making-card = کارتەکەت دروست دەکرێت…

key-shift = ⇧
key-delete = سڕینەوە
key-space = بۆشایی
key-new-line = دێڕی نوێ
key-to-name = ناو ›
key-to-message = نامە ›

preview-title = کارتەکەت
print = کارتەکەم چاپ بکە
change-message = نامەکەم بگۆڕە
printing = چاپ دەکرێت…

goodbye-title = سوپاس!
goodbye-body = کارتەکەت چاپ دەکرێت. تکایە لە چاپکەرەکە وەریبگرە.
print-trouble = چاپکەرەکە پێویستی بە چاودێرییە، بۆیە کارتەکەت ئێستا لێی دەرناچێت.
saved-not-printed = کارتەکەت پاشەکەوت کراوە. یەکێک لە ستافەکە دەیداتە دەستت.
goodbye-reference = ژمارەی ئاماژەی کارتەکەت { $reference }ـە (لەسەر کارتەکەش هەیە). ئەگەر ڕۆژێک ویستت وێنەکەت لاببرێت، ئەم ژمارەیە بڵێ.
goodbye-kept = وەک ڕەزامەندیت دا، وێنە و نامەکەت لە ئەرشیفی بنکەکەدا هەڵدەگیرێن.
goodbye-not-kept = وێنە و نامەکەت هەڵناگیرێن: بنکەکە لە کۆتایی ئەمڕۆدا دەیانسڕێتەوە. تا ئەو کاتە ستافەکە دەتوانن کارتەکەت دووبارە چاپ بکەنەوە.

archive-notice = بنکەکە ئێستا ناتوانێت کارت دروست بکات. تکایە لە یەکێک لە ستافەکە بپرسە.
printer-notice = چاپکەرەکە بۆ ماوەیەک وەستێنراوە. کارتەکەت پارێزراو دەمێنێتەوە و یەکێک لە ستافەکە دەیداتە دەستت.
not-saved = کارتەکەت پاشەکەوت نەکرا، بۆیە چاپیش نەکرا. تکایە لە یەکێک لە ستافەکە بپرسە؛ کاتێک گوتیان، دەتوانیت دووبارە «چاپ» دابگریت.
engine-stopped = دروستکەری کارتەکە وەستا. تکایە داوا لە ستافەکە بکە بنکەکە دووبارە هەڵبکەنەوە.

listen = گوێ بگرە
a11y-larger = دەقی گەورەتر
a11y-contrast = جیاوازیی ڕەنگی بەرز
a11y-speech = بۆم بخوێنەوە
heard-message = نامەکەت: { $message }
heard-name = ناوی یەکەمت: { $name }
more-time-title = کاتی زیاترت پێویستە؟
more-time-body = بنکەکە دوای { $seconds } چرکە دەگەڕێتەوە سەرەتا.
more-time-button = کاتی زیاترم پێویستە
