# Polish — the kiosk's words.
# Status: awaiting review by a native speaker. Written from the English source by the
# booth's developers; not yet checked by a Polish speaker.
# Plurals: one (1), few (2–4, 22–24…), many (0, 5–21, 25–31…), as CLDR says.
# Staff screens are not translated yet: they show in English (see `welcome-booth config check`).

language-name = Polski
choose-language = Wybierz język

attract-title = Portrety powitania
attract-body = Zrób sobie portret, napisz kilka słów powitania dla ludzi, którzy musieli opuścić swoje domy, i zabierz ze sobą wydrukowaną kartkę.
start = Zacznij
attract-recent = Z wystawy

consent-title = Zanim zaczniemy
consent-body = Twoje zdjęcie i twoja wiadomość zostaną wydrukowane na kartce dla ciebie. Wybierz, do czego jeszcze mogą zostać użyte. Możesz później zmienić zdanie: zapytaj obsługę.
consent-print = Wydrukuj moją kartkę (potrzebne, by wziąć udział)
consent-archive = Zachowajcie mój portret i wiadomość w archiwum stoiska także po dzisiejszym dniu
consent-exhibition = Pokazujcie je na wystawie i w klasach szkolnych
consent-social = Publikujcie je w mediach społecznościowych
consent-note = W każdej chwili możesz poprosić obsługę o usunięcie twojego portretu i wiadomości.

cancel = Anuluj
next = Dalej
back = Wstecz
done = Gotowe

camera-title = Spójrz w aparat
take-photo = Zrób mi zdjęcie
shots-title = Wybierz swoje zdjęcie
shots-hint = Tu pojawiają się zdjęcia, które zrobił ci fotograf. Dotknij tego, które chcesz mieć na kartce.
shots-waiting = Tu pojawią się zdjęcia, które zrobi ci fotograf.
shot-label = Zdjęcie { $number }
choose-again = Wybierz inne zdjęcie
camera-unavailable = Aparat jest niedostępny
camera-unavailable-body = Poproś obsługę o pomoc. Stoisko samo spróbuje ponownie.
review-title = Czy podoba ci się to zdjęcie?
keep-photo = Zostaw to zdjęcie
retake = Zrób je jeszcze raz
retakes-left = { $count ->
    [0] Nie zostały już żadne próby ponownego zdjęcia
    [one] Została { $count } próba ponownego zdjęcia
    [few] Zostały { $count } próby ponownego zdjęcia
   *[many] Zostało { $count } prób ponownego zdjęcia
}

message-title = Napisz swoje powitanie
message-label = Twoja wiadomość
message-hint = Wpisz tutaj swoją wiadomość
name-label = Twoje imię (nieobowiązkowo)
room-left = Wolne miejsce na kartce: { $percent }%
too-long = Twoja wiadomość jest za długa na kartkę. Skróć ją o mniej więcej { $percent }%.
cannot-print = Tych znaków nie da się wydrukować: { $characters }
make-card = Utwórz moją kartkę
making-card = Tworzymy twoją kartkę…

key-shift = ⇧
key-delete = Usuń
key-space = Spacja
key-new-line = Nowy wiersz
key-to-name = Imię ›
key-to-message = Wiadomość ›

preview-title = Twoja kartka
print = Wydrukuj moją kartkę
change-message = Zmień wiadomość
printing = Drukujemy…

goodbye-title = Dziękujemy!
goodbye-body = Twoja kartka jest drukowana. Odbierz ją z drukarki.
print-trouble = Drukarka wymaga uwagi, więc twoja kartka nie może teraz z niej wyjść.
saved-not-printed = Twoja kartka jest zapisana. Ktoś z obsługi ci ją przekaże.
goodbye-reference = Numer twojej kartki to { $reference } (jest też na kartce). Podaj go, jeśli kiedyś zechcesz, by twój portret usunięto.
goodbye-kept = Twój portret i wiadomość są przechowywane w archiwum stoiska, tak jak się zgodziłeś/zgodziłaś.
goodbye-not-kept = Twój portret i wiadomość nie są przechowywane: stoisko usunie je pod koniec dzisiejszego dnia. Do tego czasu obsługa może wydrukować twoją kartkę ponownie.

archive-notice = Stoisko nie może teraz tworzyć kartek. Zapytaj kogoś z obsługi.
printer-notice = Drukarka jest wstrzymana. Twoja kartka będzie bezpiecznie przechowana, a ktoś z obsługi ci ją przekaże.
not-saved = Nie udało się zapisać twojej kartki, więc nie została wydrukowana. Zapytaj kogoś z obsługi; gdy powiedzą, możesz znów nacisnąć „Wydrukuj”.
engine-stopped = Program tworzący kartki przestał działać. Poproś obsługę o ponowne uruchomienie stoiska.

listen = Posłuchaj
a11y-larger = Większy tekst
a11y-contrast = Wysoki kontrast
a11y-speech = Czytaj mi na głos
heard-message = Twoja wiadomość: { $message }
heard-name = Twoje imię: { $name }
more-time-title = Potrzebujesz więcej czasu?
more-time-body = { $seconds ->
    [one] Stoisko wróci do początku za { $seconds } sekundę.
    [few] Stoisko wróci do początku za { $seconds } sekundy.
   *[many] Stoisko wróci do początku za { $seconds } sekund.
}
more-time-button = Potrzebuję więcej czasu
