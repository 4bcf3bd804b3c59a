## Feedback from families: ratings, "something missing or wrong?", the neighbourhood check.

feedback-missing-or-wrong = Something missing or wrong?
feedback-about = About:
feedback-topic = What is it about?
feedback-words = Tell us in your own words (any language)
feedback-empty = Choose a picture or write something first.
feedback-send = Send
feedback-another = Tell us something else
feedback-say-more = Tell us more
feedback-held = This phone could not store your message. We keep it while the app is open and keep trying. Please leave the app open for a moment.
text-counter = { $count } / { $max } characters

topic-missing-offer = Something I need is missing
topic-wrong-info = Information is wrong
topic-neighbourhood = Something in the neighbourhood
topic-app = The app does not work well
topic-other = Something else

thanks-title = Thank you!
thanks-what-happens = Your message is stored on this device without your name. The neighbourhood team reads every message and uses them to improve the offer.

rate-title = How was it?
rate-say-more = Tell us why (optional)
rate-reasons = Why?
rate-words = Anything else? (optional)
face-sad = Bad
face-neutral = So-so
face-happy = Good
reason-too-expensive = Too expensive
reason-too-far = Too far
reason-closed = Closed when I came
reason-language = I did not understand the language
reason-waited-long = I waited long
reason-friendly = Friendly
reason-helped = It helped me

check-question = How good is our neighbourhood?
check-start = Start the neighbourhood check
check-who = Who is answering?
check-intro = 14 short questions about living here. Skip any question you like. We do not ask your name.
check-adult = Adult
check-child = Child (6 to 12)
check-progress = Question { $step } of { $total }
check-back = Back
check-skip = Skip
check-scale-low = 1 = much to improve
check-scale-high = 7 = little to improve
check-your-compass = Your answers
check-compass-label = Compass of your answers: further out is better. The table below has the same answers.
check-table-caption = Your answers per theme
check-theme = Theme
check-answer = Answer
check-skipped = Skipped
check-score-of-7 = { $score } of 7
check-area = Neighbourhood or postcode (optional)
check-area-hint = Only the neighbourhood, not your address.
check-again = Start again

theme-moving-around = Moving around
theme-moving-around-question = Can I easily walk and cycle around my neighbourhood?
theme-public-transport = Public transport
theme-public-transport-question = Does public transport meet my needs?
theme-traffic-parking = Traffic and parking
theme-traffic-parking-question = Do traffic and parking allow people to move around safely?
theme-streets-spaces = Streets and spaces
theme-streets-spaces-question = Do buildings, streets and public spaces make it pleasant to be here?
theme-natural-space = Natural space
theme-natural-space-question = Can I regularly enjoy parks, trees and water?
theme-play-recreation = Play and recreation
theme-play-recreation-question = Can children play and can I do sport and hobbies nearby?
theme-facilities-amenities = Facilities and services
theme-facilities-amenities-question = Are there shops, schools, doctors and other services I need?
theme-work-economy = Work and local economy
theme-work-economy-question = Is there good work and training nearby?
theme-housing-community = Housing and community
theme-housing-community-question = Is there good housing for different people here?
theme-social-contact = Social contact
theme-social-contact-question = Is there a range of places to meet people?
theme-identity-belonging = Identity and belonging
theme-identity-belonging-question = Does this place feel like home, where I belong?
theme-feeling-safe = Feeling safe
theme-feeling-safe-question = Do I feel safe here?
theme-care-maintenance = Care and maintenance
theme-care-maintenance-question = Are buildings and spaces well cared for?
theme-influence-control = Influence and sense of control
theme-influence-control-question = Do I feel able to take part in decisions about my neighbourhood?
feedback-goes-to = Your feedback goes anonymously to the neighbourhood network ({ $host }). No name, no device.
feedback-send-yes = Yes, send
feedback-send-no = Only on this device
thanks-ask-first = Your message is saved on this device without your name. Choose below whether it may go to the neighbourhood team.
thanks-no-receiver = Your message is saved on this device without your name. It does not reach the neighbourhood team by itself: they only see it when they collect the messages from this device. Want to be sure they know? Tell the front desk.
thanks-kept-here = Your message stays on this device and is not sent, as you chose. So the neighbourhood team does not see it. You can change this in Settings.
you-said-title = You said, we did
you-said = You said:
we-did = We did:
