# The offer: list, filters, cards and the page of one offer.
offers-results = { $count ->
    [0] Nu s-a găsit nimic
    [one] { $count } ofertă
    [few] { $count } oferte
   *[other] { $count } de oferte
}
offers-none = Nicio ofertă nu se potrivește acestei alegeri. Recepția vă poate ajuta.
offers-loading = Oferta se încarcă…
offers-unavailable = Oferta nu este încă pe acest dispozitiv. Conectați-vă o dată la internet.
offers-refused = Ofertă nouă refuzată (erori: { $count }). Rămâne oferta anterioară.
offers-clear-filters = Afișați tot
filter-label = Alegeți
filter-function = Tip
filter-age = Vârstă
filter-cost = Preț
filter-when = Când
filter-more = Mai mult
age-0-3 = 0 până la 3 ani
age-3-6 = 3 până la 6 ani
age-6-12 = 6 până la 12 ani
age-parents = Părinți
cost-free = Gratuit
cost-uitpas = Reducere UiTPAS
when-now = Deschis acum
when-today = Azi
walk-in = Fără programare
speaks-my-language = Vorbește limba mea
favourite-add = Salvați
favourite-remove = Salvat
favourites-title = Ofertele mele salvate
favourites-none = Încă nu ați salvat nimic. Atingeți inima de la o ofertă.
nav-favourites = Salvate
when-open-until = Deschis acum până la { $time }
when-opens-today = Se deschide azi la { $time }
when-opens-tomorrow = Se deschide mâine la { $time }
when-opens-weekday = Se deschide { $weekday } la { $time }
when-opens-date = Se deschide pe { $date } la { $time }
when-closed = Închis deocamdată
weekday = { $day ->
    [mo] luni
    [tu] marți
    [we] miercuri
    [th] joi
    [fr] vineri
    [sa] sâmbătă
   *[su] duminică
}
activity-weekly = În fiecare { $weekday }, { $start }–{ $end }
activity-monthly = { $week ->
    [1] Prima
    [2] A doua
    [3] A treia
    [4] A patra
   *[last] Ultima
} { $weekday } din lună, { $start }–{ $end }
offer-not-found = Această ofertă nu există (sau nu mai există).
offer-where = Unde
offer-open-map = Deschideți harta
offer-when = Când
offer-cost = Preț
offer-price-income = Preț după venit
offer-languages = Limbi
offer-interpreter = Se poate cu interpret
offer-for-whom = Pentru cine
offer-pram = Acces cu căruciorul
offer-wheelchair = Acces cu scaun rulant
offer-bring = Ce aduceți
offer-contact = Contact
offer-call = Sunați
offer-whatsapp = WhatsApp
offer-email = E-mail
offer-website = Site web
offer-add-to-calendar = Adăugați în calendar
offer-by = De la { $organization }
offer-appointment = Cu programare
offer-walk-in-or-appointment = Cu sau fără programare
front-desk-title = Recepție: pentru orice întrebare
map-title = Hartă
map-list = Toate locurile
agenda-title = Săptămâna aceasta
agenda-none = Nicio activitate
offers-views = Afișare
offers-show-more = Afișați mai mult
