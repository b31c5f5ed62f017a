# Urdu — the kiosk's words.
# Status: awaiting review by a native speaker. Written from the English source by the
# booth's developers; not yet checked by an Urdu speaker. Shown in Naskh (the card's
# Arabic face), not Nastaliq.
# Staff screens are not translated yet: they show in English (see `welcome-booth config check`).

language-name = اردو
choose-language = اپنی زبان منتخب کریں

attract-title = خوش آمدید کی تصویریں
attract-body = اپنی تصویر کھنچوائیں، ان لوگوں کے لیے خوش آمدید کے چند الفاظ لکھیں جنہیں اپنا گھر چھوڑنا پڑا، اور اپنا چھپا ہوا کارڈ ساتھ لے جائیں۔
start = شروع کریں
attract-recent = نمائش سے

consent-title = شروع کرنے سے پہلے
consent-body = آپ کی تصویر اور آپ کا پیغام آپ کے لیے ایک کارڈ پر چھاپے جائیں گے۔ منتخب کریں کہ اس کے علاوہ انہیں اور کس کام کے لیے استعمال کیا جا سکتا ہے۔ آپ بعد میں اپنا ارادہ بدل سکتے ہیں: عملے سے پوچھیں۔
consent-print = میرا کارڈ چھاپیں (شرکت کے لیے ضروری ہے)
consent-archive = میری تصویر اور پیغام آج کے بعد بوتھ کے آرکائیو میں محفوظ رکھیں
consent-exhibition = انہیں نمائش اور کلاس رومز میں دکھائیں
consent-social = انہیں سوشل میڈیا پر شائع کریں
consent-note = آپ کسی بھی وقت عملے سے اپنی تصویر اور پیغام مٹانے کے لیے کہہ سکتے ہیں۔

cancel = منسوخ کریں
next = اگلا
back = واپس
done = ہو گیا

camera-title = کیمرے کی طرف دیکھیں
take-photo = میری تصویر لیں
shots-title = اپنی تصویر منتخب کریں
shots-hint = فوٹوگرافر کی کھینچی ہوئی آپ کی تصویریں یہاں نظر آتی ہیں۔ اپنے کارڈ کے لیے جو تصویر چاہیں اس پر ٹیپ کریں۔
shots-waiting = فوٹوگرافر کی کھینچی ہوئی آپ کی تصویریں یہاں نظر آئیں گی۔
shot-label = تصویر { $number }
choose-again = کوئی اور تصویر منتخب کریں
camera-unavailable = کیمرا دستیاب نہیں ہے
camera-unavailable-body = براہ کرم عملے سے مدد لیں۔ بوتھ خود دوبارہ کوشش کرے گا۔
review-title = کیا آپ کو یہ تصویر پسند ہے؟
keep-photo = یہی تصویر رکھیں
retake = دوبارہ لیں
retakes-left = { $count ->
    [0] تصویر دوبارہ لینے کا کوئی موقع باقی نہیں
    [one] تصویر دوبارہ لینے کا { $count } موقع باقی ہے
   *[other] تصویر دوبارہ لینے کے { $count } مواقع باقی ہیں
}

message-title = خوش آمدید کا اپنا پیغام لکھیں
message-label = آپ کا پیغام
message-hint = اپنا پیغام یہاں لکھیں
name-label = آپ کا پہلا نام (اختیاری)
room-left = کارڈ پر باقی جگہ: { $percent }٪
too-long = آپ کا پیغام کارڈ کے لیے بہت لمبا ہے۔ براہ کرم اسے تقریباً { $percent }٪ مختصر کریں۔
cannot-print = یہ حروف چھاپے نہیں جا سکتے: { $characters }
make-card = میرا کارڈ بنائیں
making-card = آپ کا کارڈ بن رہا ہے…

key-shift = ⇧
key-delete = مٹائیں
key-space = خالی جگہ
key-new-line = نئی سطر
key-to-name = نام ›
key-to-message = پیغام ›

preview-title = آپ کا کارڈ
print = میرا کارڈ چھاپیں
change-message = میرا پیغام بدلیں
printing = چھپ رہا ہے…

goodbye-title = شکریہ!
goodbye-body = آپ کا کارڈ چھپ رہا ہے۔ براہ کرم اسے پرنٹر سے لے لیں۔
print-trouble = پرنٹر کو توجہ کی ضرورت ہے، اس لیے آپ کا کارڈ ابھی اس سے نہیں نکل سکتا۔
saved-not-printed = آپ کا کارڈ محفوظ ہے۔ عملے کا کوئی رکن اسے آپ کو دے گا۔
goodbye-reference = آپ کے کارڈ کا حوالہ نمبر { $reference } ہے (یہ کارڈ پر بھی لکھا ہے)۔ اگر کبھی آپ اپنی تصویر ہٹوانا چاہیں تو یہ نمبر بتائیں۔
goodbye-kept = آپ کی رضامندی کے مطابق آپ کی تصویر اور پیغام بوتھ کے آرکائیو میں محفوظ رکھے جائیں گے۔
goodbye-not-kept = آپ کی تصویر اور پیغام محفوظ نہیں رکھے جائیں گے: بوتھ انہیں آج کے دن کے آخر میں مٹا دے گا۔ تب تک عملہ آپ کا کارڈ دوبارہ چھاپ سکتا ہے۔

archive-notice = بوتھ ابھی کارڈ نہیں بنا سکتا۔ براہ کرم عملے کے کسی رکن سے پوچھیں۔
printer-notice = پرنٹر عارضی طور پر رکا ہوا ہے۔ آپ کا کارڈ محفوظ رہے گا اور عملے کا کوئی رکن اسے آپ کو دے گا۔
not-saved = آپ کا کارڈ محفوظ نہیں ہو سکا، اس لیے چھاپا نہیں گیا۔ براہ کرم عملے کے کسی رکن سے پوچھیں؛ جب وہ کہیں تو آپ دوبارہ «چھاپیں» دبا سکتے ہیں۔
engine-stopped = کارڈ بنانے والا رک گیا۔ براہ کرم عملے سے بوتھ دوبارہ شروع کرنے کو کہیں۔

listen = سنیں
a11y-larger = بڑا متن
a11y-contrast = زیادہ کنٹراسٹ
a11y-speech = مجھے پڑھ کر سنائیں
heard-message = آپ کا پیغام: { $message }
heard-name = آپ کا پہلا نام: { $name }
more-time-title = کیا آپ کو مزید وقت چاہیے؟
more-time-body = { $seconds ->
    [one] بوتھ { $seconds } سیکنڈ میں شروع پر واپس چلا جائے گا۔
   *[other] بوتھ { $seconds } سیکنڈ میں شروع پر واپس چلا جائے گا۔
}
more-time-button = مجھے مزید وقت چاہیے
