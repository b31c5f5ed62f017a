# Albanian — the kiosk's words.
# Status: awaiting review by a native speaker. Written from the English source by the
# booth's developers; not yet checked by an Albanian speaker.
# Staff screens are not translated yet: they show in English (see `welcome-booth config check`).

language-name = Shqip
choose-language = Zgjidhni gjuhën tuaj

attract-title = Portrete mirëseardhjeje
attract-body = Bëni portretin tuaj, shkruani disa fjalë mirëseardhjeje për njerëzit që u detyruan të lënë shtëpitë e tyre dhe merreni me vete kartolinën tuaj të shtypur.
start = Fillo
attract-recent = Nga ekspozita

consent-title = Para se të fillojmë
consent-body = Fotoja dhe mesazhi juaj do të shtypen në një kartolinë për ju. Zgjidhni për çfarë tjetër mund të përdoren. Mund të ndërroni mendje më vonë: pyesni stafin.
consent-print = Shtypni kartolinën time (e nevojshme për të marrë pjesë)
consent-archive = Ruajini portretin dhe mesazhin tim në arkivin e stendës edhe pas sotit
consent-exhibition = Tregojini në një ekspozitë dhe në klasa shkollore
consent-social = Publikojini në rrjetet sociale
consent-note = Në çdo kohë mund t'i kërkoni stafit të fshijë portretin dhe mesazhin tuaj.

cancel = Anulo
next = Vazhdo
back = Prapa
done = U krye

camera-title = Shikoni kamerën
take-photo = Më bëj foton
shots-title = Zgjidh foton tënde
shots-hint = Fotot që të ka bërë fotografi shfaqen këtu. Prek atë që do për kartolinën tënde.
shots-waiting = Fotot që do të të bëjë fotografi do të shfaqen këtu.
shot-label = Foto { $number }
choose-again = Zgjidh një foto tjetër
camera-unavailable = Kamera nuk është e disponueshme
camera-unavailable-body = Ju lutemi kërkoni ndihmë nga stafi. Stenda do të provojë përsëri vetë.
review-title = Ju pëlqen kjo foto?
keep-photo = Mbaje këtë foto
retake = Bëje përsëri
retakes-left = { $count ->
    [0] Nuk ka mbetur asnjë provë për ta bërë foton përsëri
    [one] Ka mbetur { $count } provë për ta bërë foton përsëri
   *[other] Kanë mbetur { $count } prova për ta bërë foton përsëri
}

message-title = Shkruani mesazhin tuaj të mirëseardhjes
message-label = Mesazhi juaj
message-hint = Shkruani mesazhin tuaj këtu
name-label = Emri juaj (sipas dëshirës)
room-left = Hapësira e mbetur në kartolinë: { $percent }%
too-long = Mesazhi juaj është shumë i gjatë për kartolinën. Ju lutemi shkurtojeni rreth { $percent }%.
cannot-print = Këto shkronja nuk mund të shtypen: { $characters }
make-card = Bëj kartolinën time
making-card = Po bëhet kartolina juaj…

key-shift = ⇧
key-delete = Fshi
key-space = Hapësirë
key-new-line = Rresht i ri
key-to-name = Emri ›
key-to-message = Mesazhi ›

preview-title = Kartolina juaj
print = Shtyp kartolinën time
change-message = Ndrysho mesazhin tim
printing = Po shtypet…

goodbye-title = Faleminderit!
goodbye-body = Kartolina juaj po shtypet. Ju lutemi merreni nga printeri.
print-trouble = Printeri ka nevojë për kujdes, prandaj kartolina juaj nuk mund të dalë tani.
saved-not-printed = Kartolina juaj është ruajtur. Një anëtar i stafit do t'jua japë.
goodbye-reference = Numri i referencës së kartolinës suaj është { $reference } (është edhe në kartolinë). Përmendeni nëse ndonjëherë doni që portreti juaj të hiqet.
goodbye-kept = Portreti dhe mesazhi juaj ruhen në arkivin e stendës, siç pranuat.
goodbye-not-kept = Portreti dhe mesazhi juaj nuk ruhen: stenda i fshin në fund të ditës së sotme. Deri atëherë stafi mund ta shtypë përsëri kartolinën tuaj.

archive-notice = Stenda nuk mund të bëjë kartolina tani. Ju lutemi pyesni një anëtar të stafit.
printer-notice = Printeri është pezulluar. Kartolina juaj do të ruhet e sigurt dhe një anëtar i stafit do t'jua japë.
not-saved = Kartolina juaj nuk mund të ruhej, prandaj nuk u shtyp. Ju lutemi pyesni një anëtar të stafit; kur t'ju thonë, mund të shtypni përsëri «Shtyp».
engine-stopped = Programi që bën kartolinat ndaloi. Ju lutemi kërkojini stafit ta rindezë stendën.

listen = Dëgjo
a11y-larger = Tekst më i madh
a11y-contrast = Kontrast i lartë
a11y-speech = Më lexo me zë
heard-message = Mesazhi juaj thotë: { $message }
heard-name = Emri juaj: { $name }
more-time-title = Ju duhet më shumë kohë?
more-time-body = { $seconds ->
    [one] Stenda do të kthehet në fillim pas { $seconds } sekonde.
   *[other] Stenda do të kthehet në fillim pas { $seconds } sekondash.
}
more-time-button = Më duhet më shumë kohë
