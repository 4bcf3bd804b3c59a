# Titles and short texts of the other routes.
page-in-progress = Cette page est en construction.
offers-title = Dans le quartier
offer-title = À propos de cette offre
ask-title = Où puis-je aller ?
feedback-title = Donnez votre avis
check-title = Bilan du quartier
staff-title = Pour le personnel
settings-title = Réglages
settings-language = Langue
not-found-title = Cette page n’existe pas
not-found-home = Aller à l’accueil
