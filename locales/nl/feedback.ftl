## Feedback van gezinnen: beoordelingen, "iets mis of ontbreekt er iets?", de buurtcheck.

feedback-missing-or-wrong = Ontbreekt er iets of klopt iets niet?
feedback-about = Over:
feedback-topic = Waarover gaat het?
feedback-words = Zeg het in je eigen woorden (in elke taal)
feedback-empty = Kies eerst een prent of schrijf iets.
feedback-send = Versturen
feedback-another = Nog iets anders zeggen
feedback-say-more = Zeg er meer over
feedback-held = Dit toestel kon je bericht niet bewaren. We houden het bij zolang de app open is en proberen opnieuw. Laat de app nog even open.
text-counter = { $count } / { $max } tekens

topic-missing-offer = Iets wat ik nodig heb ontbreekt
topic-wrong-info = Informatie klopt niet
topic-neighbourhood = Iets in de buurt
topic-app = De app werkt niet goed
topic-other = Iets anders

thanks-title = Dank je wel!
thanks-what-happens = Je bericht is zonder je naam bewaard op dit toestel. Het buurtteam leest elk bericht en gebruikt ze om het aanbod beter te maken.

rate-title = Hoe was het?
rate-say-more = Zeg waarom (als je wil)
rate-reasons = Waarom?
rate-words = Nog iets? (als je wil)
face-sad = Slecht
face-neutral = Gaat wel
face-happy = Goed
reason-too-expensive = Te duur
reason-too-far = Te ver
reason-closed = Gesloten toen ik kwam
reason-language = Ik verstond de taal niet
reason-waited-long = Lang gewacht
reason-friendly = Vriendelijk
reason-helped = Het hielp mij

check-question = Hoe goed is onze buurt?
check-start = Begin de buurtcheck
check-who = Wie antwoordt?
check-intro = 14 korte vragen over wonen hier. Sla gerust vragen over. We vragen je naam niet.
check-adult = Volwassene
check-child = Kind (6 tot 12)
check-progress = Vraag { $step } van { $total }
check-back = Terug
check-skip = Overslaan
check-scale-low = 1 = veel te verbeteren
check-scale-high = 7 = weinig te verbeteren
check-your-compass = Jouw antwoorden
check-compass-label = Kompas van je antwoorden: verder naar buiten is beter. De tabel eronder heeft dezelfde antwoorden.
check-table-caption = Jouw antwoorden per thema
check-theme = Thema
check-answer = Antwoord
check-skipped = Overgeslagen
check-score-of-7 = { $score } van 7
check-area = Wijk of postcode (als je wil)
check-area-hint = Alleen de wijk, niet je adres.
check-again = Opnieuw beginnen

theme-moving-around = Je verplaatsen
theme-moving-around-question = Kan ik makkelijk stappen en fietsen in mijn buurt?
theme-public-transport = Openbaar vervoer
theme-public-transport-question = Past het openbaar vervoer bij wat ik nodig heb?
theme-traffic-parking = Verkeer en parkeren
theme-traffic-parking-question = Kan iedereen veilig rondlopen tussen het verkeer en de geparkeerde auto's?
theme-streets-spaces = Straten en pleinen
theme-streets-spaces-question = Maken gebouwen, straten en pleinen het hier aangenaam?
theme-natural-space = Natuur
theme-natural-space-question = Kan ik geregeld genieten van parken, bomen en water?
theme-play-recreation = Spelen en vrije tijd
theme-play-recreation-question = Kunnen kinderen spelen en kan ik dichtbij sporten en hobby's doen?
theme-facilities-amenities = Voorzieningen
theme-facilities-amenities-question = Zijn er winkels, scholen, dokters en andere diensten die ik nodig heb?
theme-work-economy = Werk en lokale economie
theme-work-economy-question = Is er goed werk en opleiding in de buurt?
theme-housing-community = Wonen
theme-housing-community-question = Is er hier goede woonruimte voor verschillende mensen?
theme-social-contact = Sociaal contact
theme-social-contact-question = Zijn er genoeg plekken om mensen te ontmoeten?
theme-identity-belonging = Thuis voelen
theme-identity-belonging-question = Voelt deze buurt als thuis, waar ik bij hoor?
theme-feeling-safe = Veilig voelen
theme-feeling-safe-question = Voel ik me hier veilig?
theme-care-maintenance = Onderhoud
theme-care-maintenance-question = Worden gebouwen en openbare plekken goed onderhouden?
theme-influence-control = Inspraak
theme-influence-control-question = Heb ik het gevoel dat ik mee kan beslissen over mijn buurt?
feedback-goes-to = Je mening gaat anoniem naar het buurtnetwerk ({ $host }). Geen naam, geen toestel.
feedback-send-yes = Ja, versturen
feedback-send-no = Alleen op dit toestel
thanks-ask-first = Je bericht is zonder je naam bewaard op dit toestel. Kies hieronder of het naar het buurtteam mag gaan.
thanks-no-receiver = Je bericht is zonder je naam bewaard op dit toestel. Het gaat niet vanzelf naar het buurtteam: zij zien het pas als ze de berichten van dit toestel ophalen. Wil je zeker zijn dat ze het weten? Zeg het aan het onthaal.
thanks-kept-here = Je bericht blijft op dit toestel en wordt niet verstuurd, zoals je koos. Het buurtteam ziet het dus niet. Je kunt dat veranderen bij Instellingen.
you-said-title = Jullie zeiden, wij deden
you-said = Jullie zeiden:
we-did = Wij deden:
