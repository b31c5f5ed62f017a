# Amharic — the kiosk's words.
# Status: awaiting review by a native speaker. Written from the English source by the
# booth's developers; not yet checked by an Amharic speaker.
# Staff screens are not translated yet: they show in English (see `welcome-booth config check`).

language-name = አማርኛ
choose-language = ቋንቋዎን ይምረጡ

attract-title = የእንኳን ደህና መጡ ምስሎች
attract-body = ፎቶዎን ይነሱ፣ ቤታቸውን ለቀው ለመውጣት ለተገደዱ ሰዎች ጥቂት የእንኳን ደህና መጡ ቃላት ይጻፉ፣ የታተመውን ካርድዎን ይዘው ይሂዱ።
start = ጀምር
attract-recent = ከኤግዚቢሽኑ

consent-title = ከመጀመራችን በፊት
consent-body = ፎቶዎና መልእክትዎ ለእርስዎ በካርድ ላይ ይታተማሉ። ከዚህ ሌላ ለምን ጥቅም ሊውሉ እንደሚችሉ ይምረጡ። በኋላ ሃሳብዎን መቀየር ይችላሉ፦ ሠራተኞቹን ይጠይቁ።
consent-print = ካርዴን አትሙ (ለመሳተፍ አስፈላጊ ነው)
consent-archive = ፎቶዬንና መልእክቴን ከዛሬ በኋላ በዳሱ መዝገብ ውስጥ አስቀምጡ
consent-exhibition = በኤግዚቢሽን እና በመማሪያ ክፍሎች አሳዩዋቸው
consent-social = በማኅበራዊ ሚዲያ ላይ አጋሯቸው
consent-note = ፎቶዎንና መልእክትዎን እንዲያጠፉ ሠራተኞቹን በማንኛውም ጊዜ መጠየቅ ይችላሉ።

cancel = ሰርዝ
next = ቀጣይ
back = ተመለስ
done = ጨርሻለሁ

camera-title = ካሜራውን ይመልከቱ
take-photo = ፎቶዬን አንሳ
shots-title = ፎቶዎን ይምረጡ
shots-hint = ፎቶ አንሺው ያነሳዎት ፎቶዎች እዚህ ይታያሉ። ለካርድዎ የሚፈልጉትን ይንኩ።
shots-waiting = ፎቶ አንሺው የሚያነሳዎት ፎቶዎች እዚህ ይታያሉ።
shot-label = ፎቶ { $number }
choose-again = ሌላ ፎቶ ይምረጡ
camera-unavailable = ካሜራው አይገኝም
camera-unavailable-body = እባክዎ ሠራተኞቹን እርዳታ ይጠይቁ። ዳሱ በራሱ እንደገና ይሞክራል።
review-title = ይህን ፎቶ ወደዱት?
keep-photo = ይህን ፎቶ አቆይ
retake = እንደገና አንሳ
retakes-left = { $count ->
    [0] ፎቶውን እንደገና ለማንሳት ምንም ዕድል አልቀረም
    [one] ፎቶውን እንደገና ለማንሳት { $count } ዕድል ቀርቷል
   *[other] ፎቶውን እንደገና ለማንሳት { $count } ዕድሎች ቀርተዋል
}

message-title = የእንኳን ደህና መጡ መልእክትዎን ይጻፉ
message-label = መልእክትዎ
message-hint = መልእክትዎን እዚህ ይጻፉ
name-label = የመጀመሪያ ስምዎ (አማራጭ)
room-left = በካርዱ ላይ የቀረው ቦታ፦ { $percent }%
too-long = መልእክትዎ ለካርዱ በጣም ረጅም ነው። እባክዎ በግምት በ{ $percent }% ያሳጥሩት።
cannot-print = እነዚህ ፊደላት ሊታተሙ አይችሉም፦ { $characters }
make-card = ካርዴን ስራ
making-card = ካርድዎ እየተሰራ ነው…

key-shift = ⇧
key-delete = አጥፋ
key-space = ክፍተት
key-new-line = አዲስ መስመር
key-to-name = ስም ›
key-to-message = መልእክት ›

preview-title = ካርድዎ
print = ካርዴን አትም
change-message = መልእክቴን ቀይር
printing = እየታተመ ነው…

goodbye-title = እናመሰግናለን!
goodbye-body = ካርድዎ እየታተመ ነው። እባክዎ ከአታሚው ይውሰዱት።
print-trouble = አታሚው ትኩረት ያስፈልገዋል፤ ስለዚህ ካርድዎ አሁን ሊወጣ አይችልም።
saved-not-printed = ካርድዎ ተቀምጧል። ከሠራተኞቹ አንዱ ይሰጥዎታል።
goodbye-reference = የካርድዎ መለያ ቁጥር { $reference } ነው (በካርዱ ላይም አለ)። ፎቶዎ እንዲወገድ ከፈለጉ ይህን ቁጥር ይጥቀሱ።
goodbye-kept = እንደተስማሙት ፎቶዎና መልእክትዎ በዳሱ መዝገብ ውስጥ ይቀመጣሉ።
goodbye-not-kept = ፎቶዎና መልእክትዎ አይቀመጡም፦ ዳሱ በዛሬው ቀን መጨረሻ ያጠፋቸዋል። እስከዚያ ድረስ ሠራተኞቹ ካርድዎን እንደገና ማተም ይችላሉ።

archive-notice = ዳሱ አሁን ካርዶችን መስራት አይችልም። እባክዎ ከሠራተኞቹ አንዱን ይጠይቁ።
printer-notice = አታሚው ለጊዜው ቆሟል። ካርድዎ በጥንቃቄ ይቀመጣል፤ ከሠራተኞቹ አንዱ ይሰጥዎታል።
not-saved = ካርድዎ ሊቀመጥ ስላልቻለ አልታተመም። እባክዎ ከሠራተኞቹ አንዱን ይጠይቁ፤ ሲነግሩዎት «አትም»ን እንደገና መጫን ይችላሉ።
engine-stopped = ካርድ ሰሪው ቆሟል። እባክዎ ሠራተኞቹ ዳሱን እንደገና እንዲያስጀምሩት ይጠይቁ።

listen = ያዳምጡ
a11y-larger = ትልቅ ጽሑፍ
a11y-contrast = ከፍተኛ ንፅፅር
a11y-speech = አንብብልኝ
heard-message = መልእክትዎ፦ { $message }
heard-name = የመጀመሪያ ስምዎ፦ { $name }
more-time-title = ተጨማሪ ጊዜ ያስፈልግዎታል?
more-time-body = ዳሱ በ{ $seconds } ሰከንድ ውስጥ ወደ መጀመሪያው ይመለሳል።
more-time-button = ተጨማሪ ጊዜ ያስፈልገኛል
