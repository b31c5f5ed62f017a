# Persian (Farsi, Iran) — the kiosk's words.
# Status: awaiting review by a native speaker. Written from the English source by the
# booth's developers; not yet checked by a Persian speaker.
# Staff screens are not translated yet: they show in English (see `welcome-booth config check`).

language-name = فارسی
choose-language = زبان خود را انتخاب کنید

attract-title = چهره‌های خوشامد
attract-body = عکس خود را بگیرید، چند کلمه خوشامد برای کسانی بنویسید که ناچار شده‌اند خانه‌شان را ترک کنند، و کارت چاپ‌شده‌تان را با خود ببرید.
start = شروع
attract-recent = از نمایشگاه

consent-title = پیش از شروع
consent-body = عکس و پیام شما روی کارتی برای خودتان چاپ می‌شود. انتخاب کنید که جز این، برای چه کارهای دیگری می‌توان از آن‌ها استفاده کرد. بعداً می‌توانید نظرتان را تغییر دهید: از کارکنان بپرسید.
consent-print = کارتم را چاپ کنید (برای شرکت لازم است)
consent-archive = عکس و پیامم را پس از امروز در بایگانی غرفه نگه دارید
consent-exhibition = آن‌ها را در نمایشگاه و در کلاس‌های درس نشان دهید
consent-social = آن‌ها را در شبکه‌های اجتماعی منتشر کنید
consent-note = هر زمان که بخواهید می‌توانید از کارکنان بخواهید عکس و پیام شما را پاک کنند.

cancel = لغو
next = بعدی
back = بازگشت
done = تمام

camera-title = به دوربین نگاه کنید
take-photo = عکسم را بگیر
shots-title = عکست را انتخاب کن
shots-hint = عکس‌هایی که عکاس از تو گرفته اینجا نمایش داده می‌شوند. روی عکسی که برای کارتت می‌خواهی بزن.
shots-waiting = عکس‌هایی که عکاس از تو می‌گیرد اینجا نمایش داده می‌شوند.
shot-label = عکس { $number }
choose-again = انتخاب عکس دیگر
camera-unavailable = دوربین در دسترس نیست
camera-unavailable-body = لطفاً از کارکنان کمک بخواهید. غرفه خودش دوباره تلاش می‌کند.
review-title = این عکس را می‌پسندید؟
keep-photo = همین عکس را نگه دار
retake = دوباره بگیر
retakes-left = { $count ->
    [0] دیگر فرصتی برای گرفتن دوبارهٔ عکس نمانده است
    [one] { $count } فرصت دیگر برای گرفتن دوبارهٔ عکس مانده است
   *[other] { $count } فرصت دیگر برای گرفتن دوبارهٔ عکس مانده است
}

message-title = پیام خوشامد خود را بنویسید
message-label = پیام شما
message-hint = پیام خود را اینجا بنویسید
name-label = نام کوچک شما (اختیاری)
room-left = جای باقی‌مانده روی کارت: { $percent }٪
too-long = پیام شما برای کارت بیش از حد بلند است. لطفاً حدود { $percent }٪ کوتاه‌ترش کنید.
cannot-print = این نویسه‌ها را نمی‌توان چاپ کرد: { $characters }
make-card = کارتم را بساز
making-card = در حال ساختن کارت شما…

key-shift = ⇧
key-delete = پاک کردن
key-space = فاصله
key-new-line = خط تازه
key-to-name = نام ›
key-to-message = پیام ›

preview-title = کارت شما
print = کارتم را چاپ کن
change-message = پیامم را تغییر بده
printing = در حال چاپ…

goodbye-title = سپاس!
goodbye-body = کارت شما در حال چاپ است. لطفاً آن را از چاپگر بردارید.
print-trouble = چاپگر به رسیدگی نیاز دارد، بنابراین کارت شما اکنون از آن بیرون نمی‌آید.
saved-not-printed = کارت شما ذخیره شده است. یکی از کارکنان آن را به شما می‌دهد.
goodbye-reference = شمارهٔ مرجع کارت شما { $reference } است (روی کارت هم آمده است). اگر روزی خواستید عکستان حذف شود، این شماره را بگویید.
goodbye-kept = همان‌طور که موافقت کردید، عکس و پیام شما در بایگانی غرفه نگه داشته می‌شود.
goodbye-not-kept = عکس و پیام شما نگه داشته نمی‌شود: غرفه آن‌ها را در پایان امروز پاک می‌کند. تا آن زمان کارکنان می‌توانند کارت شما را دوباره چاپ کنند.

archive-notice = غرفه اکنون نمی‌تواند کارت بسازد. لطفاً از یکی از کارکنان بپرسید.
printer-notice = چاپگر موقتاً متوقف شده است. کارت شما محفوظ می‌ماند و یکی از کارکنان آن را به شما می‌دهد.
not-saved = کارت شما ذخیره نشد، به همین دلیل چاپ هم نشد. لطفاً از یکی از کارکنان بپرسید؛ هر وقت گفتند می‌توانید دوباره «چاپ» را بزنید.
engine-stopped = سازندهٔ کارت از کار افتاد. لطفاً از کارکنان بخواهید غرفه را دوباره راه‌اندازی کنند.

listen = گوش دهید
a11y-larger = متن بزرگ‌تر
a11y-contrast = کنتراست بالا
a11y-speech = برایم بخوان
heard-message = پیام شما: { $message }
heard-name = نام کوچک شما: { $name }
more-time-title = وقت بیشتری لازم دارید؟
more-time-body = غرفه تا { $seconds } ثانیهٔ دیگر به صفحهٔ آغاز برمی‌گردد.
more-time-button = وقت بیشتری لازم دارم
