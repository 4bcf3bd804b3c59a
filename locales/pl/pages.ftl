# Titles and short texts of the other routes.
offers-title = Oferta w okolicy
offer-title = O tej ofercie
ask-title = Gdzie szukać pomocy?
feedback-title = Podziel się opinią
check-title = Ankieta o okolicy
staff-title = Dla pracowników
settings-title = Ustawienia
settings-language = Język
not-found-title = Ta strona nie istnieje
not-found-home = Na stronę startową
catalogue-refused = Nowa oferta odrzucona: poprzednia jest nadal używana
catalogue-problem = { $code ->
    [unreadable] Nie można odczytać pliku
    [unsupported-schema] Nieznana wersja
    [missing] Brak
    [duplicate] Występuje dwa razy
    [unknown-function] Nieznana funkcja
    [unknown-age] Nieznany wiek
    [unknown-organization] Nieznana organizacja
    [unknown-offer] Nieznana oferta
    [disallowed-link] Niedozwolony link
    [bad-phone] Błędny numer telefonu
    [bad-email] Błędny adres e-mail
    [bad-hours] Błędne godziny otwarcia
    [bad-coordinates] Błędne współrzędne
    [bad-date] Błędna data
    [bad-time] Błędna godzina
    [bad-language-tag] Błędny kod języka
    [no-dutch-text] Brak tekstu po niderlandzku
   *[no-schedule] Brak godzin lub zajęć
}
ask-search-label = Szukaj własnymi słowami
ask-search = Szukaj
ask-topics = Wybierz temat
ask-all-topics = Wszystkie tematy
ask-results = Znaleziono
answer-go-here = Tu znajdziesz pomoc:
ask-nothing = Nic nie znaleźliśmy. Recepcja pomoże Ci z każdym pytaniem.
ask-tell-us = Napisz nam, czego szukasz
share-open-on-phone = Otwórz na telefonie
share-qr = Kod QR tej strony
share-qr-caption = Zeskanuj aparatem w telefonie.

clear-title = Twoje dane na tym urządzeniu
clear-what = To urządzenie przechowuje Twoje zapisane oferty, Twój język i listę ofert, aby aplikacja działała także bez internetu. Nic z tego nie jest nigdzie wysyłane.
clear-button = Usuń moje dane
clear-sure = Usunąć ulubione i wybrany język z tego urządzenia? Lista usług zostaje, więc aplikacja działa dalej bez internetu.
clear-unsent = { $count ->
    [one] 1 wiadomość od Ciebie nie została jeszcze wysłana do zespołu z okolicy. Jest anonimowa.
    [few] { $count } wiadomości od Ciebie nie zostały jeszcze wysłane do zespołu z okolicy. Są anonimowe.
    [many] { $count } wiadomości od Ciebie nie zostało jeszcze wysłanych do zespołu z okolicy. Są anonimowe.
   *[other] { $count } wiadomości od Ciebie nie zostało jeszcze wysłanych do zespołu z okolicy. Są anonimowe.
}
clear-keep-feedback = Zachowaj wiadomości dla zespołu
clear-delete-feedback = Usuń też moje wiadomości
clear-confirm = Tak, usuń
clear-cancel = Anuluj
clear-failed = Nie udało się usunąć. Nic się nie zmieniło; spróbuj ponownie.
settings-neighbourhood = Okolica
handover-title = Przekazanie
handover-question = Pytanie
handover-next = Tutaj Ci pomogą
handover-no-offer = Najpierw wybierz usługę do przekazania.
handover-make = Karta przekazania
