# The offer: list, filters, cards and the page of one offer.
offers-results = { $count ->
    [0] هیڅ ونه موندل شول
    [one] { $count } خدمت
   *[other] { $count } خدمتونه
}
offers-none = هیڅ خدمت له دې انتخاب سره سم نه دی. استقبالیه ستاسو سره مرسته کوي.
offers-loading = خدمتونه راځي…
offers-unavailable = خدمتونه لا په دې وسیله کې نشته. یو ځل له انټرنټ سره وصل شئ.
offers-refused = نوي خدمتونه رد شول: { $count } تېروتنې. پخواني خدمتونه پاتې کېږي.
offers-clear-filters = ټول وښایاست
filter-label = وټاکئ
filter-function = ډول
filter-age = عمر
filter-cost = بیه
filter-when = کله
filter-more = نور
age-0-3 = 0 تر 3 کلونو
age-3-6 = 3 تر 6 کلونو
age-6-12 = 6 تر 12 کلونو
age-parents = مور او پلار
cost-free = وړیا
cost-uitpas = د UiTPAS تخفیف
when-now = اوس خلاص دی
when-today = نن
walk-in = بې له وخت اخیستلو
speaks-my-language = زما په ژبه خبرې کوي
favourite-add = خوندي کړئ
favourite-remove = خوندي شو
favourites-title = زما خوندي شوي خدمتونه
favourites-none = تاسو لا هیڅ نه دي خوندي کړي. د یو خدمت پر زړه لاس ووهئ.
nav-favourites = خوندي شوي
when-open-until = اوس تر { $time } پورې خلاص دی
when-opens-today = نن په { $time } خلاصېږي
when-opens-tomorrow = سبا په { $time } خلاصېږي
when-opens-weekday = { $weekday } په { $time } خلاصېږي
when-opens-date = { $date } نېټه په { $time } خلاصېږي
when-closed = اوس مهال بند دی
weekday = { $day ->
    [mo] دوشنبه
    [tu] سه شنبه
    [we] چهارشنبه
    [th] پنجشنبه
    [fr] جمعه
    [sa] شنبه
   *[su] یکشنبه
}
activity-weekly = هره { $weekday }، له { $start } تر { $end }
activity-monthly = د میاشتې { $week ->
    [1] لومړۍ
    [2] دویمه
    [3] درېیمه
    [4] څلورمه
   *[last] وروستۍ
} { $weekday }، له { $start } تر { $end }
offer-not-found = دا خدمت نشته (یا نور نشته).
offer-where = چېرته
offer-open-map = په نقشه کې یې وګورئ
offer-when = کله
offer-cost = بیه
offer-price-income = بیه د عاید له مخې
offer-languages = ژبې
offer-interpreter = ژباړونکی کېدای شي
offer-for-whom = د چا لپاره
offer-pram = له ماشوم ګاډي سره
offer-wheelchair = له ویلچیر سره
offer-bring = له ځان سره راوړئ
offer-contact = اړیکه
offer-call = زنګ ووهئ
offer-whatsapp = WhatsApp
offer-email = ایمیل
offer-website = وېبسایټ
offer-add-to-calendar = زما کلیز ته
offer-by = د { $organization } له خوا
offer-appointment = د وخت په اخیستلو
offer-walk-in-or-appointment = بې وخته یا د وخت په اخیستلو
front-desk-title = استقبالیه: د هرې پوښتنې لپاره
map-title = نقشه
map-list = ټول ځایونه
agenda-title = دا اونۍ
agenda-none = هیڅ فعالیت نشته
offers-views = کتل
offers-show-more = نور وښایاست
