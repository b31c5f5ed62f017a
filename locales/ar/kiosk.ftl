# Arabic (Modern Standard Arabic) — the kiosk's words.
# Status: awaiting review by a native speaker. Written from the English source by the
# booth's developers; not yet checked by an Arabic speaker.
# Plurals: zero, one, two, few (3–10), many (11–99), other (100 and up), as CLDR says.

language-name = العربية
choose-language = اختر لغتك

attract-title = صور الترحيب
attract-body = التقط صورتك، واكتب بضع كلمات ترحيب لأناس اضطروا إلى ترك بيوتهم، وخذ بطاقتك المطبوعة معك.
start = ابدأ
attract-recent = من المعرض

consent-title = قبل أن نبدأ
consent-body = ستُطبع صورتك ورسالتك على بطاقة لك. اختر ما يجوز استخدامهما فيه غير ذلك. يمكنك أن تغيّر رأيك لاحقًا: اسأل فريق العمل.
consent-print = اطبع بطاقتي (ضروري للمشاركة)
consent-archive = احتفظوا بصورتي ورسالتي في أرشيف الكشك بعد اليوم
consent-exhibition = اعرضوهما في معرض وفي الفصول الدراسية
consent-social = انشروهما على وسائل التواصل الاجتماعي
consent-note = يمكنك أن تطلب من فريق العمل محو صورتك ورسالتك في أي وقت.

cancel = إلغاء
next = التالي
back = رجوع
done = تم

camera-title = انظر إلى الكاميرا
take-photo = التقط صورتي
shots-title = اختر صورتك
shots-hint = تظهر هنا الصور التي التقطها لك المصوّر. المس الصورة التي تريدها لبطاقتك.
shots-waiting = ستظهر هنا الصور التي يلتقطها لك المصوّر.
shot-label = الصورة { $number }
choose-again = اختر صورة أخرى
camera-unavailable = الكاميرا غير متاحة
camera-unavailable-body = يُرجى طلب المساعدة من فريق العمل. سيحاول الكشك مرة أخرى من تلقاء نفسه.
review-title = هل تعجبك هذه الصورة؟
keep-photo = احتفظ بهذه الصورة
retake = التقطها مرة أخرى
retakes-left = { $count ->
    [zero] لم تبقَ أي محاولة لإعادة التصوير
    [one] بقيت محاولة واحدة لإعادة التصوير
    [two] بقيت محاولتان لإعادة التصوير
    [few] بقيت { $count } محاولات لإعادة التصوير
    [many] بقيت { $count } محاولةً لإعادة التصوير
   *[other] بقيت { $count } محاولة لإعادة التصوير
}

message-title = اكتب رسالة ترحيبك
message-label = رسالتك
message-hint = اكتب رسالتك هنا
name-label = اسمك الأول (اختياري)
room-left = المساحة المتبقية على البطاقة: { $percent }٪
too-long = رسالتك أطول من أن تتسع لها البطاقة. يُرجى اختصارها بنحو { $percent }٪.
cannot-print = لا يمكن طباعة هذه الحروف: { $characters }
make-card = اصنع بطاقتي
making-card = جارٍ صنع بطاقتك…

key-shift = ⇧
key-delete = حذف
key-space = مسافة
key-new-line = سطر جديد
key-to-name = الاسم ›
key-to-message = الرسالة ›

preview-title = بطاقتك
print = اطبع بطاقتي
change-message = غيّر رسالتي
printing = جارٍ الطبع…

goodbye-title = شكرًا لك!
goodbye-body = تُطبع بطاقتك الآن. يُرجى أخذها من الطابعة.
print-trouble = الطابعة تحتاج إلى عناية، لذا لا يمكن أن تخرج بطاقتك منها الآن.
saved-not-printed = بطاقتك محفوظة. سيسلّمك إياها أحد أعضاء فريق العمل.
goodbye-reference = الرقم المرجعي لبطاقتك هو { $reference } (وهو مطبوع على البطاقة أيضًا). اذكره إن أردت يومًا إزالة صورتك.
goodbye-kept = صورتك ورسالتك محفوظتان في أرشيف الكشك، كما وافقت.
goodbye-not-kept = لن نحتفظ بصورتك ورسالتك: يمحوهما الكشك في نهاية اليوم. ويمكن لفريق العمل طباعة بطاقتك مرة أخرى حتى ذلك الحين.

archive-notice = لا يستطيع الكشك صنع البطاقات الآن. يُرجى سؤال أحد أعضاء فريق العمل.
printer-notice = الطابعة متوقفة مؤقتًا. ستبقى بطاقتك محفوظة وسيسلّمك إياها أحد أعضاء فريق العمل.
not-saved = تعذّر حفظ بطاقتك، لذا لم تُطبع. يُرجى سؤال أحد أعضاء فريق العمل؛ ويمكنك الضغط على «اطبع» مرة أخرى حين يطلبون ذلك.
engine-stopped = توقف صانع البطاقات. يُرجى أن تطلب من فريق العمل إعادة تشغيل الكشك.

staff-pin-title = فريق العمل
pin-label = الرقم السري لفريق العمل
pin-wrong = { $tries ->
    [zero] رقم سري خاطئ. لم تبقَ أي محاولة قبل التوقف المؤقت.
    [one] رقم سري خاطئ. بقيت محاولة واحدة قبل التوقف المؤقت.
    [two] رقم سري خاطئ. بقيت محاولتان قبل التوقف المؤقت.
    [few] رقم سري خاطئ. بقيت { $tries } محاولات قبل التوقف المؤقت.
    [many] رقم سري خاطئ. بقيت { $tries } محاولةً قبل التوقف المؤقت.
   *[other] رقم سري خاطئ. بقيت { $tries } محاولة قبل التوقف المؤقت.
}
pin-paused = أُدخلت أرقام سرية خاطئة كثيرة. حاول مرة أخرى بعد { $seconds } ثانية.
pin-not-set = لم يُعيَّن رقم سري لفريق العمل. شغّل `welcome-booth config set-pin` على هذا الحاسوب.
pin-key-delete = حذف
pin-key-ok = موافق

printer-alert = { $waiting ->
    [0] الطابعة: { $trouble }
    [one] الطابعة: { $trouble } — بطاقة واحدة تنتظر
    [two] الطابعة: { $trouble } — بطاقتان تنتظران
    [few] الطابعة: { $trouble } — { $waiting } بطاقات تنتظر
    [many] الطابعة: { $trouble } — { $waiting } بطاقةً تنتظر
   *[other] الطابعة: { $trouble } — { $waiting } بطاقة تنتظر
}
archive-alert = لا يمكن حفظ البطاقات: { $reason }
staff-worker-stopped = توقف عامل الكشك؛ أعد تشغيل الكشك.

staff-title = فريق العمل
staff-back = العودة إلى الكشك
staff-exit = إغلاق الكشك
staff-exit-question = هل تريد إغلاق الكشك؟ لن يتمكن أحد من استخدامه حتى يُشغَّل من جديد.
staff-exit-yes = نعم، أغلق الكشك
staff-exit-no = لا، أبقِه مفتوحًا
staff-today = الصور الملتقطة اليوم: { $taken } · البطاقات المرسلة إلى الطابعة اليوم: { $sent }
staff-printer = الطابعة
staff-print-to = اطبع البطاقات على
staff-default-printer = الطابعة الافتراضية للنظام
staff-printer-state = { $state ->
    [idle] { $queue }: جاهزة
    [processing] { $queue }: تطبع
   *[stopped] { $queue }: متوقفة
}
staff-printer-refusing = { $queue }: لا تقبل مهام طباعة
staff-resume = استئناف الطابعة
staff-resumed = { $sent ->
    [0] استُؤنفت { $queue }.
    [one] استُؤنفت { $queue }؛ وأُعيد إرسال بطاقة واحدة لم تكن قد استلمتها.
    [two] استُؤنفت { $queue }؛ وأُعيد إرسال بطاقتين لم تكن قد استلمتهما.
    [few] استُؤنفت { $queue }؛ وأُعيد إرسال { $sent } بطاقات لم تكن قد استلمتها.
    [many] استُؤنفت { $queue }؛ وأُعيد إرسال { $sent } بطاقةً لم تكن قد استلمتها.
   *[other] استُؤنفت { $queue }؛ وأُعيد إرسال { $sent } بطاقة لم تكن قد استلمتها.
}
staff-queue = قائمة انتظار الطباعة
staff-queue-empty = لا شيء في الانتظار.
staff-queue-line = البطاقة { $card } على { $printer }: { $state }
staff-retry = إعادة المحاولة
staff-cancel-print = إلغاء
staff-print-cancelled = البطاقة { $card }: أُلغيت الطباعة.
staff-nothing-to-cancel = البطاقة { $card }: لا شيء لإلغائه.
staff-sent = أُرسلت إلى { $queue } (المهمة { $job }).
staff-not-sent-again = لم تُرسل مرة أخرى: ما زالت طباعة هذه البطاقة { $state } على { $printer }.
staff-recent = أحدث البطاقات
staff-copies = النسخ: { $copies }
staff-fewer = نسخة أقل
staff-more = نسخة أكثر
staff-reprint = إعادة الطباعة
staff-consent = الموافقة
staff-no-name = بلا اسم
staff-devices = الكاميرا والتصميم واللغة
staff-camera = الكاميرا
staff-camera-starting = { $camera }: قيد التشغيل
staff-camera-showing = { $camera }: تعرض { $source }
staff-camera-unavailable = { $camera }: غير متاحة ({ $reason })
staff-layout = تصميم البطاقة
staff-keyboards = لوحات المفاتيح على الشاشة
staff-keyboards-note = يتنقل مفتاح اللغة بينها بهذا الترتيب.
staff-language = لغة شاشات فريق العمل
staff-participant-language = اللغة التي يبدأ بها كل مشارك
staff-lookup-title = البحث عن الموافقة والمحو
staff-card-id = معرّف البطاقة أو رقمها المرجعي
staff-look-up = ابحث
staff-consent-line = { $use ->
    [print] الطباعة
    [archive] الأرشيف
    [exhibition] المعرض
   *[social] وسائل التواصل الاجتماعي
}: { $agreed ->
    [yes] موافق
   *[no] لا
}
staff-withdraw = { $use ->
    [print] سحب الموافقة على الطباعة
    [archive] سحب الموافقة على الأرشيف
    [exhibition] سحب الموافقة على المعرض
   *[social] سحب الموافقة على وسائل التواصل
}
staff-erase = محو هذا المشارك
staff-erase-confirm = اضغط مرة أخرى للمحو نهائيًا
staff-erased = { $files ->
    [zero] مُحيت البطاقة { $card }؛ لم يُحذف أي ملف.
    [one] مُحيت البطاقة { $card }؛ حُذف ملف واحد.
    [two] مُحيت البطاقة { $card }؛ حُذف ملفان.
    [few] مُحيت البطاقة { $card }؛ حُذفت { $files } ملفات.
    [many] مُحيت البطاقة { $card }؛ حُذف { $files } ملفًا.
   *[other] مُحيت البطاقة { $card }؛ حُذف { $files } ملف.
}
staff-setting-saved = عُيّن { $setting } إلى { $value } (حُفظ في { $file }).
staff-setting-session = عُيّن { $setting } إلى { $value } لهذه الجلسة فقط.
staff-setting-not-written = عُيّن { $setting } إلى { $value }، لكن تعذّرت كتابة ملف الإعدادات: { $error }

listen = استمع
a11y-larger = نص أكبر
a11y-contrast = تباين عالٍ
a11y-speech = اقرأ لي
heard-message = رسالتك تقول: { $message }
heard-name = اسمك الأول: { $name }
more-time-title = هل تحتاج إلى مزيد من الوقت؟
more-time-body = { $seconds ->
    [zero] سيعود الكشك إلى البداية الآن.
    [one] سيعود الكشك إلى البداية بعد ثانية واحدة.
    [two] سيعود الكشك إلى البداية بعد ثانيتين.
    [few] سيعود الكشك إلى البداية بعد { $seconds } ثوانٍ.
    [many] سيعود الكشك إلى البداية بعد { $seconds } ثانيةً.
   *[other] سيعود الكشك إلى البداية بعد { $seconds } ثانية.
}
more-time-button = أحتاج إلى مزيد من الوقت

staff-speech = القراءة بصوت عالٍ
staff-speak-screens = اقرأ كل شاشة بصوت عالٍ عند فتحها
staff-speech-device = يُسمع الصوت من جهاز الصوت في هذا الحاسوب.
staff-speech-folder = يُكتب الصوت ملفات WAV في { $folder }.
staff-speech-nowhere = لا يوجد مخرج صوت: { $reason }
staff-no-voice = لا يوجد صوت (لا يُقرأ شيء بصوت عالٍ) للغات: { $languages }
