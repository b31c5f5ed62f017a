# Tigrinya — the kiosk's words.
# Status: awaiting review by a native speaker. Written from the English source by the
# booth's developers; not yet checked by a Tigrinya speaker.
# Staff screens are not translated yet: they show in English (see `welcome-booth config check`).

language-name = ትግርኛ
choose-language = ቋንቋኹም ምረጹ

attract-title = ስእልታት እንቋዕ ብደሓን መጻእኩም
attract-body = ስእልኹም ተሳኣሉ፣ ነቶም ገዛውቶም ክገድፉ ዝተገደዱ ሰባት ቁሩብ ቃላት እንቋዕ ብደሓን መጻእኩም ጽሓፉ፣ እቲ ዝተሓትመ ካርድኹም ድማ ምሳኹም ውሰዱ።
start = ጀምሩ
attract-recent = ካብቲ ምርኢት

consent-title = ቅድሚ ምጅማርና
consent-body = ስእልኹምን መልእኽትኹምን ኣብ ካርድ ተሓቲሞም ክወሃቡኹም እዮም። ብዘይካዚ ንምንታይ ክጥቀሙሎም ከም ዝኽእሉ ምረጹ። ደሓር ሓሳብኩም ክትቕይሩ ትኽእሉ ኢኹም፦ ንሰራሕተኛታት ሕተቱ።
consent-print = ካርደይ ሕተሙ (ንምስታፍ የድሊ)
consent-archive = ስእለይን መልእኽተይን ድሕሪ ሎሚ ኣብ መዝገብ ናይዚ መደብ ሓልዉ
consent-exhibition = ኣብ ምርኢትን ኣብ ክፍልታት ትምህርትን ኣርእይዎም
consent-social = ኣብ ማሕበራዊ መራኸቢታት ዘርግሑዎም
consent-note = ስእልኹምን መልእኽትኹምን ክድምሰሱ ንሰራሕተኛታት ኣብ ዝኾነ ግዜ ክትሓቱ ትኽእሉ ኢኹም።

cancel = ሰርዝ
next = ቀጽል
back = ንድሕሪት
done = ተወዲኡ

camera-title = ናብ ካሜራ ጠምቱ
take-photo = ስእለይ ኣልዕል
shots-title = ስእልኹም ምረጹ
shots-hint = እቲ ፎቶግራፈር ዘልዓለልኩም ስእልታት ኣብዚ ይርኣዩ። ነቲ ንካርድኩም እትደልይዎ ጠውቑ።
shots-waiting = እቲ ፎቶግራፈር ዘልዕለልኩም ስእልታት ኣብዚ ክርኣዩ እዮም።
shot-label = ስእሊ { $number }
choose-again = ካልእ ስእሊ ምረጹ
camera-unavailable = ካሜራ ኣይርከብን
camera-unavailable-body = በጃኹም ንሰራሕተኛታት ሓገዝ ሕተቱ። እቲ መሳርሒ ባዕሉ እንደገና ክፍትን እዩ።
review-title = እዚ ስእሊ ተፈትዩኩም ዶ?
keep-photo = እዚ ስእሊ ሓዝ
retake = እንደገና ኣልዕል
retakes-left = { $count ->
    [0] ስእሊ እንደገና ንምልዓል ዝተረፈ ዕድል የለን
    [one] ስእሊ እንደገና ንምልዓል { $count } ዕድል ተሪፉ ኣሎ
   *[other] ስእሊ እንደገና ንምልዓል { $count } ዕድላት ተሪፎም ኣለዉ
}

message-title = ናይ እንቋዕ ብደሓን መጻእኩም መልእኽትኹም ጽሓፉ
message-label = መልእኽትኹም
message-hint = መልእኽትኹም ኣብዚ ጽሓፉ
name-label = ቀዳማይ ስምኩም (ኣማራጺ)
room-left = ኣብ ካርድ ዝተረፈ ቦታ፦ { $percent }%
too-long = መልእኽትኹም ንካርድ ኣዝዩ ነዊሕ እዩ። በጃኹም ብኣስታት { $percent }% ኣሕጽርዎ።
cannot-print = እዞም ፊደላት ክሕተሙ ኣይክእሉን፦ { $characters }
make-card = ካርደይ ስራሕ
making-card = ካርድኹም ይስራሕ ኣሎ…

key-shift = ⇧
key-delete = ደምስስ
key-space = ባዶ ቦታ
key-new-line = ሓድሽ መስመር
key-to-name = ስም ›
key-to-message = መልእኽቲ ›

preview-title = ካርድኹም
print = ካርደይ ሕተም
change-message = መልእኽተይ ቀይር
printing = ይሕተም ኣሎ…

goodbye-title = የቐንየልና!
goodbye-body = ካርድኹም ይሕተም ኣሎ። በጃኹም ካብ መሕተሚ ውሰድዎ።
print-trouble = መሕተሚ ክትትል የድልዮ ስለ ዘሎ፡ ካርድኹም ሕጂ ካብኡ ክወጽእ ኣይክእልን።
saved-not-printed = ካርድኹም ተዓቂቡ ኣሎ። ሓደ ካብ ሰራሕተኛታት ክህበኩም እዩ።
goodbye-reference = መወከሲ ቁጽሪ ካርድኹም { $reference } እዩ (ኣብ ካርድ'ውን ተጻሒፉ ኣሎ)። ስእልኹም ክእለ እንተደሊኹም፡ እዚ ቁጽሪ ጥቐሱ።
goodbye-kept = ከም ዝተሰማማዕኩምዎ፡ ስእልኹምን መልእኽትኹምን ኣብ መዝገብ ናይዚ መደብ ይዕቀቡ።
goodbye-not-kept = ስእልኹምን መልእኽትኹምን ኣይዕቀቡን፦ ኣብ መወዳእታ ሎሚ ይድምሰሱ። ክሳብ ሽዑ ሰራሕተኛታት ካርድኹም እንደገና ክሕትሙ ይኽእሉ።

archive-notice = ሕጂ ካርድ ክስራሕ ኣይከኣልን። በጃኹም ንሓደ ካብ ሰራሕተኛታት ሕተቱ።
printer-notice = መሕተሚ ንግዚኡ ደው ኢሉ ኣሎ። ካርድኹም ብድሕንነት ክዕቀብ እዩ፡ ሓደ ካብ ሰራሕተኛታት ድማ ክህበኩም እዩ።
not-saved = ካርድኹም ክዕቀብ ስለ ዘይከኣለ ኣይተሓትመን። በጃኹም ንሓደ ካብ ሰራሕተኛታት ሕተቱ፤ ምስ በሉኹም «ሕተም» እንደገና ክትጽቅጡ ትኽእሉ ኢኹም።
engine-stopped = መስርሒ ካርድ ደው ኢሉ። በጃኹም ንሰራሕተኛታት እቲ መሳርሒ ዳግም ከበግሱዎ ሕተቱ።

listen = ስምዑ
a11y-larger = ዝዓበየ ጽሑፍ
a11y-contrast = ልዑል ፍልልይ ሕብሪ
a11y-speech = ኣንብበለይ
heard-message = መልእኽትኹም፦ { $message }
heard-name = ቀዳማይ ስምኩም፦ { $name }
more-time-title = ተወሳኺ ግዜ የድልየኩም ድዩ?
more-time-body = እዚ መሳርሒ ኣብ { $seconds } ካልኢት ናብ መጀመርታ ክምለስ እዩ።
more-time-button = ተወሳኺ ግዜ የድልየኒ እዩ
