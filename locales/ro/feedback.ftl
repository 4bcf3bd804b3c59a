## Feedback from families: ratings, "something missing or wrong?", the neighbourhood check.

feedback-missing-or-wrong = Lipsește ceva sau ceva e greșit?
feedback-about = Despre:
feedback-topic = Despre ce este vorba?
feedback-words = Spuneți cu cuvintele dumneavoastră (în orice limbă)
feedback-empty = Alegeți mai întâi o imagine sau scrieți ceva.
feedback-send = Trimiteți
feedback-another = Spuneți altceva
feedback-say-more = Spuneți mai mult
feedback-held = Acest dispozitiv nu a putut păstra mesajul. Îl ținem cât timp aplicația este deschisă și încercăm din nou. Lăsați aplicația deschisă încă puțin.
text-counter = { $count } / { $max } caractere

topic-missing-offer = Lipsește ceva de care am nevoie
topic-wrong-info = Informația e greșită
topic-neighbourhood = Ceva în cartier
topic-app = Aplicația nu merge bine
topic-other = Altceva

thanks-title = Mulțumim!
thanks-what-happens = Mesajul a fost păstrat pe acest dispozitiv, fără numele dumneavoastră. Echipa din cartier citește fiecare mesaj și le folosește ca să îmbunătățească oferta.

rate-title = Cum a fost?
rate-say-more = Spuneți de ce (dacă doriți)
rate-reasons = De ce?
rate-words = Altceva? (dacă doriți)
face-sad = Rău
face-neutral = Așa și așa
face-happy = Bine
reason-too-expensive = Prea scump
reason-too-far = Prea departe
reason-closed = Închis când am venit
reason-language = Nu am înțeles limba
reason-waited-long = Am așteptat mult
reason-friendly = Oameni amabili
reason-helped = M-a ajutat

check-question = Cât de bun este cartierul nostru?
check-start = Începeți chestionarul
check-who = Cine răspunde?
check-intro = 14 întrebări scurte despre viața aici. Puteți sări peste orice întrebare. Nu vă cerem numele.
check-adult = Adult
check-child = Copil (6 până la 12 ani)
check-progress = Întrebarea { $step } din { $total }
check-back = Înapoi
check-skip = Săriți peste
check-scale-low = 1 = mult de îmbunătățit
check-scale-high = 7 = puțin de îmbunătățit
check-your-compass = Răspunsurile dumneavoastră
check-compass-label = Busola răspunsurilor dumneavoastră: cu cât mai departe de centru, cu atât mai bine. Tabelul de dedesubt are aceleași răspunsuri.
check-table-caption = Răspunsurile dumneavoastră pe teme
check-theme = Temă
check-answer = Răspuns
check-skipped = Sărit
check-score-of-7 = { $score } din 7
check-area = Cartier sau cod poștal (dacă doriți)
check-area-hint = Doar cartierul, nu adresa.
check-again = Începeți din nou

theme-moving-around = Deplasare
theme-moving-around-question = Pot merge ușor pe jos și cu bicicleta în cartierul meu?
theme-public-transport = Transport public
theme-public-transport-question = Transportul public se potrivește cu ce am nevoie?
theme-traffic-parking = Trafic și parcare
theme-traffic-parking-question = Poate toată lumea să circule în siguranță printre trafic și mașinile parcate?
theme-streets-spaces = Străzi și piețe
theme-streets-spaces-question = Clădirile, străzile și piețele fac plăcut locul acesta?
theme-natural-space = Natură
theme-natural-space-question = Mă pot bucura des de parcuri, copaci și apă?
theme-play-recreation = Joacă și timp liber
theme-play-recreation-question = Se pot juca copiii și pot face sport și hobby-uri aproape de casă?
theme-facilities-amenities = Servicii
theme-facilities-amenities-question = Există magazine, școli, medici și alte servicii de care am nevoie?
theme-work-economy = Muncă și economie locală
theme-work-economy-question = Există locuri de muncă bune și cursuri în apropiere?
theme-housing-community = Locuințe
theme-housing-community-question = Există aici locuințe bune pentru oameni diferiți?
theme-social-contact = Contact social
theme-social-contact-question = Sunt destule locuri unde să întâlnesc oameni?
theme-identity-belonging = Mă simt acasă
theme-identity-belonging-question = Simt cartierul acesta ca acasă, un loc căruia îi aparțin?
theme-feeling-safe = Mă simt în siguranță
theme-feeling-safe-question = Mă simt în siguranță aici?
theme-care-maintenance = Întreținere
theme-care-maintenance-question = Clădirile și locurile publice sunt bine întreținute?
theme-influence-control = Am un cuvânt de spus
theme-influence-control-question = Simt că pot participa la deciziile despre cartierul meu?
feedback-goes-to = Părerea dumneavoastră ajunge anonim la rețeaua din cartier ({ $host }). Fără nume, fără datele dispozitivului.
feedback-send-yes = Da, trimiteți
feedback-send-no = Doar pe acest dispozitiv
thanks-ask-first = Mesajul tău este salvat pe acest dispozitiv, fără numele tău. Alege mai jos dacă poate merge la echipa cartierului.
thanks-no-receiver = Mesajul tău este salvat pe acest dispozitiv, fără numele tău. Nu ajunge singur la echipa cartierului: ei îl văd doar când adună mesajele de pe acest dispozitiv. Vrei să fii sigur că află? Spune la recepție.
thanks-kept-here = Mesajul tău rămâne pe acest dispozitiv și nu este trimis, așa cum ai ales. Deci echipa cartierului nu îl vede. Poți schimba asta în Setări.
you-said-title = Voi ați spus, noi am făcut
you-said = Voi ați spus:
we-did = Noi am făcut:
