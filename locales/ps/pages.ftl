# Titles and short texts of the other routes.
offers-title = په سیمه کې خدمتونه
offer-title = د دې خدمت په اړه
ask-title = چېرته تللی شم؟
feedback-title = خپل نظر ووایاست
check-title = د سیمې کتنه
staff-title = د کارکوونکو لپاره
settings-title = تنظیمات
settings-language = ژبه
not-found-title = دا پاڼه نشته
not-found-home = لومړۍ پاڼې ته
catalogue-refused = نوي خدمتونه رد شول: پخواني لا کارېږي
catalogue-problem = { $code ->
    [unreadable] فایل نه لوستل کېږي
    [unsupported-schema] نامعلومه نسخه
    [missing] نشته
    [duplicate] دوه ځله راغلی
    [unknown-function] نامعلوم ډول
    [unknown-age] نامعلوم عمر
    [unknown-organization] نامعلوم سازمان
    [unknown-offer] نامعلوم خدمت
    [disallowed-link] لینک ته اجازه نشته
    [bad-phone] ناسمه تلیفون شمېره
    [bad-email] ناسم ایمیل
    [bad-hours] ناسم کاري ساعتونه
    [bad-coordinates] ناسم مختصات
    [bad-date] ناسمه نېټه
    [bad-time] ناسم وخت
    [bad-language-tag] د ژبې ناسم کوډ
    [no-dutch-text] هالنډي متن نشته
   *[no-schedule] نه ساعتونه شته نه فعالیت
}
ask-search-label = په خپلو خبرو یې ولټوئ
ask-search = لټون
ask-topics = یوه موضوع وټاکئ
ask-all-topics = ټولې موضوعګانې
ask-results = وموندل شول
answer-go-here = دلته ورتلای شئ:
ask-nothing = موږ هیڅ ونه موندل. استقبالیه په هره پوښتنه کې ستاسو سره مرسته کوي.
ask-tell-us = ووایاست چې څه مو لټول
share-open-on-phone = زما په موبایل کې یې خلاص کړئ
share-qr = د دې پاڼې QR کوډ
share-qr-caption = د خپل موبایل په کمرې یې سکن کړئ.

clear-title = ستاسو معلومات په دې وسیله کې
clear-what = دا وسیله ستاسو خوندي شوي خدمتونه، ستاسو ژبه او د خدمتونو لېست ساتي، ترڅو اپ بې له انټرنټه هم کار وکړي. له دې هیڅ شی چېرته نه لېږل کېږي.
clear-button = زما معلومات پاک کړئ
clear-sure = ستاسو خوښې او د ژبې انتخاب له دې وسیلې پاک شي؟ د خدمتونو لېست پاتې کېږي، نو اپ پرته له انټرنټه کار کوي.
clear-unsent = { $count ->
    [one] ستاسو { $count } پیغام لا د سیمې ټیم ته نه دی لېږل شوی. بې نومه دی.
   *[other] ستاسو { $count } پیغامونه لا د سیمې ټیم ته نه دي لېږل شوي. بې نومه دي.
}
clear-keep-feedback = زما پیغامونه د ټیم لپاره وساتئ
clear-delete-feedback = زما پیغامونه هم پاک کړئ
clear-confirm = هو، پاک یې کړئ
clear-cancel = لغوه
clear-failed = پاکول ونه شول. هیڅ بدلون نه دی راغلی؛ بیا هڅه وکړئ.
settings-neighbourhood = سیمه
handover-title = مستقیم لېږد
handover-question = پوښتنه
handover-next = دلته به ستاسو سره مرسته وکړي
handover-no-offer = لومړی د لېږد لپاره یو خدمت وټاکئ.
handover-make = د لېږد کارت
