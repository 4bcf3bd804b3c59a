# Titles and short texts of the other routes.
offers-title = In the neighbourhood
offer-title = About this offer
ask-title = Where can I go?
feedback-title = Give your opinion
check-title = Neighbourhood check
staff-title = For staff
settings-title = Settings
settings-language = Language
not-found-title = This page does not exist
not-found-home = Go to the start page
catalogue-refused = New offer refused: the previous one stays in use
catalogue-problem = { $code ->
    [unreadable] File not readable
    [unsupported-schema] Unknown version
    [missing] Missing
    [duplicate] Appears twice
    [unknown-function] Unknown function
    [unknown-age] Unknown age
    [unknown-organization] Unknown organisation
    [unknown-offer] Unknown offer
    [disallowed-link] Link not allowed
    [bad-phone] Invalid phone number
    [bad-email] Invalid e-mail address
    [bad-hours] Invalid opening hours
    [bad-coordinates] Invalid coordinates
    [bad-date] Invalid date
    [bad-time] Invalid time
    [bad-language-tag] Invalid language code
    [no-dutch-text] Dutch text missing
   *[no-schedule] No hours or activity
}
ask-search-label = Search in your own words
ask-search = Search
ask-topics = Choose a topic
ask-all-topics = All topics
ask-results = Found
answer-go-here = You can go here:
ask-nothing = We found nothing. The front desk helps with any question.
ask-tell-us = Tell us what you looked for
share-open-on-phone = Open on my phone
share-qr = QR code of this page
share-qr-caption = Scan with your phone camera.

clear-title = Your data on this device
clear-what = This device keeps your favourites, your language and the offer list, so the app works without internet. Nothing of this is sent anywhere.
clear-button = Clear my data
clear-sure = Remove your favourites and your language choice from this device? The offer list stays, so the app keeps working without internet.
clear-unsent = { $count ->
    [one] 1 message you gave has not been sent to the neighbourhood team yet. It is anonymous.
   *[other] { $count } messages you gave have not been sent to the neighbourhood team yet. They are anonymous.
}
clear-keep-feedback = Keep my messages for the team
clear-delete-feedback = Delete my messages too
clear-confirm = Yes, clear
clear-cancel = Cancel
clear-failed = Clearing did not work. Nothing was changed; try again.
settings-neighbourhood = Neighbourhood
handover-title = Warm handover
handover-question = The question
handover-next = They will help you here
handover-no-offer = First choose a service for the handover.
handover-make = Handover card
