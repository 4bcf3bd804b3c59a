## Pagina's voor medewerkers: pincode, feedbackoverzicht, export, versturen.

staff-pin-choose = Kies een pincode voor medewerkers
staff-pin-choose-hint = De pincode beschermt de feedback op dit toestel. Alleen een gezouten hash wordt bewaard. Gebruik 6 tot 12 cijfers en bewaar hem bij het team.
staff-pin-new = Nieuwe pincode
staff-pin-repeat = Dezelfde pincode nog eens
staff-pin-save = Pincode bewaren
staff-pin-enter = Pincode medewerkers
staff-pin-wrong = Die pincode klopt niet.
staff-pin-wait = Te vaak een verkeerde pincode. Wacht { $seconds } s en probeer dan opnieuw.
staff-pin-not-saved = De pincode kon niet bewaard worden op dit toestel.
staff-pin-problem-too-short = Gebruik 6 tot 12 cijfers.
staff-pin-problem-not-digits = Gebruik alleen de cijfers 0–9.
staff-pin-problem-mismatch = De twee pincodes zijn niet gelijk.
staff-setup-code = Instelcode van het netwerk
staff-setup-hint = Een nieuw toestel instellen kan alleen met de instelcode die de coördinator van het netwerk je geeft. Daarna kies je de pincode van dit toestel.
staff-setup-wrong = Die instelcode klopt niet.
staff-setup-missing = Dit toestel kan nog niet ingesteld worden: er is geen instelcode van het netwerk gevonden. Maak verbinding met het internet of vraag het aan de coördinator van het netwerk.
staff-setup-sample = Dit is de voorbeeld-instelcode uit de documentatie. Publiceer een eigen instelcode voor echt gebruik.
staff-unlock = Openen
staff-lock = Vergrendelen

staff-outbox = Feedback op dit toestel
staff-waiting = { $count ->
    [one] 1 record wacht om verstuurd of geëxporteerd te worden
   *[other] { $count } records wachten om verstuurd of geëxporteerd te worden
}
staff-outbox-unreadable = De feedback op dit toestel kan nu niet gelezen worden. Er is niets gewist.
staff-set-aside = { $count ->
    [one] 1 record werd door de server geweigerd of kon niet gelezen worden. Het staat apart zodat de rest verder gaat, en wordt niet opnieuw verstuurd.
   *[other] { $count } records werden door de server geweigerd of konden niet gelezen worden. Ze staan apart zodat de rest verder gaat, en worden niet opnieuw verstuurd.
}
staff-set-aside-download = De apart gezette records downloaden
staff-set-aside-delete = De apart gezette records wissen
staff-set-aside-confirm = Ja, definitief wissen
staff-period = Periode
staff-from = Van
staff-to = Tot
staff-kind-rating = beoordelingen
staff-kind-signal = signalen
staff-kind-missing = zoekopdrachten zonder resultaat
staff-kind-check = buurtchecks
staff-ratings = Beoordelingen per aanbod
staff-offer = Aanbod
staff-count = Aantal
staff-average-3 = Gemiddelde (1–3)
staff-average-7 = Gemiddelde (1–7)
staff-checks = Buurtchecks
staff-check-count = { $count ->
    [one] 1 check
   *[other] { $count } checks
}
staff-compass-label = Kompas van alle checks in de periode: verder naar buiten is beter. De tabel eronder heeft dezelfde waarden.
staff-themes-caption = Gemiddelde per thema (antwoorden van kinderen omgerekend naar 1–7)
staff-messages = Signalen en woorden
staff-nothing-yet = Nog niets in deze periode.
staff-more-in-export = Nog { $count } in de export.
staff-export = Exporteren
staff-export-hint = Alle records van de periode. CSV opent in rekenbladprogramma's (ook Arabisch); JSON is voor andere systemen.
staff-export-csv = CSV downloaden
staff-export-json = JSON downloaden

sync-title = Versturen naar een server
sync-hint = Niet verplicht. Records gaan in pakketjes en verlaten dit toestel pas als de server ze bevestigd heeft.
sync-endpoint = Adres van de server
sync-endpoint-not-https = Het adres moet beginnen met https:// (http alleen voor dit toestel zelf).
sync-endpoint-spaces = Het adres mag geen spaties bevatten.
sync-pin = Pincode van het team (nodig om het adres te wijzigen)
sync-save = Adres bewaren
sync-send-now = Nu versturen
sync-sending = Bezig met versturen…
sync-last-sent = Laatst verstuurd: { $time } ({ $count } records)
sync-failed-network = De server is niet bereikbaar. Later opnieuw.
sync-failed-status = De server antwoordde met een fout. Later opnieuw.
sync-failed-garbage = Het antwoord van de server was onduidelijk. Er is niets gewist. Later opnieuw.
sync-failed-device = Dit toestel kon zijn outbox niet bijwerken. Er is niets gewist. Later opnieuw.
sync-retry-in = Volgende poging over { $seconds } seconden.

kiosk-title = Kioskmodus (gedeelde tablet)
kiosk-hint = Voor een tablet in een wachtzaal. Na een tijd zonder aanraking volgt een aftelling van 10 seconden; daarna wordt alles van het vorige gezin gewist (taal, favorieten, zoekopdrachten, niet-verstuurde tekst) en verschijnt een scherm "tik om te beginnen". Verstuurde feedback blijft. Kioskmodus verlaten kan alleen met deze pincode.
kiosk-on = Kioskmodus aan
kiosk-idle = Seconden zonder aanraking voor de aftelling (5–3600)
kiosk-language = Starttaal voor elk gezin
kiosk-save = Kioskinstellingen bewaren
kiosk-saved = Kioskinstellingen bewaard.
kiosk-not-saved = De kioskinstellingen konden niet bewaard worden op dit toestel.

## Importing and exporting the offer
import-title = Aanbod importeren
import-hint = Een CSV-bestand volgens het sjabloon, een HSDS 3-bestand (JSON) of een eerdere export. Zolang er fouten zijn, verandert er niets.
import-file = Kies een bestand
import-reading = Het bestand wordt gelezen…
import-errors = { $count ->
    [one] 1 fout. Er is niets veranderd.
   *[other] { $count } fouten. Er is niets veranderd.
}
import-in-file = Bestand
import-row = Rij { $row }
import-where = Waar
import-column = Kolom
import-what = Probleem
import-value = Waarde
import-problem = { $code ->
    [empty] Leeg bestand
    [too-large] Bestand te groot (max. 8 MB)
    [binary] Geen tekstbestand (UTF-8)
    [unbalanced-quotes] Aanhalingsteken niet gesloten
    [column-count] Verkeerd aantal kolommen
    [unknown-column] Onbekende kolom
    [missing-column] Kolom of veld ontbreekt
    [wrong-type] Verkeerde soort waarde
    [unsupported-version] Onbekende versie
    [wrong-language] Derde kolom is geen taalcode (of is Nederlands)
    [unknown-key] Onbekende sleutel: deze tekst bestaat niet (meer)
    [duplicate-key] Dezelfde sleutel twee keer
    [source-changed] Het Nederlands is intussen veranderd: download een nieuw vertaalblad
   *[unreadable] Bestand niet leesbaar
}
import-ok = { $offers } aanbod van { $organizations } organisaties, zonder fouten.
import-preview = Bekijk in de app
import-apply = Toepassen
import-apply-sure = Het aanbod op dit toestel vervangen door dit bestand?
import-apply-confirm = Ja, vervangen
import-cancel = Annuleren
import-applied = Het nieuwe aanbod is in gebruik op dit toestel. Publiceer de JSON-export om het op elk toestel te krijgen.
import-failed = Opslaan lukte niet. Er is niets veranderd.
export-title = Aanbod exporteren
export-json = JSON voor de app
export-csv = CSV
export-hsds = HSDS 3 (JSON)
export-template = CSV-sjabloon

## Every device's feedback, from the network's receiver
staff-source = Welke berichten
staff-source-device = Dit toestel
staff-source-network = Alle toestellen
staff-network-no-endpoint = Deze buurt heeft geen ontvanger. Stel er hieronder een in, of exporteer per toestel.
staff-token = Sleutel van de ontvanger
staff-network-fetch = Ophalen
staff-network-failed = { $code ->
    [unauthorized] De ontvanger aanvaardt deze sleutel niet.
   *[failed] Ophalen lukte niet. Probeer later opnieuw.
}
staff-network-from = Cijfers van alle toestellen, opgehaald op { $time }.
staff-network-offline = Geen verbinding: dit zijn de laatst opgehaalde cijfers.

## Translations of the offer and the questions
translations-title = Vertalingen
translations-hint = Hoeveel van het aanbod en de vragen in elke taal staat. Download een vertaalblad (CSV) voor een vertaler: één rij per tekst, het Nederlands ernaast. Lees het ingevulde blad daarna hier in.
translations-language = Taal
translations-offer = Aanbod
translations-questions = Vragen
translations-sheet = Vertaalblad
translations-percent = { $percent } %
translations-loading = Alle talen worden geladen…
translations-import = Ingevuld vertaalblad inlezen
translations-ok = { $count } teksten in { $language }, zonder fouten.
translations-apply = In het aanbod op dit toestel zetten
translations-applied = De vertaling staat in het aanbod op dit toestel. Zet de twee bestanden naast catalogue.json op de website om ze op elk toestel te krijgen.
translations-publish = Bestanden om te publiceren
