# The offer: list, filters, cards and the page of one offer.
offers-results = { $count ->
    [0] Aucun résultat
    [one] { $count } offre
   *[other] { $count } offres
}
offers-none = Aucune offre ne correspond à ce choix. L’accueil peut vous aider.
offers-loading = Chargement de l’offre…
offers-unavailable = L’offre n’est pas encore sur cet appareil. Connectez-vous une fois à internet.
offers-refused = Nouvelle offre refusée : { $count } erreur(s). L’offre précédente reste.
offers-clear-filters = Tout afficher
filter-label = Choisir
filter-function = Type
filter-age = Âge
filter-cost = Prix
filter-when = Quand
filter-more = Plus
age-0-3 = 0 à 3 ans
age-3-6 = 3 à 6 ans
age-6-12 = 6 à 12 ans
age-parents = Parents
cost-free = Gratuit
cost-uitpas = Réduction UiTPAS
when-now = Ouvert maintenant
when-today = Aujourd’hui
walk-in = Sans rendez-vous
speaks-my-language = Parle ma langue
favourite-add = Garder
favourite-remove = Gardé
favourites-title = Mes offres gardées
favourites-none = Vous n’avez encore rien gardé. Touchez le cœur sur une offre.
nav-favourites = Gardées
when-open-until = Ouvert maintenant jusqu’à { $time }
when-opens-today = Ouvre aujourd’hui à { $time }
when-opens-tomorrow = Ouvre demain à { $time }
when-opens-weekday = Ouvre le { $weekday } à { $time }
when-opens-date = Ouvre le { $date } à { $time }
when-closed = Fermé pour le moment
weekday = { $day ->
    [mo] lundi
    [tu] mardi
    [we] mercredi
    [th] jeudi
    [fr] vendredi
    [sa] samedi
   *[su] dimanche
}
activity-weekly = Chaque { $weekday }, { $start }–{ $end }
activity-monthly = { $week ->
    [1] Premier
    [2] Deuxième
    [3] Troisième
    [4] Quatrième
   *[last] Dernier
} { $weekday } du mois, { $start }–{ $end }
offer-not-found = Cette offre n’existe pas (ou plus).
offer-where = Où
offer-open-map = Ouvrir la carte
offer-when = Quand
offer-cost = Prix
offer-price-income = Prix selon les revenus
offer-languages = Langues
offer-interpreter = Interprète possible
offer-for-whom = Pour qui
offer-pram = Accès poussette
offer-wheelchair = Accès fauteuil roulant
offer-bring = À apporter
offer-contact = Contact
offer-call = Appeler
offer-whatsapp = WhatsApp
offer-email = E-mail
offer-website = Site web
offer-add-to-calendar = Ajouter à mon agenda
offer-by = Par { $organization }
offer-appointment = Sur rendez-vous
offer-walk-in-or-appointment = Avec ou sans rendez-vous
front-desk-title = Accueil : pour toute question
map-title = Carte
map-list = Tous les lieux
agenda-title = Cette semaine
agenda-none = Pas d’activité
offers-views = Voir
offers-show-more = Voir plus
