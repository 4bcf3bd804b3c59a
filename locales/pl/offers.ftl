# The offer: list, filters, cards and the page of one offer.
offers-results = { $count ->
    [0] Nic nie znaleziono
    [one] { $count } oferta
    [few] { $count } oferty
    [many] { $count } ofert
   *[other] { $count } oferty
}
offers-none = Żadna oferta nie pasuje do tego wyboru. Recepcja Ci pomoże.
offers-loading = Ładowanie oferty…
offers-unavailable = Oferty nie ma jeszcze na tym urządzeniu. Połącz się raz z internetem.
offers-refused = Nowa oferta odrzucona (błędy: { $count }). Poprzednia oferta zostaje.
offers-clear-filters = Pokaż wszystko
filter-label = Wybierz
filter-function = Rodzaj
filter-age = Wiek
filter-cost = Cena
filter-when = Kiedy
filter-more = Więcej
age-0-3 = 0 do 3 lat
age-3-6 = 3 do 6 lat
age-6-12 = 6 do 12 lat
age-parents = Rodzice
cost-free = Bezpłatnie
cost-uitpas = Zniżka UiTPAS
when-now = Teraz otwarte
when-today = Dzisiaj
walk-in = Bez zapisów
speaks-my-language = Mówi w moim języku
favourite-add = Zapisz
favourite-remove = Zapisane
favourites-title = Moje zapisane oferty
favourites-none = Nic jeszcze nie zapisano. Dotknij serduszka przy ofercie.
nav-favourites = Zapisane
when-open-until = Teraz otwarte do { $time }
when-opens-today = Dziś otwarcie o { $time }
when-opens-tomorrow = Jutro otwarcie o { $time }
when-opens-weekday = Otwarcie: { $weekday }, { $time }
when-opens-date = Otwarcie: { $date }, { $time }
when-closed = Na razie zamknięte
weekday = { $day ->
    [mo] poniedziałek
    [tu] wtorek
    [we] środa
    [th] czwartek
    [fr] piątek
    [sa] sobota
   *[su] niedziela
}
activity-weekly = Co tydzień: { $weekday }, { $start }–{ $end }
activity-monthly = { $week ->
    [1] Pierwszy
    [2] Drugi
    [3] Trzeci
    [4] Czwarty
   *[last] Ostatni
} tydzień miesiąca: { $weekday }, { $start }–{ $end }
offer-not-found = Ta oferta nie istnieje (lub już jej nie ma).
offer-where = Gdzie
offer-open-map = Otwórz mapę
offer-when = Kiedy
offer-cost = Cena
offer-price-income = Cena zależna od dochodu
offer-languages = Języki
offer-interpreter = Możliwy tłumacz
offer-for-whom = Dla kogo
offer-pram = Z wózkiem dziecięcym
offer-wheelchair = Z wózkiem inwalidzkim
offer-bring = Co zabrać
offer-contact = Kontakt
offer-call = Zadzwoń
offer-whatsapp = WhatsApp
offer-email = E-mail
offer-website = Strona internetowa
offer-add-to-calendar = Dodaj do kalendarza
offer-by = Organizator: { $organization }
offer-appointment = Po umówieniu
offer-walk-in-or-appointment = Bez zapisów lub po umówieniu
front-desk-title = Recepcja: pomoc w każdej sprawie
map-title = Mapa
map-list = Wszystkie miejsca
agenda-title = W tym tygodniu
agenda-none = Brak zajęć
offers-views = Widok
offers-show-more = Pokaż więcej
