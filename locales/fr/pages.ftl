# Titles and short texts of the other routes.
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
catalogue-refused = Nouvelle offre refusée : la précédente reste en usage
catalogue-problem = { $code ->
    [unreadable] Fichier illisible
    [unsupported-schema] Version inconnue
    [missing] Manquant
    [duplicate] En double
    [unknown-function] Fonction inconnue
    [unknown-age] Âge inconnu
    [unknown-organization] Organisation inconnue
    [unknown-offer] Offre inconnue
    [disallowed-link] Lien non autorisé
    [bad-phone] Numéro de téléphone invalide
    [bad-email] Adresse e-mail invalide
    [bad-hours] Horaires invalides
    [bad-coordinates] Coordonnées invalides
    [bad-date] Date invalide
    [bad-time] Heure invalide
    [bad-language-tag] Code de langue invalide
    [no-dutch-text] Texte néerlandais manquant
   *[no-schedule] Ni horaires ni activité
}
ask-search-label = Cherchez avec vos mots
ask-search = Chercher
ask-topics = Choisissez un sujet
ask-all-topics = Tous les sujets
ask-results = Trouvé
answer-go-here = Vous pouvez aller ici :
ask-nothing = Rien trouvé. L’accueil vous aide pour toute question.
ask-tell-us = Dites-nous ce que vous cherchiez
share-open-on-phone = Ouvrir sur mon téléphone
share-qr = Code QR de cette page
share-qr-caption = Scannez avec l’appareil photo du téléphone.

clear-title = Vos données sur cet appareil
clear-what = Cet appareil garde vos favoris, votre langue et la liste des offres, pour que l'application marche sans internet. Rien de tout cela n'est envoyé nulle part.
clear-button = Effacer mes données
clear-sure = Supprimer vos favoris et votre choix de langue de cet appareil ? La liste des services reste, pour que l’application marche sans internet.
clear-unsent = { $count ->
    [one] { $count } message de votre part n'a pas encore été envoyé à l'équipe du quartier. Il est anonyme.
   *[other] { $count } messages de votre part n'ont pas encore été envoyés à l'équipe du quartier. Ils sont anonymes.
}
clear-keep-feedback = Garder mes messages pour l'équipe
clear-delete-feedback = Effacer aussi mes messages
clear-confirm = Oui, effacer
clear-cancel = Annuler
clear-failed = L'effacement n'a pas marché. Rien n'a changé ; réessayez.
settings-neighbourhood = Quartier
handover-title = Passage de relais
handover-question = La question
handover-next = Ici, on vous aidera
handover-no-offer = Choisissez d'abord un service pour le passage de relais.
handover-make = Fiche de relais
