## Staff pages: PIN, feedback dashboard, export, sending.

staff-pin-choose = یک رمز برای کارکنان انتخاب کنید
staff-pin-choose-hint = رمز از نظرهای ثبت‌شده روی این دستگاه محافظت می‌کند. فقط یک هش نمک‌دار (salted hash) ذخیره می‌شود. 6 تا 12 رقم استفاده کنید و رمز را نزد تیم نگه دارید.
staff-pin-new = رمز جدید
staff-pin-repeat = همان رمز دوباره
staff-pin-save = ذخیره رمز
staff-pin-enter = رمز کارکنان
staff-pin-wrong = این رمز درست نیست.
staff-pin-wait = رمز چند بار اشتباه وارد شد. { $seconds } s صبر کنید و دوباره امتحان کنید.
staff-pin-not-saved = رمز روی این دستگاه ذخیره نشد.
staff-pin-problem-too-short = 6 تا 12 رقم استفاده کنید.
staff-pin-problem-not-digits = فقط از رقم‌های 0–9 استفاده کنید.
staff-pin-problem-mismatch = دو رمز یکی نیستند.
staff-setup-code = کد راه‌اندازی شبکه
staff-setup-hint = دستگاه جدید را فقط با کد راه‌اندازی‌ای که هماهنگ‌کننده شبکه به شما می‌دهد می‌توان راه‌اندازی کرد. بعد رمز این دستگاه را انتخاب می‌کنید.
staff-setup-wrong = این کد راه‌اندازی درست نیست.
staff-setup-missing = هنوز نمی‌توان این دستگاه را راه‌اندازی کرد: کد راه‌اندازی شبکه پیدا نشد. به اینترنت وصل شوید، یا از هماهنگ‌کننده شبکه بپرسید.
staff-setup-sample = این کد راه‌اندازی نمونه در مستندات است. پیش از استفاده واقعی، کد راه‌اندازی خودتان را منتشر کنید.
staff-unlock = باز کردن
staff-lock = قفل کردن

staff-outbox = نظرها روی این دستگاه
staff-waiting = { $count ->
    [one] { $count } مورد منتظر فرستادن یا خروجی گرفتن است
   *[other] { $count } مورد منتظر فرستادن یا خروجی گرفتن است
}
staff-outbox-unreadable = نظرهای روی این دستگاه الان خوانده نمی‌شود. چیزی پاک نشده است.
staff-set-aside = { $count ->
    [one] { $count } مورد را سرور نپذیرفت یا خوانده نشد. کنار گذاشته شد تا بقیه ادامه پیدا کنند، و دوباره فرستاده نمی‌شود.
   *[other] { $count } مورد را سرور نپذیرفت یا خوانده نشدند. کنار گذاشته شدند تا بقیه ادامه پیدا کنند، و دوباره فرستاده نمی‌شوند.
}
staff-set-aside-download = دانلود موارد کنارگذاشته‌شده
staff-set-aside-delete = پاک کردن موارد کنارگذاشته‌شده
staff-set-aside-confirm = بله، برای همیشه پاک شود
staff-period = دوره
staff-from = از
staff-to = تا
staff-kind-rating = امتیازها
staff-kind-signal = گزارش‌ها
staff-kind-missing = جستجوهای بی‌نتیجه
staff-kind-check = بررسی‌های محله
staff-ratings = امتیاز هر خدمت
staff-offer = خدمت
staff-count = تعداد
staff-average-3 = میانگین (1–3)
staff-average-7 = میانگین (1–7)
staff-checks = بررسی‌های محله
staff-check-count = { $count ->
    [one] { $count } بررسی
   *[other] { $count } بررسی
}
staff-compass-label = قطب‌نمای همه بررسی‌های این دوره: هرچه بیرون‌تر، بهتر. جدول زیر همین مقدارها را دارد.
staff-themes-caption = میانگین هر موضوع (جواب‌های کودکان به 1–7 تبدیل شده است)
staff-messages = گزارش‌ها و نوشته‌ها
staff-nothing-yet = هنوز در این دوره چیزی نیست.
staff-more-in-export = { $count } مورد دیگر در فایل خروجی.
staff-export = خروجی گرفتن
staff-export-hint = همه موارد این دوره. CSV در برنامه‌های جدول (spreadsheet) باز می‌شود (عربی هم)؛ JSON برای سیستم‌های دیگر است.
staff-export-csv = دانلود CSV
staff-export-json = دانلود JSON

sync-title = فرستادن به سرور
sync-hint = اجباری نیست. موارد در بسته‌ها فرستاده می‌شوند و فقط وقتی از این دستگاه پاک می‌شوند که سرور دریافت آن‌ها را تأیید کند.
sync-endpoint = آدرس سرور
sync-endpoint-not-https = آدرس باید با https:// شروع شود (http فقط برای خود این دستگاه).
sync-endpoint-spaces = آدرس نباید فاصله داشته باشد.
sync-pin = رمز تیم (برای تغییر آدرس لازم است)
sync-save = ذخیره آدرس
sync-send-now = همین حالا بفرستید
sync-sending = در حال فرستادن…
sync-last-sent = آخرین ارسال: { $time } ({ $count } مورد)
sync-failed-network = سرور در دسترس نیست. بعداً دوباره امتحان می‌شود.
sync-failed-status = سرور با خطا جواب داد. بعداً دوباره امتحان می‌شود.
sync-failed-garbage = جواب سرور مفهوم نبود. چیزی پاک نشد. بعداً دوباره امتحان می‌شود.
sync-failed-device = نظرهای روی این دستگاه به‌روز نشد. چیزی پاک نشد. بعداً دوباره امتحان می‌شود.
sync-retry-in = تلاش بعدی تا { $seconds } ثانیه دیگر.

kiosk-title = حالت کیوسک (تبلت مشترک)
kiosk-hint = برای تبلت در اتاق انتظار. اگر مدتی کسی صفحه را لمس نکند، 10 ثانیه شمارش معکوس می‌آید؛ بعد همه چیزِ خانواده قبلی پاک می‌شود (زبان، خدمات ذخیره‌شده، جستجوها، متن فرستاده‌نشده) و صفحه «برای شروع لمس کنید» نشان داده می‌شود. نظرهای فرستاده‌شده می‌ماند. خروج از حالت کیوسک فقط با همین رمز ممکن است.
kiosk-on = حالت کیوسک روشن
kiosk-idle = ثانیه‌های بدون لمس پیش از شمارش معکوس (5–3600)
kiosk-language = زبان شروع برای هر خانواده
kiosk-save = ذخیره تنظیمات کیوسک
kiosk-saved = تنظیمات کیوسک ذخیره شد.
kiosk-not-saved = تنظیمات کیوسک روی این دستگاه ذخیره نشد.

## Importing and exporting the offer
import-title = وارد کردن خدمات
import-hint = یک فایل CSV مطابق نمونه، یک فایل HSDS 3 (JSON) یا یک خروجی قبلی. تا وقتی خطا هست، چیزی تغییر نمی‌کند.
import-file = انتخاب فایل
import-reading = در حال خواندن فایل…
import-errors = { $count ->
    [one] { $count } خطا. چیزی تغییر نکرد.
   *[other] { $count } خطا. چیزی تغییر نکرد.
}
import-in-file = فایل
import-row = ردیف { $row }
import-where = کجا
import-column = ستون
import-what = مشکل
import-value = مقدار
import-problem = { $code ->
    [empty] فایل خالی
    [too-large] فایل خیلی بزرگ است (حداکثر 8 MB)
    [binary] فایل متنی نیست (UTF-8)
    [unbalanced-quotes] علامت نقل‌قول بسته نشده
    [column-count] تعداد ستون‌ها نادرست
    [unknown-column] ستون ناشناخته
    [missing-column] ستون یا فیلد موجود نیست
    [wrong-type] نوع مقدار نادرست
    [unsupported-version] نسخه ناشناخته
    [wrong-language] ستون سوم کد زبان نیست (یا هلندی است)
    [unknown-key] کلید ناشناخته: این متن وجود ندارد (یا دیگر وجود ندارد)
    [duplicate-key] یک کلید دو بار آمده است
    [source-changed] متن هلندی در این مدت تغییر کرده است: یک برگه ترجمه جدید دانلود کنید
   *[unreadable] فایل خوانده نمی‌شود
}
import-ok = { $offers } خدمت از { $organizations } سازمان، بدون خطا.
import-preview = دیدن در برنامه
import-apply = اعمال
import-apply-sure = خدمات این دستگاه با این فایل عوض شود؟
import-apply-confirm = بله، عوض شود
import-cancel = لغو
import-applied = خدمات جدید روی این دستگاه استفاده می‌شود. خروجی JSON را منتشر کنید تا روی همه دستگاه‌ها بیاید.
import-failed = ذخیره نشد. چیزی تغییر نکرد.
export-title = خروجی گرفتن از خدمات
export-json = JSON برای برنامه
export-csv = CSV
export-hsds = HSDS 3 (JSON)
export-template = نمونه CSV

## Every device's feedback, from the network's receiver
staff-source = کدام نظرها
staff-source-device = این دستگاه
staff-source-network = همه دستگاه‌ها
staff-network-no-endpoint = این محله سرور ندارد. در پایین یک سرور تنظیم کنید، یا از هر دستگاه جداگانه خروجی بگیرید.
staff-token = کلید سرور
staff-network-fetch = دریافت
staff-network-failed = { $code ->
    [unauthorized] سرور این کلید را نمی‌پذیرد.
   *[failed] دریافت نشد. بعداً دوباره امتحان کنید.
}
staff-network-from = آمار همه دستگاه‌ها (زمان دریافت: { $time }).
staff-network-offline = اتصال برقرار نیست: این‌ها آخرین آمار دریافت‌شده است.

## Translations of the offer and the questions
translations-title = ترجمه‌ها
translations-hint = چه مقدار از خدمات و پرسش‌ها به هر زبان نوشته شده است. یک برگه ترجمه (CSV) برای مترجم دانلود کنید: یک ردیف برای هر متن، متن هلندی کنار آن. سپس برگه پرشده را اینجا بارگذاری کنید.
translations-language = زبان
translations-offer = خدمات
translations-questions = پرسش‌ها
translations-sheet = برگه ترجمه
translations-percent = { $percent }%
translations-loading = در حال بارگیری همه زبان‌ها…
translations-import = بارگذاری برگه ترجمه پرشده
translations-ok = { $count } متن به { $language }، بدون خطا.
translations-apply = افزودن به خدمات این دستگاه
translations-applied = ترجمه در خدمات این دستگاه قرار گرفت. دو فایل را کنار catalogue.json روی وب‌سایت بگذارید تا روی همه دستگاه‌ها بیاید.
translations-publish = فایل‌ها برای انتشار
