# Titles and short texts of the other routes.
page-in-progress = Deze pagina is nog in opbouw.
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
