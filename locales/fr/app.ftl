# Shared across every page: header, navigation, language picker.
app-name = Buurtwijzer
skip-to-content = Aller au contenu
nav-label = Menu principal
nav-home = Accueil
nav-offers = Offre
nav-ask = Question
nav-feedback = Avis
nav-settings = Réglages
language-picker = Langue
language-picker-title = Choisissez votre langue
close = Fermer
storage-unavailable = Cet appareil ne garde rien : vos choix disparaissent quand vous fermez la page.
