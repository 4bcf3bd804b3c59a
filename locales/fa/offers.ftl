# The offer: list, filters, cards and the page of one offer.
offers-results = { $count ->
    [0] چیزی پیدا نشد
    [one] { $count } خدمت
   *[other] { $count } خدمت
}
offers-none = هیچ خدمتی مناسب این انتخاب نیست. بخش پذیرش به شما کمک می‌کند.
offers-loading = در حال آوردن خدمات…
offers-unavailable = خدمات هنوز روی این دستگاه نیست. یک بار به اینترنت وصل شوید.
offers-refused = خدمات جدید قبول نشد: { $count } خطا. خدمات قبلی می‌ماند.
offers-clear-filters = نمایش همه
filter-label = انتخاب
filter-function = نوع
filter-age = سن
filter-cost = قیمت
filter-when = چه وقت
filter-more = بیشتر
age-0-3 = 0 تا 3 سال
age-3-6 = 3 تا 6 سال
age-6-12 = 6 تا 12 سال
age-parents = والدین
cost-free = رایگان
cost-uitpas = تخفیف UiTPAS
when-now = الان باز است
when-today = امروز
walk-in = بدون وقت قبلی
speaks-my-language = به زبان من
favourite-add = ذخیره
favourite-remove = ذخیره شد
favourites-title = خدمات ذخیره‌شده من
favourites-none = هنوز چیزی ذخیره نکرده‌اید. قلبِ کنار یک خدمت را لمس کنید.
nav-favourites = ذخیره‌شده
when-open-until = الان باز است تا ساعت { $time }
when-opens-today = امروز ساعت { $time } باز می‌شود
when-opens-tomorrow = فردا ساعت { $time } باز می‌شود
when-opens-weekday = { $weekday } ساعت { $time } باز می‌شود
when-opens-date = { $date } ساعت { $time } باز می‌شود
when-closed = فعلاً بسته است
weekday = { $day ->
    [mo] دوشنبه
    [tu] سه‌شنبه
    [we] چهارشنبه
    [th] پنجشنبه
    [fr] جمعه
    [sa] شنبه
   *[su] یکشنبه
}
activity-weekly = هر { $weekday }، { $start } تا { $end }
activity-monthly = { $week ->
    [1] اولین
    [2] دومین
    [3] سومین
    [4] چهارمین
   *[last] آخرین
} { $weekday } ماه، { $start } تا { $end }
offer-not-found = این خدمت وجود ندارد (یا دیگر وجود ندارد).
offer-where = کجا
offer-open-map = باز کردن در نقشه
offer-when = چه وقت
offer-cost = قیمت
offer-price-income = قیمت بر اساس درآمد
offer-languages = زبان‌ها
offer-interpreter = مترجم ممکن است
offer-for-whom = برای چه کسی
offer-pram = با کالسکه کودک
offer-wheelchair = با ویلچر
offer-bring = با خود بیاورید
offer-contact = تماس
offer-call = زنگ بزنید
offer-whatsapp = WhatsApp
offer-email = ایمیل
offer-website = وب‌سایت
offer-add-to-calendar = به تقویم من
offer-by = از { $organization }
offer-appointment = با وقت قبلی
offer-walk-in-or-appointment = بدون وقت یا با وقت قبلی
front-desk-title = پذیرش: برای هر سوال
map-title = نقشه
map-list = همه جاها
agenda-title = این هفته
agenda-none = فعالیتی نیست
offers-views = نمایش
offers-show-more = نمایش بیشتر
