## Feedback from families: ratings, "something missing or wrong?", the neighbourhood check.

feedback-missing-or-wrong = Il manque quelque chose ou c’est faux ?
feedback-about = À propos de :
feedback-topic = C’est à propos de quoi ?
feedback-words = Dites-le avec vos mots (dans n’importe quelle langue)
feedback-empty = Choisissez d’abord une image ou écrivez quelque chose.
feedback-send = Envoyer
feedback-another = Dire autre chose
feedback-say-more = En dire plus
feedback-held = Ce téléphone n’a pas pu garder votre message. Nous le gardons tant que l’application est ouverte et nous réessayons. Laissez l’application ouverte encore un moment.
text-counter = { $count } / { $max } caractères

topic-missing-offer = Il manque quelque chose dont j’ai besoin
topic-wrong-info = Une information est fausse
topic-neighbourhood = Quelque chose dans le quartier
topic-app = L’application ne marche pas bien
topic-other = Autre chose

thanks-title = Merci !
thanks-what-happens = Votre message est gardé sur cet appareil, sans votre nom. L’équipe du quartier lit chaque message et s’en sert pour améliorer l’offre.

rate-title = C’était comment ?
rate-say-more = Dites-nous pourquoi (si vous voulez)
rate-reasons = Pourquoi ?
rate-words = Autre chose ? (si vous voulez)
face-sad = Mauvais
face-neutral = Moyen
face-happy = Bien
reason-too-expensive = Trop cher
reason-too-far = Trop loin
reason-closed = Fermé à mon arrivée
reason-language = Je n’ai pas compris la langue
reason-waited-long = J’ai attendu longtemps
reason-friendly = Accueillant
reason-helped = Ça m’a été utile

check-question = Comment trouvez-vous notre quartier ?
check-start = Commencer le bilan du quartier
check-who = Qui répond ?
check-intro = 14 petites questions sur la vie ici. Vous pouvez passer les questions que vous voulez. Nous ne demandons pas votre nom.
check-adult = Adulte
check-child = Enfant (6 à 12 ans)
check-progress = Question { $step } sur { $total }
check-back = Retour
check-skip = Passer
check-scale-low = 1 = beaucoup à améliorer
check-scale-high = 7 = peu à améliorer
check-your-compass = Vos réponses
check-compass-label = Boussole de vos réponses : plus c’est loin du centre, mieux c’est. Le tableau ci-dessous donne les mêmes réponses.
check-table-caption = Vos réponses par thème
check-theme = Thème
check-answer = Réponse
check-skipped = Passée
check-score-of-7 = { $score } sur 7
check-area = Quartier ou code postal (si vous voulez)
check-area-hint = Seulement le quartier, pas votre adresse.
check-again = Recommencer

theme-moving-around = Se déplacer
theme-moving-around-question = Est-ce que je peux facilement marcher et faire du vélo dans mon quartier ?
theme-public-transport = Transports en commun
theme-public-transport-question = Les transports en commun répondent-ils à mes besoins ?
theme-traffic-parking = Circulation et parking
theme-traffic-parking-question = Avec la circulation et les voitures garées, peut-on se déplacer en sécurité ?
theme-streets-spaces = Rues et places
theme-streets-spaces-question = Les bâtiments, les rues et les places rendent-ils l’endroit agréable ?
theme-natural-space = Nature
theme-natural-space-question = Est-ce que je peux souvent profiter de parcs, d’arbres et d’eau ?
theme-play-recreation = Jeux et loisirs
theme-play-recreation-question = Les enfants peuvent-ils jouer, et est-ce que je peux faire du sport et des loisirs près de chez moi ?
theme-facilities-amenities = Commerces et services
theme-facilities-amenities-question = Y a-t-il des magasins, des écoles, des médecins et les autres services dont j’ai besoin ?
theme-work-economy = Travail et économie locale
theme-work-economy-question = Y a-t-il du bon travail et des formations près d’ici ?
theme-housing-community = Logement et vie ensemble
theme-housing-community-question = Y a-t-il ici de bons logements pour toutes sortes de personnes ?
theme-social-contact = Contacts avec les autres
theme-social-contact-question = Y a-t-il différents endroits pour rencontrer des gens ?
theme-identity-belonging = Se sentir chez soi
theme-identity-belonging-question = Est-ce que je me sens chez moi ici, à ma place ?
theme-feeling-safe = Se sentir en sécurité
theme-feeling-safe-question = Est-ce que je me sens en sécurité ici ?
theme-care-maintenance = Entretien
theme-care-maintenance-question = Les bâtiments et les lieux publics sont-ils bien entretenus ?
theme-influence-control = Avoir son mot à dire
theme-influence-control-question = Est-ce que je peux participer aux décisions sur mon quartier ?
feedback-goes-to = Votre avis est envoyé de façon anonyme au réseau du quartier ({ $host }). Pas de nom, pas d’identifiant de l’appareil.
feedback-send-yes = Oui, envoyer
feedback-send-no = Seulement sur cet appareil
thanks-ask-first = Votre message est enregistré sur cet appareil, sans votre nom. Choisissez ci-dessous s'il peut être envoyé à l'équipe du quartier.
thanks-no-receiver = Votre message est enregistré sur cet appareil, sans votre nom. Il n'arrive pas tout seul à l'équipe du quartier : elle ne le voit que lorsqu'elle récupère les messages de cet appareil. Vous voulez être sûr qu'elle le sache ? Dites-le à l'accueil.
thanks-kept-here = Votre message reste sur cet appareil et n'est pas envoyé, comme vous l'avez choisi. L'équipe du quartier ne le voit donc pas. Vous pouvez changer cela dans les Réglages.
you-said-title = Vous avez dit, nous avons fait
you-said = Vous avez dit :
we-did = Nous avons fait :
