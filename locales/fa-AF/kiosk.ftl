# Dari (Afghan Persian) — the kiosk's words.
# Status: awaiting review by a native speaker. Written from the English source by the
# booth's developers with Afghan usage (کمره، پرنتر، صنف); not yet checked by a Dari speaker.
# Staff screens are not translated yet: they show in English (see `welcome-booth config check`).

language-name = دری
choose-language = زبان خود را انتخاب کنید

attract-title = چهره‌های خوش‌آمد
attract-body = عکس خود را بگیرید، چند کلمه خوش‌آمد برای کسانی بنویسید که مجبور شده‌اند خانه‌های خود را ترک کنند، و کارت چاپ‌شدهٔ خود را با خود ببرید.
start = شروع
attract-recent = از نمایشگاه

consent-title = پیش از شروع
consent-body = عکس و پیام شما بالای یک کارت برای خود شما چاپ می‌شود. انتخاب کنید که به غیر از این، برای چه کارهای دیگر از آن‌ها استفاده شده می‌تواند. بعداً می‌توانید نظر خود را تغییر دهید: از کارمندان بپرسید.
consent-print = کارتم را چاپ کنید (برای اشتراک لازم است)
consent-archive = عکس و پیامم را بعد از امروز در آرشیف غرفه نگه دارید
consent-exhibition = آن‌ها را در نمایشگاه و در صنف‌های درسی نشان دهید
consent-social = آن‌ها را در رسانه‌های اجتماعی نشر کنید
consent-note = هر وقت که بخواهید می‌توانید از کارمندان بخواهید عکس و پیام شما را پاک کنند.

cancel = لغو
next = بعدی
back = برگشت
done = تمام

camera-title = به کمره نگاه کنید
take-photo = عکسم را بگیر
shots-title = عکست را انتخاب کن
shots-hint = عکس‌هایی که عکاس از تو گرفته اینجا نمایش داده می‌شوند. روی عکسی که برای کارتت می‌خواهی بزن.
shots-waiting = عکس‌هایی که عکاس از تو می‌گیرد اینجا نمایش داده می‌شوند.
shot-label = عکس { $number }
choose-again = انتخاب عکس دیگر
camera-unavailable = کمره در دسترس نیست
camera-unavailable-body = لطفاً از کارمندان کمک بخواهید. غرفه خودش دوباره کوشش می‌کند.
review-title = این عکس را خوش دارید؟
keep-photo = همین عکس را نگه دار
retake = دوباره بگیر
retakes-left = { $count ->
    [0] دیگر فرصتی برای گرفتن دوبارهٔ عکس باقی نمانده است
    [one] { $count } فرصت دیگر برای گرفتن دوبارهٔ عکس باقی مانده است
   *[other] { $count } فرصت دیگر برای گرفتن دوبارهٔ عکس باقی مانده است
}

message-title = پیام خوش‌آمد خود را بنویسید
message-label = پیام شما
message-hint = پیام خود را اینجا بنویسید
name-label = نام شما (اختیاری)
room-left = جای باقی‌مانده روی کارت: { $percent }٪
too-long = پیام شما برای کارت زیاد طولانی است. لطفاً آن را تقریباً { $percent }٪ کوتاه‌تر کنید.
cannot-print = این حروف چاپ شده نمی‌تواند: { $characters }
make-card = کارتم را بساز
making-card = کارت شما ساخته می‌شود…

key-shift = ⇧
key-delete = پاک کردن
key-space = فاصله
key-new-line = سطر نو
key-to-name = نام ›
key-to-message = پیام ›

preview-title = کارت شما
print = کارتم را چاپ کن
change-message = پیامم را تغییر بده
printing = چاپ می‌شود…

goodbye-title = تشکر!
goodbye-body = کارت شما چاپ می‌شود. لطفاً آن را از پرنتر بگیرید.
print-trouble = پرنتر به رسیدگی ضرورت دارد، بنابراین کارت شما حالا از آن بیرون شده نمی‌تواند.
saved-not-printed = کارت شما ذخیره شده است. یکی از کارمندان آن را به شما می‌دهد.
goodbye-reference = شمارهٔ مرجع کارت شما { $reference } است (بالای کارت هم نوشته شده است). اگر روزی خواستید عکس شما حذف شود، این شماره را بگویید.
goodbye-kept = طوری که موافقت کردید، عکس و پیام شما در آرشیف غرفه نگه داشته می‌شود.
goodbye-not-kept = عکس و پیام شما نگه داشته نمی‌شود: غرفه آن‌ها را در آخر امروز پاک می‌کند. تا آن وقت کارمندان می‌توانند کارت شما را دوباره چاپ کنند.

archive-notice = غرفه حالا کارت ساخته نمی‌تواند. لطفاً از یکی از کارمندان بپرسید.
printer-notice = پرنتر موقتاً متوقف شده است. کارت شما محفوظ می‌ماند و یکی از کارمندان آن را به شما می‌دهد.
not-saved = کارت شما ذخیره نشد، از همین خاطر چاپ هم نشد. لطفاً از یکی از کارمندان بپرسید؛ هر وقت گفتند می‌توانید دوباره «چاپ» را بزنید.
engine-stopped = سازندهٔ کارت از کار افتاد. لطفاً از کارمندان بخواهید غرفه را دوباره روشن کنند.

listen = بشنوید
a11y-larger = متن کلان‌تر
a11y-contrast = کنتراست بلند
a11y-speech = برایم بخوان
heard-message = پیام شما: { $message }
heard-name = نام شما: { $name }
more-time-title = به وقت بیشتر ضرورت دارید؟
more-time-body = غرفه تا { $seconds } ثانیهٔ دیگر به صفحهٔ آغاز برمی‌گردد.
more-time-button = به وقت بیشتر ضرورت دارم
