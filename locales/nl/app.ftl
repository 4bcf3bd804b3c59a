# Shared across every page: header, navigation, language picker.
app-name = Buurtwijzer
skip-to-content = Naar de inhoud
nav-label = Hoofdmenu
nav-home = Start
nav-offers = Aanbod
nav-ask = Vraag
nav-feedback = Mening
nav-settings = Instellingen
language-picker = Taal
language-picker-title = Kies je taal
close = Sluiten
storage-unavailable = Dit toestel bewaart niets: je keuzes verdwijnen als je de pagina sluit.
