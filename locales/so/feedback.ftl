## Feedback from families: ratings, "something missing or wrong?", the neighbourhood check.

feedback-missing-or-wrong = Wax ma maqan yihiin mise wax baa khaldan?
feedback-about = Ku saabsan:
feedback-topic = Maxay ku saabsan tahay?
feedback-words = Ku sheeg erayadaada (luqad kasta)
feedback-empty = Marka hore dooro sawir ama wax qor.
feedback-send = Dir
feedback-another = Wax kale sheeg
feedback-say-more = Wax badan noo sheeg
feedback-held = Qalabkan ma kaydin karin fariintaada. Waan haynaynaa inta barnaamijku furan yahay, mar kalena waan isku dayaynaa. Barnaamijka wax yar furan u daa.
text-counter = { $count } / { $max } xaraf

topic-missing-offer = Wax aan u baahanahay ayaa maqan
topic-wrong-info = Macluumaadku waa khalad
topic-neighbourhood = Wax ku saabsan xaafadda
topic-app = Barnaamijku si fiican uma shaqeeyo
topic-other = Wax kale

thanks-title = Aad baad u mahadsan tahay!
thanks-what-happens = Fariintaada waxaa lagu kaydiyay qalabkan, magacaaga la'aan. Kooxda xaafaddu waxay akhriyaan fariin kasta, waxayna u isticmaalaan in adeegyada la hagaajiyo.

rate-title = Sidee ahayd?
rate-say-more = Sheeg sababta (haddii aad rabto)
rate-reasons = Waayo?
rate-words = Wax kale? (haddii aad rabto)
face-sad = Xun
face-neutral = Dhexdhexaad
face-happy = Fiican
reason-too-expensive = Aad u qaali ah
reason-too-far = Aad u fog
reason-closed = Xiran markii aan imid
reason-language = Luqadda ma fahmin
reason-waited-long = Muddo dheer ayaan sugay
reason-friendly = Dad wanaagsan
reason-helped = Way i caawisay

check-question = Xaafaddeennu sidee bay u wanaagsan tahay?
check-start = Bilow qiimeynta
check-who = Yaa jawaabaya?
check-intro = 14 su'aalood oo gaagaaban oo ku saabsan ku noolaanshaha halkan. Su'aal kasta waad ka boodi kartaa. Magacaaga kuma weydiinno.
check-adult = Qof weyn
check-child = Ilmo (6 ilaa 12)
check-progress = Su'aal { $step } / { $total }
check-back = Dib u noqo
check-skip = Ka bood
check-scale-low = 1 = wax badan baa u baahan hagaajin
check-scale-high = 7 = wax yar baa u baahan hagaajin
check-your-compass = Jawaabahaaga
check-compass-label = Sawirka jawaabahaaga: inta dibadda loo sii fogaado, waa ka wanaagsan tahay. Shaxda hoose waxay leedahay jawaabaha isku midka ah.
check-table-caption = Jawaabahaaga mawduuc kasta
check-theme = Mawduuc
check-answer = Jawaab
check-skipped = Laga booday
check-score-of-7 = { $score } / 7
check-area = Xaafad ama koodh boosto (haddii aad rabto)
check-area-hint = Xaafadda oo keliya, ma aha cinwaankaaga.
check-again = Dib u bilow

theme-moving-around = Isu socodka
theme-moving-around-question = Xaafaddayda ma si fudud baan ugu socon karaa ugana wadan karaa baaskiil?
theme-public-transport = Gaadiidka dadweynaha
theme-public-transport-question = Gaadiidka dadweynuhu ma ku habboon yahay waxaan u baahanahay?
theme-traffic-parking = Taraafikada iyo baarkinka
theme-traffic-parking-question = Qof walba ma si nabad ah ugu socon karaa gaadiidka iyo baabuurta la dhigay dhexdooda?
theme-streets-spaces = Waddooyinka iyo fagaarayaasha
theme-streets-spaces-question = Dhismayaasha, waddooyinka iyo fagaarayaashu ma ka dhigaan halkan meel lagu farxo?
theme-natural-space = Dabeecadda
theme-natural-space-question = Ma had iyo jeer ku raaxaysan karaa jardiinooyinka, geedaha iyo biyaha?
theme-play-recreation = Ciyaar iyo waqti firaaqo
theme-play-recreation-question = Carruurtu ma ciyaari karaan, aniguna ma ku samayn karaa isboorti iyo hiwaayado meel u dhow?
theme-facilities-amenities = Dukaamo iyo adeegyo
theme-facilities-amenities-question = Ma jiraan dukaamo, dugsiyo, dhakhaatiir iyo adeegyo kale oo aan u baahanahay?
theme-work-economy = Shaqo iyo dhaqaalaha deegaanka
theme-work-economy-question = Meel u dhow ma ka jiraan shaqo iyo tababar wanaagsan?
theme-housing-community = Guryaha
theme-housing-community-question = Halkan ma ka jiraan guryo wanaagsan oo loogu talagalay dad kala duwan?
theme-social-contact = Xiriirka bulshada
theme-social-contact-question = Ma jiraan meelo ku filan oo dadka lagula kulmo?
theme-identity-belonging = Dareen guri
theme-identity-belonging-question = Xaafaddan ma u dareemaa sida gurigayga, meel aan ka tirsanahay?
theme-feeling-safe = Nabadgelyo
theme-feeling-safe-question = Halkan ma ku dareemaa nabadgelyo?
theme-care-maintenance = Dayactirka
theme-care-maintenance-question = Dhismayaasha iyo meelaha dadweynaha si fiican ma loo dayactiraa?
theme-influence-control = Ka qaybgal go'aamada
theme-influence-control-question = Ma dareemaa inaan ka qayb qaadan karo go'aamada xaafaddayda?
feedback-goes-to = Ra'yigaaga waxaa loo diraa shabakadda xaafadda ({ $host }), adiga oo aan la aqoon. Magacaaga iyo xogta qalabkaaga lama diro.
feedback-send-yes = Haa, dir
feedback-send-no = Qalabkan oo keliya
thanks-ask-first = Fariintaada waxaa lagu kaydiyay qalabkan, magacaaga la'aan. Hoos ka dooro in loo diri karo kooxda xaafadda.
thanks-no-receiver = Fariintaada waxaa lagu kaydiyay qalabkan, magacaaga la'aan. Iskeed uma gaarto kooxda xaafadda: waxay arkaan oo keliya marka ay ururiyaan fariimaha qalabkan. Ma rabtaa inaad hubiso inay ogyihiin? U sheeg soo dhaweynta.
thanks-kept-here = Sidaad dooratay, fariintaadu waxay ku hartaa qalabkan lamana diro. Markaa kooxda xaafaddu ma arkaan. Waxaad tan ka beddeli kartaa Dejinta.
you-said-title = Idinku waad tidhaahdeen, annaguna waan samaynay
you-said = Waxaad tidhaahdeen:
we-did = Waxaan samaynay:
