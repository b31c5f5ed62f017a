# Somali — the kiosk's words.
# Status: awaiting review by a native speaker. Written from the English source by the
# booth's developers; not yet checked by a Somali speaker.
# Staff screens are not translated yet: they show in English (see `welcome-booth config check`).

language-name = Soomaali
choose-language = Dooro luqaddaada

attract-title = Sawirrada Soo-dhaweynta
attract-body = Sawirkaaga ha laguu qaado, u qor dhowr eray oo soo dhaweyn ah dadka ay qasab ku noqotay inay guryahooda ka tagaan, oo kaarkaaga daabacan la tag.
start = Bilow
attract-recent = Bandhigga ka mid ah

consent-title = Intaanan bilaabin
consent-body = Sawirkaaga iyo fariintaada waxaa laguugu daabici doonaa kaar. Dooro waxa kale ee loo isticmaali karo. Goor dambe waad beddeli kartaa go'aankaaga: weydii shaqaalaha.
consent-print = Daabac kaarkayga (waa lagama maarmaan si aad uga qayb qaadato)
consent-archive = Sawirkayga iyo fariintayda ku hay kaydka goobta maanta kadib
consent-exhibition = Ku soo bandhig bandhig iyo fasallada waxbarashada
consent-social = Ku daabac baraha bulshada
consent-note = Waqti kasta waxaad shaqaalaha ka codsan kartaa inay tirtiraan sawirkaaga iyo fariintaada.

cancel = Jooji
next = Xiga
back = Dib u noqo
done = Waa dhammaatay

camera-title = Eeg kamaradda
take-photo = Sawir i qaad
shots-title = Dooro sawirkaaga
shots-hint = Sawirrada sawir-qaaduhu kaa qaaday halkan ayay ka muuqdaan. Taabo kan aad rabto ee kaarkaaga.
shots-waiting = Sawirrada sawir-qaaduhu kaa qaado halkan ayay ka muuqan doonaan.
shot-label = Sawir { $number }
choose-again = Dooro sawir kale
camera-unavailable = Kamaraddu lama heli karo
camera-unavailable-body = Fadlan shaqaalaha ka codso caawimo. Goobtu iskeed ayay mar kale isku dayi doontaa.
review-title = Sawirkan ma jeceshahay?
keep-photo = Sawirkan hay
retake = Mar kale qaad
retakes-left = { $count ->
    [0] Ma jirto fursad kale oo sawirka dib loogu qaado
    [one] { $count } fursad ayaa kuu hadhay oo sawirka dib loogu qaado
   *[other] { $count } fursadood ayaa kuu hadhay oo sawirka dib loogu qaado
}

message-title = Qor fariintaada soo dhaweynta
message-label = Fariintaada
message-hint = Halkan ku qor fariintaada
name-label = Magacaaga koowaad (ikhtiyaari)
room-left = Booska kaarka ka hadhay: { $percent }%
too-long = Fariintaadu aad bay ugu dheer tahay kaarka. Fadlan ku gaabi qiyaastii { $percent }%.
cannot-print = Xarfahan lama daabici karo: { $characters }
make-card = Samee kaarkayga
making-card = Kaarkaaga ayaa la samaynayaa…

key-shift = ⇧
key-delete = Tirtir
key-space = Meel bannaan
key-new-line = Sadar cusub
key-to-name = Magac ›
key-to-message = Fariin ›

preview-title = Kaarkaaga
print = Daabac kaarkayga
change-message = Beddel fariintayda
printing = Waa la daabacayaa…

goodbye-title = Mahadsanid!
goodbye-body = Kaarkaaga waa la daabacayaa. Fadlan ka qaado daabacaha.
print-trouble = Daabacuhu wuxuu u baahan yahay in la eego, sidaas darteed kaarkaagu hadda kama soo bixi karo.
saved-not-printed = Kaarkaaga waa la kaydiyay. Mid ka mid ah shaqaalaha ayaa ku siin doona.
goodbye-reference = Lambarka tixraaca kaarkaagu waa { $reference } (kaarka ayuu ku qoran yahay sidoo kale). Sheeg haddii aad waligaa rabto in sawirkaaga laga saaro.
goodbye-kept = Sawirkaaga iyo fariintaada waxaa lagu hayaa kaydka goobta, sidii aad ogolaatay.
goodbye-not-kept = Sawirkaaga iyo fariintaada lama hayo: goobtu waxay tirtiraysaa dhammaadka maanta. Ilaa markaas shaqaaluhu mar kale ayay daabici karaan kaarkaaga.

archive-notice = Goobtu hadda ma samayn karto kaarar. Fadlan weydii mid ka mid ah shaqaalaha.
printer-notice = Daabacaha waa la hakiyay. Kaarkaaga si ammaan ah ayaa loo hayn doonaa, mid ka mid ah shaqaalaha ayaana ku siin doona.
not-saved = Kaarkaaga lama kaydin karin, sidaas darteed lama daabicin. Fadlan weydii mid ka mid ah shaqaalaha; markay yiraahdaan mar kale riix «Daabac».
engine-stopped = Samaynta kaarka way istaagtay. Fadlan ka codso shaqaalaha inay dib u bilaabaan goobta.

listen = Dhegayso
a11y-larger = Qoraal ka weyn
a11y-contrast = Kala duwanaansho sare
a11y-speech = Ii akhri
heard-message = Fariintaadu waxay leedahay: { $message }
heard-name = Magacaaga koowaad: { $name }
more-time-title = Ma u baahan tahay waqti dheeraad ah?
more-time-body = { $seconds ->
    [one] Goobtu waxay ku noqonaysaa bilowga { $seconds } ilbiriqsi gudahood.
   *[other] Goobtu waxay ku noqonaysaa bilowga { $seconds } ilbiriqsi gudahood.
}
more-time-button = Waxaan u baahanahay waqti dheeraad ah
