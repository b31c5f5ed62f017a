# Bengali — the kiosk's words.
# Status: awaiting review by a native speaker. Written from the English source by the
# booth's developers; not yet checked by a Bengali speaker.
# Staff screens are not translated yet: they show in English (see `welcome-booth config check`).

language-name = বাংলা
choose-language = আপনার ভাষা বেছে নিন

attract-title = স্বাগতমের প্রতিকৃতি
attract-body = আপনার প্রতিকৃতি তুলুন, যাঁদের নিজেদের ঘর ছেড়ে আসতে হয়েছে তাঁদের জন্য স্বাগত জানিয়ে কয়েকটি কথা লিখুন, আর আপনার ছাপানো কার্ড সঙ্গে নিয়ে যান।
start = শুরু করুন
attract-recent = প্রদর্শনী থেকে

consent-title = শুরু করার আগে
consent-body = আপনার ছবি আর বার্তা আপনার জন্য একটি কার্ডে ছাপা হবে। এ ছাড়া আর কী কাজে এগুলো ব্যবহার করা যাবে, তা বেছে নিন। পরে আপনি মত বদলাতে পারেন: কর্মীদের জিজ্ঞেস করুন।
consent-print = আমার কার্ড ছাপুন (অংশ নিতে এটি দরকার)
consent-archive = আজকের পরেও আমার প্রতিকৃতি ও বার্তা বুথের সংরক্ষণাগারে রাখুন
consent-exhibition = প্রদর্শনীতে ও শ্রেণিকক্ষে এগুলো দেখান
consent-social = সামাজিক মাধ্যমে এগুলো প্রকাশ করুন
consent-note = যেকোনো সময় আপনি কর্মীদের আপনার প্রতিকৃতি ও বার্তা মুছে ফেলতে বলতে পারেন।

cancel = বাতিল
next = পরবর্তী
back = ফিরে যান
done = শেষ

camera-title = ক্যামেরার দিকে তাকান
take-photo = আমার ছবি তুলুন
shots-title = আপনার ছবি বেছে নিন
shots-hint = ফটোগ্রাফারের তোলা আপনার ছবিগুলো এখানে দেখা যাবে। আপনার কার্ডের জন্য যেটি চান সেটিতে ট্যাপ করুন।
shots-waiting = ফটোগ্রাফারের তোলা আপনার ছবিগুলো এখানে দেখা যাবে।
shot-label = ছবি { $number }
choose-again = অন্য ছবি বেছে নিন
camera-unavailable = ক্যামেরা পাওয়া যাচ্ছে না
camera-unavailable-body = অনুগ্রহ করে কর্মীদের সাহায্য চান। বুথ নিজে থেকেই আবার চেষ্টা করবে।
review-title = এই ছবিটি কি আপনার পছন্দ হয়েছে?
keep-photo = এই ছবিটি রাখুন
retake = আবার তুলুন
retakes-left = { $count ->
    [0] আবার ছবি তোলার আর কোনো সুযোগ নেই
   *[other] আবার ছবি তোলার আর { $count }টি সুযোগ বাকি
}

message-title = আপনার স্বাগত বার্তা লিখুন
message-label = আপনার বার্তা
message-hint = এখানে আপনার বার্তা লিখুন
name-label = আপনার নাম (ঐচ্ছিক)
room-left = কার্ডে বাকি জায়গা: { $percent }%
too-long = আপনার বার্তা কার্ডের জন্য খুব দীর্ঘ। অনুগ্রহ করে প্রায় { $percent }% ছোট করুন।
cannot-print = এই অক্ষরগুলো ছাপা যাবে না: { $characters }
make-card = আমার কার্ড তৈরি করুন
making-card = আপনার কার্ড তৈরি হচ্ছে…

key-shift = ⇧
key-delete = মুছুন
key-space = স্পেস
key-new-line = নতুন লাইন
key-to-name = নাম ›
key-to-message = বার্তা ›

preview-title = আপনার কার্ড
print = আমার কার্ড ছাপুন
change-message = আমার বার্তা বদলান
printing = ছাপা হচ্ছে…

goodbye-title = ধন্যবাদ!
goodbye-body = আপনার কার্ড ছাপা হচ্ছে। অনুগ্রহ করে প্রিন্টার থেকে নিয়ে নিন।
print-trouble = প্রিন্টারটির দিকে নজর দেওয়া দরকার, তাই আপনার কার্ড এখন বের হতে পারছে না।
saved-not-printed = আপনার কার্ড সংরক্ষিত হয়েছে। একজন কর্মী এটি আপনার হাতে দেবেন।
goodbye-reference = আপনার কার্ডের রেফারেন্স নম্বর { $reference } (এটি কার্ডেও আছে)। কখনো আপনার প্রতিকৃতি সরাতে চাইলে এই নম্বরটি বলুন।
goodbye-kept = আপনার সম্মতি অনুযায়ী আপনার প্রতিকৃতি ও বার্তা বুথের সংরক্ষণাগারে রাখা হলো।
goodbye-not-kept = আপনার প্রতিকৃতি ও বার্তা রাখা হবে না: আজকের দিনের শেষে বুথ এগুলো মুছে ফেলবে। ততক্ষণ কর্মীরা আপনার কার্ড আবার ছাপতে পারবেন।

archive-notice = বুথ এখন কার্ড তৈরি করতে পারছে না। অনুগ্রহ করে একজন কর্মীকে জিজ্ঞেস করুন।
printer-notice = প্রিন্টার সাময়িকভাবে বন্ধ আছে। আপনার কার্ড নিরাপদে রাখা থাকবে এবং একজন কর্মী এটি আপনার হাতে দেবেন।
not-saved = আপনার কার্ড সংরক্ষণ করা যায়নি, তাই ছাপা হয়নি। অনুগ্রহ করে একজন কর্মীকে জিজ্ঞেস করুন; তাঁরা বললে আবার «ছাপুন» চাপতে পারবেন।
engine-stopped = কার্ড তৈরির ব্যবস্থা থেমে গেছে। অনুগ্রহ করে কর্মীদের বুথটি আবার চালু করতে বলুন।

listen = শুনুন
a11y-larger = বড় লেখা
a11y-contrast = উচ্চ কনট্রাস্ট
a11y-speech = আমাকে পড়ে শোনান
heard-message = আপনার বার্তা: { $message }
heard-name = আপনার নাম: { $name }
more-time-title = আপনার কি আরও সময় লাগবে?
more-time-body = { $seconds } সেকেন্ড পরে বুথটি শুরুতে ফিরে যাবে।
more-time-button = আমার আরও সময় লাগবে
