# Titles and short texts of the other routes.
page-in-progress = This page is still being built.
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
