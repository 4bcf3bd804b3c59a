# Titles and short texts of the other routes.
offers-title = خدمات در محله
offer-title = درباره این خدمت
ask-title = کجا می‌توانم بروم؟
feedback-title = نظر خود را بگویید
check-title = بررسی محله
staff-title = برای کارکنان
settings-title = تنظیمات
settings-language = زبان
not-found-title = این صفحه وجود ندارد
not-found-home = رفتن به صفحه اول
catalogue-refused = خدمات جدید قبول نشد: خدمات قبلی استفاده می‌شود
catalogue-problem = { $code ->
    [unreadable] فایل خوانده نمی‌شود
    [unsupported-schema] نسخه ناشناخته
    [missing] موجود نیست
    [duplicate] دو بار آمده است
    [unknown-function] نوع خدمت ناشناخته
    [unknown-age] سن ناشناخته
    [unknown-organization] سازمان ناشناخته
    [unknown-offer] خدمت ناشناخته
    [disallowed-link] لینک مجاز نیست
    [bad-phone] شماره تلفن نادرست
    [bad-email] آدرس ایمیل نادرست
    [bad-hours] ساعت کاری نادرست
    [bad-coordinates] مختصات نادرست
    [bad-date] تاریخ نادرست
    [bad-time] ساعت نادرست
    [bad-language-tag] کد زبان نادرست
    [no-dutch-text] متن هلندی نیست
   *[no-schedule] ساعت یا فعالیتی نیست
}
ask-search-label = با کلمات خودتان جستجو کنید
ask-search = جستجو
ask-topics = یک موضوع انتخاب کنید
ask-all-topics = همه موضوع‌ها
ask-results = پیدا شد
answer-go-here = اینجا می‌توانید بروید:
ask-nothing = چیزی پیدا نکردیم. بخش پذیرش برای هر سوالی به شما کمک می‌کند.
ask-tell-us = بگویید دنبال چه بودید
share-open-on-phone = باز کردن در موبایلم
share-qr = کد QR این صفحه
share-qr-caption = با دوربین موبایل خود اسکن کنید.

clear-title = اطلاعات شما روی این دستگاه
clear-what = این دستگاه خدمات ذخیره‌شده، زبان شما و فهرست خدمات را نگه می‌دارد تا برنامه بدون اینترنت هم کار کند. هیچ‌کدام از این‌ها به جایی فرستاده نمی‌شود.
clear-button = پاک کردن اطلاعات من
clear-sure = علاقه‌مندی‌ها و زبان انتخابی از این دستگاه پاک شود؟ فهرست خدمات می‌ماند تا برنامه بدون اینترنت هم کار کند.
clear-unsent = { $count ->
    [one] { $count } پیام شما هنوز به تیم محله فرستاده نشده است. این پیام بی‌نام است.
   *[other] { $count } پیام شما هنوز به تیم محله فرستاده نشده است. این پیام‌ها بی‌نام هستند.
}
clear-keep-feedback = پیام‌های من برای تیم بماند
clear-delete-feedback = پیام‌های من هم پاک شود
clear-confirm = بله، پاک شود
clear-cancel = لغو
clear-failed = پاک کردن انجام نشد. چیزی تغییر نکرد؛ دوباره امتحان کنید.
settings-neighbourhood = محله
handover-title = معرفی مستقیم
handover-question = پرسش
handover-next = اینجا به شما کمک می‌کنند
handover-no-offer = اول یک خدمت را برای معرفی انتخاب کنید.
handover-make = کارت معرفی
