# The offer: list, filters, cards and the page of one offer.
offers-results = { $count ->
    [0] Niets gevonden
    [one] { $count } aanbod
   *[other] { $count } aanbiedingen
}
offers-none = Geen aanbod past bij deze keuze. Het onthaal helpt je verder.
offers-loading = Het aanbod wordt geladen…
offers-unavailable = Het aanbod is nog niet op dit toestel. Maak één keer verbinding met internet.
offers-refused = Nieuw aanbod geweigerd: { $count } fout(en). Het vorige aanbod blijft.
offers-clear-filters = Alles tonen
filter-label = Kies
filter-function = Soort
filter-age = Leeftijd
filter-cost = Prijs
filter-when = Wanneer
filter-more = Meer
age-0-3 = 0 tot 3 jaar
age-3-6 = 3 tot 6 jaar
age-6-12 = 6 tot 12 jaar
age-parents = Ouders
cost-free = Gratis
cost-uitpas = Korting UiTPAS
when-now = Nu open
when-today = Vandaag
walk-in = Binnenlopen
speaks-my-language = Spreekt mijn taal
favourite-add = Bewaar
favourite-remove = Bewaard
favourites-title = Mijn bewaarde aanbod
favourites-none = Je hebt nog niets bewaard. Tik op het hartje bij een aanbod.
nav-favourites = Bewaard
when-open-until = Nu open tot { $time }
when-opens-today = Vandaag open om { $time }
when-opens-tomorrow = Morgen open om { $time }
when-opens-weekday = Open op { $weekday } om { $time }
when-opens-date = Open op { $date } om { $time }
when-closed = Voorlopig gesloten
weekday = { $day ->
    [mo] maandag
    [tu] dinsdag
    [we] woensdag
    [th] donderdag
    [fr] vrijdag
    [sa] zaterdag
   *[su] zondag
}
activity-weekly = Elke { $weekday }, { $start }–{ $end }
activity-monthly = { $week ->
    [1] Eerste
    [2] Tweede
    [3] Derde
    [4] Vierde
   *[last] Laatste
} { $weekday } van de maand, { $start }–{ $end }
offer-not-found = Dit aanbod bestaat niet (meer).
offer-where = Waar
offer-open-map = Open in kaart-app
offer-when = Wanneer
offer-cost = Prijs
offer-price-income = Prijs volgens inkomen
offer-languages = Talen
offer-interpreter = Tolk mogelijk
offer-for-whom = Voor wie
offer-pram = Met kinderwagen
offer-wheelchair = Met rolstoel
offer-bring = Meebrengen
offer-contact = Contact
offer-call = Bel
offer-whatsapp = WhatsApp
offer-email = Mail
offer-website = Website
offer-add-to-calendar = In mijn agenda
offer-by = Van { $organization }
offer-appointment = Op afspraak
offer-walk-in-or-appointment = Binnenlopen of op afspraak
front-desk-title = Onthaal: met elke vraag
map-title = Kaart
map-list = Alle plaatsen
agenda-title = Deze week
agenda-none = Geen activiteit
offers-views = Bekijk
offers-show-more = Toon meer
