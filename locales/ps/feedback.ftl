## Feedback from families: ratings, "something missing or wrong?", the neighbourhood check.

feedback-missing-or-wrong = څه کم دي یا سم نه دي؟
feedback-about = په اړه:
feedback-topic = د څه په اړه ده؟
feedback-words = په خپلو خبرو یې ووایاست (په هره ژبه)
feedback-empty = لومړی یو انځور وټاکئ یا څه ولیکئ.
feedback-send = ولېږئ
feedback-another = بل څه ووایاست
feedback-say-more = نور ووایاست
feedback-held = دې وسیلې ستاسو پیغام خوندي نه کړای شو. تر هغه چې اپ خلاص وي، موږ یې ساتو او بیا هڅه کوو. مهرباني وکړئ اپ یو څه نور خلاص پرېږدئ.
text-counter = { $count } / { $max } توري

topic-missing-offer = هغه څه نشته چې زه یې اړتیا لرم
topic-wrong-info = معلومات سم نه دي
topic-neighbourhood = په سیمه کې یو څه
topic-app = اپ ښه کار نه کوي
topic-other = بل څه

thanks-title = مننه!
thanks-what-happens = ستاسو پیغام ستاسو له نوم پرته په دې وسیله کې خوندي شو. د سیمې ټیم هر پیغام لولي او د خدمتونو د ښه کولو لپاره یې کاروي.

rate-title = څنګه و؟
rate-say-more = ووایاست ولې (که غواړئ)
rate-reasons = ولې؟
rate-words = نور څه؟ (که غواړئ)
face-sad = بد
face-neutral = منځنی
face-happy = ښه
reason-too-expensive = ډېر ګران
reason-too-far = ډېر لرې
reason-closed = کله چې راغلم، بند و
reason-language = په ژبه نه پوهېدم
reason-waited-long = ډېر انتظار مې وکړ
reason-friendly = مهربانه وو
reason-helped = له ما سره یې مرسته وکړه

check-question = زموږ سیمه څومره ښه ده؟
check-start = د سیمې کتنه پیل کړئ
check-who = څوک ځواب ورکوي؟
check-intro = دلته د ژوند په اړه 14 لنډې پوښتنې. که غواړئ، پوښتنې پرېږدئ. موږ ستاسو نوم نه پوښتو.
check-adult = لوی سړی یا ښځه
check-child = ماشوم (6 تر 12)
check-progress = پوښتنه { $step } له { $total }
check-back = شاته
check-skip = پرېږدئ
check-scale-low = 1 = ډېر ښه کېدو ته اړتیا لري
check-scale-high = 7 = لږ ښه کېدو ته اړتیا لري
check-your-compass = ستاسو ځوابونه
check-compass-label = ستاسو د ځوابونو قطب نما: هر څومره چې بهر وي، هومره ښه دي. لاندې جدول هماغه ځوابونه لري.
check-table-caption = ستاسو ځوابونه د هرې موضوع لپاره
check-theme = موضوع
check-answer = ځواب
check-skipped = پرېښودل شوې
check-score-of-7 = { $score } له 7
check-area = سیمه یا پوستي کوډ (که غواړئ)
check-area-hint = یوازې سیمه، نه ستاسو پته.
check-again = بیا پیل کړئ

theme-moving-around = تګ راتګ
theme-moving-around-question = ایا زه په خپله سیمه کې په اسانۍ سره پلی او په بایسکل ګرځېدای شم؟
theme-public-transport = عامه ترانسپورت
theme-public-transport-question = ایا عامه ترانسپورت زما له اړتیاوو سره برابر دی؟
theme-traffic-parking = ترافیک او پارکینګ
theme-traffic-parking-question = ایا هر څوک د ترافیک او ولاړو موټرو ترمنځ په خوندي ډول ګرځېدای شي؟
theme-streets-spaces = سړکونه او میدانونه
theme-streets-spaces-question = ایا ودانۍ، سړکونه او میدانونه دا ځای ښکلی او خوندور کوي؟
theme-natural-space = طبیعت
theme-natural-space-question = ایا زه ډېر ځله له پارکونو، ونو او اوبو خوند اخیستلی شم؟
theme-play-recreation = لوبې او وزګار وخت
theme-play-recreation-question = ایا ماشومان لوبې کولی شي، او ایا زه نږدې سپورټ او خپل شوقونه کولی شم؟
theme-facilities-amenities = اسانتیاوې
theme-facilities-amenities-question = ایا هغه دوکانونه، ښوونځي، ډاکټران او نور خدمتونه شته چې زه یې اړتیا لرم؟
theme-work-economy = کار او سیمه ییز اقتصاد
theme-work-economy-question = ایا نږدې ښه کار او زده کړه شته؟
theme-housing-community = استوګنه
theme-housing-community-question = ایا دلته د بېلابېلو خلکو لپاره ښه کورونه شته؟
theme-social-contact = ټولنیزې اړیکې
theme-social-contact-question = ایا له خلکو سره د لیدو لپاره کافي ځایونه شته؟
theme-identity-belonging = د کور احساس
theme-identity-belonging-question = ایا دا سیمه زما د کور په څېر ده، داسې ځای چې زه پکې ځان خپل احساسوم؟
theme-feeling-safe = د خوندیتوب احساس
theme-feeling-safe-question = ایا زه دلته ځان خوندي احساسوم؟
theme-care-maintenance = ساتنه
theme-care-maintenance-question = ایا ودانۍ او عامه ځایونه ښه ساتل کېږي؟
theme-influence-control = د نظر حق
theme-influence-control-question = ایا زه احساسوم چې د خپلې سیمې په پرېکړو کې برخه اخیستلی شم؟
feedback-goes-to = ستاسو نظر بې نومه د سیمې شبکې ({ $host }) ته لېږل کېږي. ستاسو نوم او د وسیلې معلومات نه لېږل کېږي.
feedback-send-yes = هو، ولېږئ
feedback-send-no = یوازې په دې وسیله کې
thanks-ask-first = ستاسو پیغام ستاسو له نوم پرته په دې وسیله کې خوندي شو. لاندې وټاکئ چې ایا د سیمې ټیم ته لېږل کېدای شي.
thanks-no-receiver = ستاسو پیغام ستاسو له نوم پرته په دې وسیله کې خوندي شو. پخپله د سیمې ټیم ته نه رسېږي: دوی یې یوازې هغه وخت ویني چې د دې وسیلې پیغامونه راټول کړي. غواړئ ډاډه شئ چې دوی خبر دي؟ پذیرش ته یې ووایاست.
thanks-kept-here = لکه څنګه چې تاسو وټاکل، ستاسو پیغام په دې وسیله کې پاتې کېږي او نه لېږل کېږي. نو د سیمې ټیم یې نه ویني. تاسو کولای شئ دا په تنظیماتو کې بدل کړئ.
you-said-title = تاسو وویل، موږ وکړل
you-said = تاسو وویل:
we-did = موږ وکړل:
