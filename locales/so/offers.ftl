# The offer: list, filters, cards and the page of one offer.
offers-results = { $count ->
    [0] Waxba lama helin
    [one] { $count } adeeg
   *[other] { $count } adeeg
}
offers-none = Ma jiro adeeg ku habboon doorashadan. Soo dhaweynta ayaa ku caawin karta.
offers-loading = Adeegyada waa la soo rarayaa…
offers-unavailable = Adeegyadu weli kuma jiraan qalabkan. Hal mar internetka ku xir.
offers-refused = Liis cusub waa la diiday: { $count } khalad. Liiskii hore ayaa sii jira.
offers-clear-filters = Tus dhammaan
filter-label = Dooro
filter-function = Nooca
filter-age = Da'da
filter-cost = Qiimaha
filter-when = Goorma
filter-more = Wax kale
age-0-3 = 0 ilaa 3 sano
age-3-6 = 3 ilaa 6 sano
age-6-12 = 6 ilaa 12 sano
age-parents = Waalidiinta
cost-free = Bilaash
cost-uitpas = Qiimo dhimis UiTPAS
when-now = Hadda furan
when-today = Maanta
walk-in = Ballan la'aan
speaks-my-language = Ku hadla luqaddayda
favourite-add = Kaydi
favourite-remove = La kaydiyay
favourites-title = Adeegyada aan kaydiyay
favourites-none = Weli waxba ma aadan kaydin. Taabo wadnaha ku yaal adeegga.
nav-favourites = La kaydiyay
when-open-until = Hadda furan ilaa { $time }
when-opens-today = Wuu furmayaa maanta { $time }
when-opens-tomorrow = Wuu furmayaa berri { $time }
when-opens-weekday = Wuu furmayaa { $weekday } { $time }
when-opens-date = Wuu furmayaa { $date } { $time }
when-closed = Hadda waa xiran yahay
weekday = { $day ->
    [mo] Isniin
    [tu] Talaado
    [we] Arbaco
    [th] Khamiis
    [fr] Jimco
    [sa] Sabti
   *[su] Axad
}
activity-weekly = { $weekday } kasta, { $start }–{ $end }
activity-monthly = { $weekday } { $week ->
    [1] kowaad
    [2] labaad
    [3] saddexaad
    [4] afraad
   *[last] ugu dambeeya
} ee bisha, { $start }–{ $end }
offer-not-found = Adeeggan ma jiro (ama hadda ma jiro).
offer-where = Xaggee
offer-open-map = Ka fur khariidadda
offer-when = Goorma
offer-cost = Qiimaha
offer-price-income = Qiimaha waa sida dakhliga
offer-languages = Luqadaha
offer-interpreter = Turjumaan waa suurtagal
offer-for-whom = Yaa loogu talagalay
offer-pram = Gaariga ilmaha: waa suurtagal
offer-wheelchair = Kursiga naafada: waa suurtagal
offer-bring = Waxa la keeno
offer-contact = Xiriir
offer-call = Wac
offer-whatsapp = WhatsApp
offer-email = Iimayl
offer-website = Websaydh
offer-add-to-calendar = Ku dar jadwalkayga
offer-by = Waxaa bixiya { $organization }
offer-appointment = Ballan keliya
offer-walk-in-or-appointment = Ballan la'aan ama ballan leh
front-desk-title = Soo dhaweynta: su'aal kasta
map-title = Khariidad
map-list = Dhammaan goobaha
agenda-title = Toddobaadkan
agenda-none = Hawl ma jirto
offers-views = Eeg
offers-show-more = Tus wax badan
