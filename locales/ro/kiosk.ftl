# Romanian — the kiosk's words.
# Status: awaiting review by a native speaker. Written from the English source by the
# booth's developers; not yet checked by a Romanian speaker.
# Plurals: one (1), few (0, 2–19, 101–119…), other (20 and up, with "de"), as CLDR says.
# Staff screens are not translated yet: they show in English (see `welcome-booth config check`).

language-name = Română
choose-language = Alegeți limba

attract-title = Portrete de bun venit
attract-body = Faceți-vă un portret, scrieți câteva cuvinte de bun venit pentru oamenii care au fost nevoiți să-și părăsească locuințele și luați cu dumneavoastră cartea poștală tipărită.
start = Începeți
attract-recent = Din expoziție

consent-title = Înainte să începem
consent-body = Fotografia și mesajul dumneavoastră vor fi tipărite pe o carte poștală pentru dumneavoastră. Alegeți la ce altceva pot fi folosite. Vă puteți răzgândi mai târziu: întrebați personalul.
consent-print = Tipăriți cartea mea poștală (necesar pentru a participa)
consent-archive = Păstrați portretul și mesajul meu în arhiva standului și după ziua de azi
consent-exhibition = Arătați-le într-o expoziție și în sălile de clasă
consent-social = Publicați-le pe rețelele sociale
consent-note = Puteți cere oricând personalului să vă șteargă portretul și mesajul.

cancel = Anulați
next = Înainte
back = Înapoi
done = Gata

camera-title = Priviți spre cameră
take-photo = Fotografiați-mă
shots-title = Alegeți fotografia
shots-hint = Aici apar fotografiile făcute de fotograf. Atingeți-o pe cea pe care o doriți.
shots-waiting = Aici vor apărea fotografiile făcute de fotograf.
shot-label = Fotografia { $number }
choose-again = Alegeți altă fotografie
camera-unavailable = Camera nu este disponibilă
camera-unavailable-body = Vă rugăm să cereți ajutorul personalului. Standul va încerca din nou singur.
review-title = Vă place această fotografie?
keep-photo = Păstrez fotografia
retake = Refaceți fotografia
retakes-left = { $count ->
    [0] Nu mai aveți nicio încercare de a reface fotografia
    [one] Mai aveți { $count } încercare de a reface fotografia
    [few] Mai aveți { $count } încercări de a reface fotografia
   *[other] Mai aveți { $count } de încercări de a reface fotografia
}

message-title = Scrieți mesajul dumneavoastră de bun venit
message-label = Mesajul dumneavoastră
message-hint = Scrieți mesajul aici
name-label = Prenumele dumneavoastră (opțional)
room-left = Spațiu rămas pe carte: { $percent }%
too-long = Mesajul este prea lung pentru carte. Vă rugăm să-l scurtați cu aproximativ { $percent }%.
cannot-print = Aceste caractere nu pot fi tipărite: { $characters }
make-card = Faceți cartea mea
making-card = Se face cartea dumneavoastră…

key-shift = ⇧
key-delete = Șterge
key-space = Spațiu
key-new-line = Rând nou
key-to-name = Nume ›
key-to-message = Mesaj ›

preview-title = Cartea dumneavoastră
print = Tipăriți cartea mea
change-message = Schimb mesajul
printing = Se tipărește…

goodbye-title = Vă mulțumim!
goodbye-body = Cartea dumneavoastră se tipărește. Vă rugăm s-o luați de la imprimantă.
print-trouble = Imprimanta are nevoie de atenție, așa că acum cartea nu poate ieși din ea.
saved-not-printed = Cartea dumneavoastră este salvată. Un membru al personalului v-o va înmâna.
goodbye-reference = Numărul de referință al cărții dumneavoastră este { $reference } (apare și pe carte). Spuneți-l dacă vreodată doriți să vă fie șters portretul.
goodbye-kept = Portretul și mesajul dumneavoastră sunt păstrate în arhiva standului, așa cum ați fost de acord.
goodbye-not-kept = Portretul și mesajul dumneavoastră nu sunt păstrate: standul le șterge la sfârșitul zilei de azi. Până atunci, personalul vă poate tipări din nou cartea.

archive-notice = Standul nu poate face cărți poștale acum. Vă rugăm să întrebați un membru al personalului.
printer-notice = Imprimanta este oprită temporar. Cartea dumneavoastră va fi păstrată în siguranță și un membru al personalului v-o va înmâna.
not-saved = Cartea dumneavoastră nu a putut fi salvată, așa că nu a fost tipărită. Vă rugăm să întrebați un membru al personalului; când vi se spune, puteți apăsa din nou „Tipăriți”.
engine-stopped = Programul care face cărțile s-a oprit. Vă rugăm să cereți personalului să repornească standul.

listen = Ascultați
a11y-larger = Text mai mare
a11y-contrast = Contrast ridicat
a11y-speech = Citiți-mi cu voce tare
heard-message = Mesajul dumneavoastră: { $message }
heard-name = Prenumele dumneavoastră: { $name }
more-time-title = Aveți nevoie de mai mult timp?
more-time-body = { $seconds ->
    [one] Standul se va întoarce la început într-o secundă.
    [few] Standul se va întoarce la început în { $seconds } secunde.
   *[other] Standul se va întoarce la început în { $seconds } de secunde.
}
more-time-button = Am nevoie de mai mult timp
