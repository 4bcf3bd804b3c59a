# The offer: list, filters, cards and the page of one offer.
offers-results = { $count ->
    [0] لم نجد شيئًا
    [zero] لم نجد شيئًا
    [one] خدمة واحدة
    [two] خدمتان
    [few] { $count } خدمات
    [many] { $count } خدمة
   *[other] { $count } خدمة
}
offers-none = لا توجد خدمة تناسب هذا الاختيار. موظفو الاستقبال يساعدونك.
offers-loading = جارٍ تحميل الخدمات…
offers-unavailable = الخدمات غير موجودة على هذا الجهاز بعد. اتصل بالإنترنت مرة واحدة.
offers-refused = رُفضت الخدمات الجديدة. عدد الأخطاء: { $count }. تبقى الخدمات السابقة.
offers-clear-filters = عرض الكل
filter-label = اختر
filter-function = النوع
filter-age = العمر
filter-cost = السعر
filter-when = متى
filter-more = المزيد
age-0-3 = من 0 إلى 3 سنوات
age-3-6 = من 3 إلى 6 سنوات
age-6-12 = من 6 إلى 12 سنة
age-parents = الوالدان
cost-free = مجاني
cost-uitpas = خصم UiTPAS
when-now = مفتوح الآن
when-today = اليوم
walk-in = بدون موعد
speaks-my-language = يتكلم لغتي
favourite-add = احفظ
favourite-remove = محفوظ
favourites-title = خدماتي المحفوظة
favourites-none = لم تحفظ شيئًا بعد. اضغط على القلب بجانب الخدمة.
nav-favourites = المحفوظات
when-open-until = مفتوح الآن حتى { $time }
when-opens-today = يفتح اليوم الساعة { $time }
when-opens-tomorrow = يفتح غدًا الساعة { $time }
when-opens-weekday = يفتح يوم { $weekday } الساعة { $time }
when-opens-date = يفتح في { $date } الساعة { $time }
when-closed = مغلق حاليًا
weekday = { $day ->
    [mo] الاثنين
    [tu] الثلاثاء
    [we] الأربعاء
    [th] الخميس
    [fr] الجمعة
    [sa] السبت
   *[su] الأحد
}
activity-weekly = كل يوم { $weekday }، { $start }–{ $end }
activity-monthly = يوم { $weekday } { $week ->
    [1] الأول
    [2] الثاني
    [3] الثالث
    [4] الرابع
   *[last] الأخير
} من الشهر، { $start }–{ $end }
offer-not-found = هذه الخدمة غير موجودة أو انتهت.
offer-where = أين
offer-open-map = افتح في الخريطة
offer-when = متى
offer-cost = السعر
offer-price-income = السعر حسب الدخل
offer-languages = اللغات
offer-interpreter = يمكن طلب مترجم
offer-for-whom = لمن
offer-pram = مناسب لعربة الأطفال
offer-wheelchair = مناسب للكرسي المتحرك
offer-bring = أحضر معك
offer-contact = التواصل
offer-call = اتصل
offer-whatsapp = واتساب
offer-email = البريد الإلكتروني
offer-website = الموقع
offer-add-to-calendar = أضف إلى تقويمي
offer-by = من { $organization }
offer-appointment = بموعد مسبق
offer-walk-in-or-appointment = بموعد أو بدون موعد
front-desk-title = الاستقبال: لكل سؤال
map-title = الخريطة
map-list = كل الأماكن
agenda-title = هذا الأسبوع
agenda-none = لا نشاط
offers-views = عرض
offers-show-more = عرض المزيد
