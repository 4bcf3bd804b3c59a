# The offer: list, filters, cards and the page of one offer.
offers-results = { $count ->
    [0] Nothing found
    [one] { $count } offer
   *[other] { $count } offers
}
offers-none = No offer fits this choice. The front desk can help you.
offers-loading = Loading the offer…
offers-unavailable = The offer is not on this device yet. Connect to the internet once.
offers-refused = New offer refused: { $count } error(s). The previous offer stays.
offers-clear-filters = Show all
filter-label = Choose
filter-function = Type
filter-age = Age
filter-cost = Price
filter-when = When
filter-more = More
age-0-3 = 0 to 3 years
age-3-6 = 3 to 6 years
age-6-12 = 6 to 12 years
age-parents = Parents
cost-free = Free
cost-uitpas = UiTPAS discount
when-now = Open now
when-today = Today
walk-in = Just walk in
speaks-my-language = Speaks my language
favourite-add = Save
favourite-remove = Saved
favourites-title = My saved offers
favourites-none = You have not saved anything yet. Tap the heart on an offer.
nav-favourites = Saved
when-open-until = Open now until { $time }
when-opens-today = Opens today at { $time }
when-opens-tomorrow = Opens tomorrow at { $time }
when-opens-weekday = Opens on { $weekday } at { $time }
when-opens-date = Opens on { $date } at { $time }
when-closed = Closed for now
weekday = { $day ->
    [mo] Monday
    [tu] Tuesday
    [we] Wednesday
    [th] Thursday
    [fr] Friday
    [sa] Saturday
   *[su] Sunday
}
activity-weekly = Every { $weekday }, { $start }–{ $end }
activity-monthly = { $week ->
    [1] First
    [2] Second
    [3] Third
    [4] Fourth
   *[last] Last
} { $weekday } of the month, { $start }–{ $end }
offer-not-found = This offer does not exist (anymore).
offer-where = Where
offer-open-map = Open in map app
offer-when = When
offer-cost = Price
offer-price-income = Price based on income
offer-languages = Languages
offer-interpreter = Interpreter possible
offer-for-whom = For whom
offer-pram = Pram access
offer-wheelchair = Wheelchair access
offer-bring = What to bring
offer-contact = Contact
offer-call = Call
offer-whatsapp = WhatsApp
offer-email = Email
offer-website = Website
offer-add-to-calendar = Add to my calendar
offer-by = By { $organization }
offer-appointment = By appointment
offer-walk-in-or-appointment = Walk in or by appointment
front-desk-title = Front desk: for any question
map-title = Map
map-list = All places
agenda-title = This week
agenda-none = No activity
offers-views = View
offers-show-more = Show more
