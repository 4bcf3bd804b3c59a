# Titles and short texts of the other routes.
offers-title = Aanbod in de buurt
offer-title = Over dit aanbod
ask-title = Waar kan ik terecht?
feedback-title = Geef je mening
check-title = Buurtcheck
staff-title = Voor medewerkers
settings-title = Instellingen
settings-language = Taal
not-found-title = Deze pagina bestaat niet
not-found-home = Naar de startpagina
catalogue-refused = Nieuw aanbod geweigerd: het vorige blijft in gebruik
catalogue-problem = { $code ->
    [unreadable] Bestand niet leesbaar
    [unsupported-schema] Onbekende versie
    [missing] Ontbreekt
    [duplicate] Komt twee keer voor
    [unknown-function] Onbekende functie
    [unknown-age] Onbekende leeftijd
    [unknown-organization] Onbekende organisatie
    [unknown-offer] Onbekend aanbod
    [disallowed-link] Link niet toegestaan
    [bad-phone] Ongeldig telefoonnummer
    [bad-email] Ongeldig e-mailadres
    [bad-hours] Ongeldige openingsuren
    [bad-coordinates] Ongeldige coördinaten
    [bad-date] Ongeldige datum
    [bad-time] Ongeldig uur
    [bad-language-tag] Ongeldige taalcode
    [no-dutch-text] Nederlandse tekst ontbreekt
   *[no-schedule] Geen uren of activiteit
}
ask-search-label = Zoek in je eigen woorden
ask-search = Zoek
ask-topics = Kies een onderwerp
ask-all-topics = Alle onderwerpen
ask-results = Gevonden
answer-go-here = Hier kan je terecht:
ask-nothing = We vonden niets. Het onthaal helpt je met elke vraag.
ask-tell-us = Zeg ons wat je zocht
share-open-on-phone = Open op mijn gsm
share-qr = QR-code van deze pagina
share-qr-caption = Scan met de camera van je gsm.

clear-title = Jouw gegevens op dit toestel
clear-what = Dit toestel bewaart je favorieten, je taal en de lijst met aanbod, zodat de app ook zonder internet werkt. Niets hiervan wordt ergens naartoe gestuurd.
clear-button = Mijn gegevens wissen
clear-sure = Je favorieten en je taalkeuze van dit toestel wissen? De lijst met aanbod blijft, zodat de app zonder internet blijft werken.
clear-unsent = { $count ->
    [one] 1 bericht van jou is nog niet naar het buurtteam gestuurd. Het is anoniem.
   *[other] { $count } berichten van jou zijn nog niet naar het buurtteam gestuurd. Ze zijn anoniem.
}
clear-keep-feedback = Mijn berichten voor het team bewaren
clear-delete-feedback = Mijn berichten ook wissen
clear-confirm = Ja, wissen
clear-cancel = Annuleren
clear-failed = Wissen lukte niet. Er is niets veranderd; probeer opnieuw.
settings-neighbourhood = Buurt
handover-title = Warme overdracht
handover-question = De vraag
handover-next = Hier helpen ze je verder
handover-no-offer = Kies eerst een dienst voor de overdracht.
handover-make = Overdrachtskaart
