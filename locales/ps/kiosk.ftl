# Pashto — the kiosk's words.
# Status: awaiting review by a native speaker. Written from the English source by the
# booth's developers; not yet checked by a Pashto speaker.
# Staff screens are not translated yet: they show in English (see `welcome-booth config check`).

language-name = پښتو
choose-language = خپله ژبه وټاکئ

attract-title = د ښه راغلاست انځورونه
attract-body = خپل انځور واخلئ، د هغو خلکو لپاره چې خپل کورونه یې پرېښودل ته اړ شوي د ښه راغلاست څو کلمې ولیکئ، او خپل چاپ شوی کارت له ځان سره یوسئ.
start = پیل
attract-recent = له نندارتون څخه

consent-title = مخکې له دې چې پیل وکړو
consent-body = ستاسو انځور او پیغام به ستاسو لپاره پر یوه کارت چاپ شي. وټاکئ چې له دې پرته نور د څه لپاره کارول کېدای شي. وروسته خپل نظر بدلولای شئ: له کارکوونکو وپوښتئ.
consent-print = زما کارت چاپ کړئ (د ګډون لپاره اړین دی)
consent-archive = زما انځور او پیغام له نن وروسته د غرفې په آرشیف کې وساتئ
consent-exhibition = په نندارتون او ټولګیو کې یې وښایئ
consent-social = په ټولنیزو رسنیو کې یې خپاره کړئ
consent-note = هر وخت کولای شئ له کارکوونکو وغواړئ چې ستاسو انځور او پیغام ړنګ کړي.

cancel = لغوه کول
next = بل
back = شاته
done = بشپړ شو

camera-title = کمرې ته وګورئ
take-photo = زما انځور واخله
shots-title = خپل انځور وټاکه
shots-hint = هغه انځورونه چې عکاس ستا اخیستي دلته ښکاري. هغه چې د خپل کارت لپاره یې غواړې، ټک کړه.
shots-waiting = هغه انځورونه چې عکاس به یې ستا واخلي دلته به ښکاره شي.
shot-label = انځور { $number }
choose-again = بل انځور وټاکه
camera-unavailable = کمره نشته
camera-unavailable-body = مهرباني وکړئ له کارکوونکو مرسته وغواړئ. غرفه به پخپله بیا هڅه وکړي.
review-title = دا انځور مو خوښ دی؟
keep-photo = همدا انځور وساته
retake = بیا یې واخله
retakes-left = { $count ->
    [0] د انځور د بیا اخیستو هیڅ فرصت نه دی پاتې
    [one] د انځور د بیا اخیستو { $count } فرصت پاتې دی
   *[other] د انځور د بیا اخیستو { $count } فرصتونه پاتې دي
}

message-title = د ښه راغلاست خپل پیغام ولیکئ
message-label = ستاسو پیغام
message-hint = خپل پیغام دلته ولیکئ
name-label = ستاسو لومړی نوم (اختیاري)
room-left = په کارت کې پاتې ځای: { $percent }٪
too-long = ستاسو پیغام د کارت لپاره ډېر اوږد دی. مهرباني وکړئ شاوخوا { $percent }٪ یې لنډ کړئ.
cannot-print = دا توري نه شي چاپ کېدای: { $characters }
make-card = زما کارت جوړ کړه
making-card = ستاسو کارت جوړېږي…

key-shift = ⇧
key-delete = ړنګول
key-space = تشه
key-new-line = نوې کرښه
key-to-name = نوم ›
key-to-message = پیغام ›

preview-title = ستاسو کارت
print = زما کارت چاپ کړه
change-message = زما پیغام بدل کړه
printing = چاپېږي…

goodbye-title = مننه!
goodbye-body = ستاسو کارت چاپېږي. مهرباني وکړئ له چاپګر څخه یې واخلئ.
print-trouble = چاپګر پاملرنې ته اړتیا لري، نو ستاسو کارت اوس ترې نه شي راوتلای.
saved-not-printed = ستاسو کارت خوندي شوی دی. یو کارکوونکی به یې تاسو ته درکړي.
goodbye-reference = ستاسو د کارت حواله شمېره { $reference } ده (پر کارت هم لیکل شوې). که کله مو وغوښتل چې انځور مو لرې شي، دا شمېره ووایئ.
goodbye-kept = لکه څنګه چې مو موافقه کړې، ستاسو انځور او پیغام د غرفې په آرشیف کې ساتل کېږي.
goodbye-not-kept = ستاسو انځور او پیغام نه ساتل کېږي: غرفه یې د نن ورځې په پای کې ړنګوي. تر هغه وخته کارکوونکي کولای شي ستاسو کارت بیا چاپ کړي.

archive-notice = غرفه اوس کارتونه نه شي جوړولای. مهرباني وکړئ له یوه کارکوونکي وپوښتئ.
printer-notice = چاپګر لنډمهاله درول شوی. ستاسو کارت به خوندي پاتې شي او یو کارکوونکی به یې تاسو ته درکړي.
not-saved = ستاسو کارت خوندي نه شو، نو چاپ هم نه شو. مهرباني وکړئ له یوه کارکوونکي وپوښتئ؛ کله چې ووایي، بیا «چاپ» کېکاږئ.
engine-stopped = د کارت جوړونکی ودرېد. مهرباني وکړئ له کارکوونکو وغواړئ چې غرفه بیا پیل کړي.

listen = واورئ
a11y-larger = لوی متن
a11y-contrast = لوړ توپیر
a11y-speech = ماته یې ولوله
heard-message = ستاسو پیغام: { $message }
heard-name = ستاسو لومړی نوم: { $name }
more-time-title = نور وخت ته اړتیا لرئ؟
more-time-body = { $seconds ->
    [one] غرفه به په { $seconds } ثانیه کې بېرته پیل ته ستنه شي.
   *[other] غرفه به په { $seconds } ثانیو کې بېرته پیل ته ستنه شي.
}
more-time-button = نور وخت ته اړتیا لرم
