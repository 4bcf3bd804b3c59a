## Staff pages: PIN, feedback dashboard, export, sending.

staff-pin-choose = Choisissez un code PIN pour le personnel
staff-pin-choose-hint = Le code PIN protège les avis sur cet appareil. Seul un hachage salé est enregistré. Utilisez 6 à 12 chiffres et gardez-le au sein de l’équipe.
staff-pin-new = Nouveau code PIN
staff-pin-repeat = Le même code PIN encore une fois
staff-pin-save = Enregistrer le code PIN
staff-pin-enter = Code PIN du personnel
staff-pin-wrong = Ce code PIN n’est pas correct.
staff-pin-wait = Trop de codes PIN erronés. Attendez { $seconds } s, puis réessayez.
staff-pin-not-saved = Le code PIN n’a pas pu être enregistré sur cet appareil.
staff-pin-problem-too-short = Utilisez 6 à 12 chiffres.
staff-pin-problem-not-digits = Utilisez uniquement les chiffres 0–9.
staff-pin-problem-mismatch = Les deux codes PIN ne sont pas identiques.
staff-setup-code = Code de configuration du réseau
staff-setup-hint = Un nouvel appareil ne peut être configuré qu’avec le code de configuration que vous donne le coordinateur du réseau. Ensuite, vous choisissez le code PIN de cet appareil.
staff-setup-wrong = Ce code de configuration n’est pas correct.
staff-setup-missing = Cet appareil ne peut pas encore être configuré : aucun code de configuration du réseau n’a été trouvé. Connectez-vous à internet ou demandez au coordinateur du réseau.
staff-setup-sample = Ceci est le code de configuration d’exemple de la documentation. Publiez votre propre code de configuration avant une utilisation réelle.
staff-unlock = Ouvrir
staff-lock = Verrouiller

staff-outbox = Avis sur cet appareil
staff-waiting = { $count ->
    [one] { $count } enregistrement en attente d’envoi ou d’export
   *[other] { $count } enregistrements en attente d’envoi ou d’export
}
staff-outbox-unreadable = Impossible de lire les avis sur cet appareil pour le moment. Rien n’a été supprimé.
staff-set-aside = { $count ->
    [one] { $count } enregistrement a été refusé par le serveur ou n’a pas pu être lu. Il a été mis de côté pour que les autres continuent, et n’est plus envoyé.
   *[other] { $count } enregistrements ont été refusés par le serveur ou n’ont pas pu être lus. Ils ont été mis de côté pour que les autres continuent, et ne sont plus envoyés.
}
staff-set-aside-download = Télécharger les enregistrements mis de côté
staff-set-aside-delete = Supprimer les enregistrements mis de côté
staff-set-aside-confirm = Oui, les supprimer définitivement
staff-period = Période
staff-from = Du
staff-to = Au
staff-kind-rating = évaluations
staff-kind-signal = signalements
staff-kind-missing = recherches sans résultat
staff-kind-check = bilans du quartier
staff-ratings = Évaluations par offre
staff-offer = Offre
staff-count = Nombre
staff-average-3 = Moyenne (1–3)
staff-average-7 = Moyenne (1–7)
staff-checks = Bilans du quartier
staff-check-count = { $count ->
    [one] { $count } bilan
   *[other] { $count } bilans
}
staff-compass-label = Boussole de tous les bilans de la période : plus c’est loin du centre, mieux c’est. Le tableau ci-dessous donne les mêmes valeurs.
staff-themes-caption = Moyenne par thème (réponses des enfants converties en 1–7)
staff-messages = Signalements et commentaires
staff-nothing-yet = Encore rien pour cette période.
staff-more-in-export = Encore { $count } dans l’export.
staff-export = Exporter
staff-export-hint = Tous les enregistrements de la période. Le CSV s’ouvre dans les tableurs (arabe compris) ; le JSON est destiné à d’autres systèmes.
staff-export-csv = Télécharger le CSV
staff-export-json = Télécharger le JSON

sync-title = Envoyer vers un serveur
sync-hint = Facultatif. Les enregistrements sont envoyés par lots et ne quittent cet appareil qu’après confirmation du serveur.
sync-endpoint = Adresse du serveur
sync-endpoint-not-https = L’adresse doit commencer par https:// (http seulement pour cet appareil lui-même).
sync-endpoint-spaces = L’adresse ne peut pas contenir d’espaces.
sync-pin = Code PIN de l’équipe (nécessaire pour changer l’adresse)
sync-save = Enregistrer l’adresse
sync-send-now = Envoyer maintenant
sync-sending = Envoi en cours…
sync-last-sent = Dernier envoi : { $time } (enregistrements : { $count })
sync-failed-network = Impossible de joindre le serveur. Nouvel essai plus tard.
sync-failed-status = Le serveur a répondu par une erreur. Nouvel essai plus tard.
sync-failed-garbage = La réponse du serveur n’a pas été comprise. Rien n’a été supprimé. Nouvel essai plus tard.
sync-failed-device = Impossible de mettre à jour les avis sur cet appareil. Rien n’a été supprimé. Nouvel essai plus tard.
sync-retry-in = Prochain essai dans { $seconds } secondes.

kiosk-title = Mode kiosque (tablette partagée)
kiosk-hint = Pour une tablette en salle d'attente. Après un moment sans contact, un compte à rebours de 10 secondes, puis tout ce que la famille précédente a laissé est effacé (langue, favoris, recherches, texte non envoyé) et un écran « touchez pour commencer » apparaît. Les avis envoyés restent. Pour quitter le mode kiosque, il faut ce code PIN.
kiosk-on = Mode kiosque activé
kiosk-idle = Secondes sans contact avant le compte à rebours (5–3600)
kiosk-language = Langue de départ pour chaque famille
kiosk-save = Enregistrer les réglages du kiosque
kiosk-saved = Réglages du kiosque enregistrés.
kiosk-not-saved = Les réglages du kiosque n'ont pas pu être enregistrés sur cet appareil.

## Importing and exporting the offer
import-title = Importer l’offre
import-hint = Un fichier CSV selon le modèle, un fichier HSDS 3 (JSON) ou un export précédent. Rien ne change tant qu’il y a des erreurs.
import-file = Choisir un fichier
import-reading = Lecture du fichier…
import-errors = { $count ->
    [one] { $count } erreur. Rien n’a changé.
   *[other] { $count } erreurs. Rien n’a changé.
}
import-in-file = Fichier
import-row = Ligne { $row }
import-where = Où
import-column = Colonne
import-what = Problème
import-value = Valeur
import-problem = { $code ->
    [empty] Fichier vide
    [too-large] Fichier trop volumineux (max. 8 MB)
    [binary] Pas un fichier texte (UTF-8)
    [unbalanced-quotes] Guillemet non fermé
    [column-count] Mauvais nombre de colonnes
    [unknown-column] Colonne inconnue
    [missing-column] Colonne ou champ manquant
    [wrong-type] Mauvais type de valeur
    [unsupported-version] Version inconnue
    [wrong-language] La troisième colonne n’est pas un code de langue (ou c’est le néerlandais)
    [unknown-key] Clé inconnue : ce texte n’existe pas (ou plus)
    [duplicate-key] La même clé deux fois
    [source-changed] Le néerlandais a changé entre-temps : téléchargez une nouvelle feuille de traduction
   *[unreadable] Fichier illisible
}
import-ok = Offres : { $offers } ; organisations : { $organizations }. Aucune erreur.
import-preview = Voir dans l’application
import-apply = Appliquer
import-apply-sure = Remplacer l’offre de cet appareil par ce fichier ?
import-apply-confirm = Oui, remplacer
import-cancel = Annuler
import-applied = La nouvelle offre est en usage sur cet appareil. Publiez l’export JSON pour l’avoir sur chaque appareil.
import-failed = L’enregistrement a échoué. Rien n’a changé.
export-title = Exporter l’offre
export-json = JSON pour l’application
export-csv = CSV
export-hsds = HSDS 3 (JSON)
export-template = Modèle CSV

## Every device's feedback, from the network's receiver
staff-source = Quels avis
staff-source-device = Cet appareil
staff-source-network = Tous les appareils
staff-network-no-endpoint = Ce quartier n’a pas de serveur. Indiquez-en un ci-dessous, ou exportez appareil par appareil.
staff-token = Clé du serveur
staff-network-fetch = Récupérer
staff-network-failed = { $code ->
    [unauthorized] Le serveur n’accepte pas cette clé.
   *[failed] La récupération a échoué. Réessayez plus tard.
}
staff-network-from = Chiffres de tous les appareils (récupérés : { $time }).
staff-network-offline = Pas de connexion : voici les derniers chiffres récupérés.

## Translations of the offer and the questions
translations-title = Traductions
translations-hint = Quelle part de l’offre et des questions est rédigée dans chaque langue. Téléchargez une feuille de traduction (CSV) pour un traducteur : une ligne par texte, avec le néerlandais à côté. Chargez ensuite ici la feuille remplie.
translations-language = Langue
translations-offer = Offre
translations-questions = Questions
translations-sheet = Feuille de traduction
translations-percent = { $percent } %
translations-loading = Chargement de toutes les langues…
translations-import = Charger une feuille de traduction remplie
translations-ok = Textes en { $language } : { $count }. Aucune erreur.
translations-apply = Ajouter à l’offre de cet appareil
translations-applied = La traduction est dans l’offre de cet appareil. Placez les deux fichiers à côté de catalogue.json sur le site web pour les avoir sur chaque appareil.
translations-publish = Fichiers à publier
