## Staff pages: PIN, feedback dashboard, export, sending.

staff-pin-choose = Wybierz PIN dla pracowników
staff-pin-choose-hint = PIN chroni opinie na tym urządzeniu. Zapisywany jest tylko solony hash. Użyj od 6 do 12 cyfr i przechowuj PIN w zespole.
staff-pin-new = Nowy PIN
staff-pin-repeat = Powtórz ten sam PIN
staff-pin-save = Zapisz PIN
staff-pin-enter = PIN pracowników
staff-pin-wrong = Ten PIN jest błędny.
staff-pin-wait = Za dużo błędnych PIN-ów. Poczekaj { $seconds } s i spróbuj ponownie.
staff-pin-not-saved = Nie udało się zapisać PIN-u na tym urządzeniu.
staff-pin-problem-too-short = Użyj od 6 do 12 cyfr.
staff-pin-problem-not-digits = Używaj tylko cyfr 0–9.
staff-pin-problem-mismatch = Oba PIN-y się różnią.
staff-setup-code = Kod konfiguracyjny sieci
staff-setup-hint = Nowe urządzenie można skonfigurować tylko za pomocą kodu konfiguracyjnego, który daje ci koordynator sieci. Potem wybierasz PIN tego urządzenia.
staff-setup-wrong = Ten kod konfiguracyjny jest błędny.
staff-setup-missing = Tego urządzenia nie można jeszcze skonfigurować: nie znaleziono kodu konfiguracyjnego sieci. Połącz się z internetem albo zapytaj koordynatora sieci.
staff-setup-sample = To jest przykładowy kod konfiguracyjny z dokumentacji. Przed prawdziwym użyciem opublikuj własny kod konfiguracyjny.
staff-unlock = Otwórz
staff-lock = Zablokuj

staff-outbox = Opinie na tym urządzeniu
staff-waiting = { $count ->
    [one] 1 rekord czeka na wysłanie lub eksport
    [few] { $count } rekordy czekają na wysłanie lub eksport
    [many] { $count } rekordów czeka na wysłanie lub eksport
   *[other] { $count } rekordu czeka na wysłanie lub eksport
}
staff-outbox-unreadable = Nie można teraz odczytać opinii na tym urządzeniu. Nic nie zostało usunięte.
staff-set-aside = { $count ->
    [one] 1 rekord został odrzucony przez serwer lub nie dał się odczytać. Odłożono go na bok, aby pozostałe mogły iść dalej, i nie jest wysyłany ponownie.
    [few] { $count } rekordy zostały odrzucone przez serwer lub nie dały się odczytać. Odłożono je na bok, aby pozostałe mogły iść dalej, i nie są wysyłane ponownie.
    [many] { $count } rekordów zostało odrzuconych przez serwer lub nie dało się ich odczytać. Odłożono je na bok, aby pozostałe mogły iść dalej, i nie są wysyłane ponownie.
   *[other] { $count } rekordu zostało odrzucone przez serwer lub nie dało się odczytać. Odłożono je na bok, aby pozostałe mogły iść dalej, i nie są wysyłane ponownie.
}
staff-set-aside-download = Pobierz odłożone rekordy
staff-set-aside-delete = Usuń odłożone rekordy
staff-set-aside-confirm = Tak, usuń je na zawsze
staff-period = Okres
staff-from = Od
staff-to = Do
staff-kind-rating = oceny
staff-kind-signal = zgłoszenia
staff-kind-missing = wyszukiwania bez wyniku
staff-kind-check = ankiety o okolicy
staff-ratings = Oceny według oferty
staff-offer = Oferta
staff-count = Liczba
staff-average-3 = Średnia (1–3)
staff-average-7 = Średnia (1–7)
staff-checks = Ankiety o okolicy
staff-check-count = { $count ->
    [one] 1 ankieta
    [few] { $count } ankiety
    [many] { $count } ankiet
   *[other] { $count } ankiety
}
staff-compass-label = Kompas wszystkich ankiet z tego okresu: im dalej od środka, tym lepiej. Tabela poniżej ma te same wartości.
staff-themes-caption = Średnia według tematu (odpowiedzi dzieci przeliczone na 1–7)
staff-messages = Zgłoszenia i komentarze
staff-nothing-yet = W tym okresie jeszcze nic.
staff-more-in-export = Więcej w eksporcie: { $count }.
staff-export = Eksport
staff-export-hint = Wszystkie rekordy z tego okresu. CSV otwiera się w arkuszach kalkulacyjnych (także po arabsku); JSON jest dla innych systemów.
staff-export-csv = Pobierz CSV
staff-export-json = Pobierz JSON

sync-title = Wysyłanie na serwer
sync-hint = Nieobowiązkowe. Rekordy są wysyłane w paczkach i opuszczają to urządzenie dopiero po potwierdzeniu przez serwer.
sync-endpoint = Adres serwera
sync-endpoint-not-https = Adres musi zaczynać się od https:// (http tylko dla samego tego urządzenia).
sync-endpoint-spaces = Adres nie może zawierać spacji.
sync-pin = PIN zespołu (potrzebny do zmiany adresu)
sync-save = Zapisz adres
sync-send-now = Wyślij teraz
sync-sending = Wysyłanie…
sync-last-sent = Ostatnio wysłano: { $time } (rekordy: { $count })
sync-failed-network = Serwer jest nieosiągalny. Ponowna próba później.
sync-failed-status = Serwer odpowiedział błędem. Ponowna próba później.
sync-failed-garbage = Odpowiedź serwera była niezrozumiała. Nic nie zostało usunięte. Ponowna próba później.
sync-failed-device = Nie udało się zaktualizować opinii na tym urządzeniu. Nic nie zostało usunięte. Ponowna próba później.
sync-retry-in = Następna próba za { $seconds } s.

kiosk-title = Tryb kiosku (wspólny tablet)
kiosk-hint = Dla tabletu w poczekalni. Po pewnym czasie bez dotyku zaczyna się odliczanie 10 sekund; potem wszystko po poprzedniej rodzinie zostaje usunięte (język, zapisane oferty, wyszukiwania, niewysłany tekst) i pojawia się ekran „dotknij, aby zacząć”. Wysłane opinie zostają. Wyjście z trybu kiosku wymaga tego PIN-u.
kiosk-on = Tryb kiosku włączony
kiosk-idle = Sekundy bez dotyku przed odliczaniem (5–3600)
kiosk-language = Język startowy dla każdej rodziny
kiosk-save = Zapisz ustawienia kiosku
kiosk-saved = Ustawienia kiosku zapisane.
kiosk-not-saved = Nie udało się zapisać ustawień kiosku na tym urządzeniu.

## Importing and exporting the offer
import-title = Import oferty
import-hint = Plik CSV według szablonu, plik HSDS 3 (JSON) lub wcześniejszy eksport. Dopóki są błędy, nic się nie zmienia.
import-file = Wybierz plik
import-reading = Wczytywanie pliku…
import-errors = { $count ->
    [one] 1 błąd. Nic się nie zmieniło.
    [few] { $count } błędy. Nic się nie zmieniło.
    [many] { $count } błędów. Nic się nie zmieniło.
   *[other] { $count } błędu. Nic się nie zmieniło.
}
import-in-file = Plik
import-row = Wiersz { $row }
import-where = Gdzie
import-column = Kolumna
import-what = Problem
import-value = Wartość
import-problem = { $code ->
    [empty] Pusty plik
    [too-large] Plik za duży (maks. 8 MB)
    [binary] To nie plik tekstowy (UTF-8)
    [unbalanced-quotes] Niezamknięty cudzysłów
    [column-count] Zła liczba kolumn
    [unknown-column] Nieznana kolumna
    [missing-column] Brak kolumny lub pola
    [wrong-type] Zły rodzaj wartości
    [unsupported-version] Nieznana wersja
    [wrong-language] Trzecia kolumna nie jest kodem języka (lub to niderlandzki)
    [unknown-key] Nieznany klucz: ten tekst nie istnieje (lub już nie istnieje)
    [duplicate-key] Ten sam klucz dwa razy
    [source-changed] Tekst niderlandzki w międzyczasie się zmienił: pobierz nowy arkusz tłumaczenia
   *[unreadable] Nie można odczytać pliku
}
import-ok = Oferty: { $offers }, organizacje: { $organizations }. Bez błędów.
import-preview = Zobacz w aplikacji
import-apply = Zastosuj
import-apply-sure = Zastąpić ofertę na tym urządzeniu tym plikiem?
import-apply-confirm = Tak, zastąp
import-cancel = Anuluj
import-applied = Nowa oferta jest używana na tym urządzeniu. Opublikuj eksport JSON, aby trafiła na każde urządzenie.
import-failed = Nie udało się zapisać. Nic się nie zmieniło.
export-title = Eksport oferty
export-json = JSON dla aplikacji
export-csv = CSV
export-hsds = HSDS 3 (JSON)
export-template = Szablon CSV

## Every device's feedback, from the network's receiver
staff-source = Które opinie
staff-source-device = To urządzenie
staff-source-network = Wszystkie urządzenia
staff-network-no-endpoint = Ta okolica nie ma serwera. Ustaw go poniżej albo eksportuj dane z każdego urządzenia osobno.
staff-token = Klucz serwera
staff-network-fetch = Pobierz
staff-network-failed = { $code ->
    [unauthorized] Serwer nie akceptuje tego klucza.
   *[failed] Nie udało się pobrać danych. Spróbuj ponownie później.
}
staff-network-from = Dane ze wszystkich urządzeń (pobrano: { $time }).
staff-network-offline = Brak połączenia: to ostatnio pobrane dane.

## Translations of the offer and the questions
translations-title = Tłumaczenia
translations-hint = Jaka część oferty i pytań jest napisana w każdym języku. Pobierz arkusz tłumaczenia (CSV) dla tłumacza: jeden wiersz na tekst, obok tekst niderlandzki. Potem wczytaj tutaj wypełniony arkusz.
translations-language = Język
translations-offer = Oferta
translations-questions = Pytania
translations-sheet = Arkusz tłumaczenia
translations-percent = { $percent }%
translations-loading = Wczytywanie wszystkich języków…
translations-import = Wczytaj wypełniony arkusz tłumaczenia
translations-ok = Teksty ({ $language }): { $count }. Bez błędów.
translations-apply = Dodaj do oferty na tym urządzeniu
translations-applied = Tłumaczenie jest w ofercie na tym urządzeniu. Umieść oba pliki obok catalogue.json na stronie internetowej, aby trafiły na każde urządzenie.
translations-publish = Pliki do opublikowania
