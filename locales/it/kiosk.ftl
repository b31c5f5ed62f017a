# Italian — the kiosk's words.
# Status: awaiting review by a native speaker. Written from the English source by the
# booth's developers; not yet checked by an Italian speaker.
# Staff screens are not translated yet: they show in English (see `welcome-booth config check`).

language-name = Italiano
choose-language = Scegli la tua lingua

attract-title = Ritratti di benvenuto
attract-body = Fatti fare un ritratto, scrivi qualche parola di benvenuto per le persone che hanno dovuto lasciare la propria casa e porta con te il tuo biglietto stampato.
start = Inizia
attract-recent = Dalla mostra

consent-title = Prima di iniziare
consent-body = La tua foto e il tuo messaggio saranno stampati su un biglietto per te. Scegli per cos'altro possono essere usati. Puoi cambiare idea più tardi: chiedi allo staff.
consent-print = Stampa il mio biglietto (necessario per partecipare)
consent-archive = Conserva il mio ritratto e il mio messaggio nell'archivio dello stand anche dopo oggi
consent-exhibition = Mostrali in una mostra e nelle classi
consent-social = Pubblicali sui social media
consent-note = Puoi chiedere allo staff di cancellare il tuo ritratto e il tuo messaggio in qualsiasi momento.

cancel = Annulla
next = Avanti
back = Indietro
done = Fatto

camera-title = Guarda la fotocamera
take-photo = Scatta la mia foto
shots-title = Scegli la tua foto
shots-hint = Qui compaiono le foto che il fotografo ti ha scattato. Tocca quella che vuoi per il tuo biglietto.
shots-waiting = Qui compariranno le foto che il fotografo ti scatterà.
shot-label = Foto { $number }
choose-again = Scegli un'altra foto
camera-unavailable = La fotocamera non è disponibile
camera-unavailable-body = Chiedi aiuto allo staff, per favore. Lo stand riproverà da solo.
review-title = Ti piace questa foto?
keep-photo = Tieni questa foto
retake = Rifalla
retakes-left = { $count ->
    [0] Non restano tentativi per rifare la foto
    [one] Resta { $count } tentativo per rifare la foto
   *[other] Restano { $count } tentativi per rifare la foto
}

message-title = Scrivi il tuo messaggio di benvenuto
message-label = Il tuo messaggio
message-hint = Scrivi qui il tuo messaggio
name-label = Il tuo nome (facoltativo)
room-left = Spazio rimasto sul biglietto: { $percent }%
too-long = Il tuo messaggio è troppo lungo per il biglietto. Accorcialo di circa il { $percent }%.
cannot-print = Questi caratteri non si possono stampare: { $characters }
make-card = Crea il mio biglietto
making-card = Sto creando il tuo biglietto…

key-shift = ⇧
key-delete = Cancella
key-space = Spazio
key-new-line = A capo
key-to-name = Nome ›
key-to-message = Messaggio ›

preview-title = Il tuo biglietto
print = Stampa il mio biglietto
change-message = Cambia il mio messaggio
printing = Stampa in corso…

goodbye-title = Grazie!
goodbye-body = Il tuo biglietto è in stampa. Prendilo dalla stampante, per favore.
print-trouble = La stampante ha bisogno di attenzione, quindi il tuo biglietto non può uscire adesso.
saved-not-printed = Il tuo biglietto è salvato. Qualcuno dello staff te lo consegnerà.
goodbye-reference = Il codice del tuo biglietto è { $reference } (è anche sul biglietto). Indicalo se un giorno vorrai che il tuo ritratto venga rimosso.
goodbye-kept = Il tuo ritratto e il tuo messaggio sono conservati nell'archivio dello stand, come hai accettato.
goodbye-not-kept = Il tuo ritratto e il tuo messaggio non vengono conservati: lo stand li cancella alla fine della giornata di oggi. Fino ad allora lo staff può ristampare il tuo biglietto.

archive-notice = Lo stand non può creare biglietti in questo momento. Chiedi a qualcuno dello staff, per favore.
printer-notice = La stampante è in pausa. Il tuo biglietto sarà conservato al sicuro e qualcuno dello staff te lo consegnerà.
not-saved = Non è stato possibile salvare il tuo biglietto, quindi non è stato stampato. Chiedi a qualcuno dello staff; quando te lo diranno, potrai premere di nuovo «Stampa».
engine-stopped = Il programma che crea i biglietti si è fermato. Chiedi allo staff di riavviare lo stand, per favore.

listen = Ascolta
a11y-larger = Testo più grande
a11y-contrast = Contrasto elevato
a11y-speech = Leggimi ad alta voce
heard-message = Il tuo messaggio dice: { $message }
heard-name = Il tuo nome: { $name }
more-time-title = Ti serve più tempo?
more-time-body = { $seconds ->
    [one] Lo stand tornerà all'inizio tra { $seconds } secondo.
   *[other] Lo stand tornerà all'inizio tra { $seconds } secondi.
}
more-time-button = Mi serve più tempo
