# Shared across every page: header, navigation, language picker.
app-name = Buurtwijzer
skip-to-content = Skip to content
nav-label = Main menu
nav-home = Home
nav-offers = Offer
nav-ask = Question
nav-feedback = Feedback
nav-settings = Settings
language-picker = Language
language-picker-title = Choose your language
close = Close
storage-unavailable = This device keeps nothing: your choices are gone when you close the page.
