## Staff pages: PIN, feedback dashboard, export, sending.

staff-pin-choose = د کارکوونکو لپاره پټ نمبر وټاکئ
staff-pin-choose-hint = پټ نمبر په دې وسیله کې نظرونه ساتي. یوازې مالګه لرونکی هش (salted hash) خوندي کېږي. له 6 تر 12 عددونه وکاروئ او له ټیم سره یې وساتئ.
staff-pin-new = نوی پټ نمبر
staff-pin-repeat = هماغه پټ نمبر بیا
staff-pin-save = پټ نمبر خوندي کړئ
staff-pin-enter = د کارکوونکو پټ نمبر
staff-pin-wrong = دا پټ نمبر سم نه دی.
staff-pin-wait = ډېر ځله غلط پټ نمبر. { $seconds } s انتظار وکړئ او بیا هڅه وکړئ.
staff-pin-not-saved = پټ نمبر په دې وسیله کې خوندي نه شو.
staff-pin-problem-too-short = له 6 تر 12 عددونه وکاروئ.
staff-pin-problem-not-digits = یوازې 0–9 عددونه وکاروئ.
staff-pin-problem-mismatch = دواړه پټ نمبرونه یو شان نه دي.
staff-setup-code = د شبکې د تنظیم کوډ
staff-setup-hint = نوې وسیله یوازې د هغه تنظیم کوډ په مرسته تنظیمېدای شي چې د شبکې همغږي کوونکی یې تاسو ته درکوي. بیا تاسو د دې وسیلې پټ نمبر ټاکئ.
staff-setup-wrong = دا تنظیم کوډ سم نه دی.
staff-setup-missing = دا وسیله لا نه شي تنظیمېدای: د شبکې تنظیم کوډ ونه موندل شو. له انټرنټ سره وصل شئ، یا د شبکې له همغږي کوونکي وپوښتئ.
staff-setup-sample = دا په اسنادو کې د بېلګې په توګه راغلی تنظیم کوډ دی. له اصلي کارونې مخکې خپل تنظیم کوډ خپور کړئ.
staff-unlock = خلاصول
staff-lock = قفلول

staff-outbox = په دې وسیله کې نظرونه
staff-waiting = { $count ->
    [one] { $count } ریکارډ د لېږلو یا صادرولو انتظار کوي
   *[other] { $count } ریکارډونه د لېږلو یا صادرولو انتظار کوي
}
staff-outbox-unreadable = په دې وسیله کې نظرونه اوس نه لوستل کېږي. هیڅ نه دي پاک شوي.
staff-set-aside = { $count ->
    [one] { $count } ریکارډ سرور رد کړ یا ونه لوستل شو. جلا کېښودل شو چې نور مخ ته لاړ شي، او بیا نه لېږل کېږي.
   *[other] { $count } ریکارډونه سرور رد کړل یا ونه لوستل شول. جلا کېښودل شول چې نور مخ ته لاړ شي، او بیا نه لېږل کېږي.
}
staff-set-aside-download = جلا شوي ریکارډونه ډاونلوډ
staff-set-aside-delete = جلا شوي ریکارډونه پاک کړئ
staff-set-aside-confirm = هو، د تل لپاره یې پاک کړئ
staff-period = موده
staff-from = له
staff-to = تر
staff-kind-rating = ارزونې
staff-kind-signal = راپورونه
staff-kind-missing = بې پایلې لټونونه
staff-kind-check = د سیمې کتنې
staff-ratings = د هر خدمت ارزونې
staff-offer = خدمت
staff-count = شمېر
staff-average-3 = اوسط (1–3)
staff-average-7 = اوسط (1–7)
staff-checks = د سیمې کتنې
staff-check-count = { $count ->
    [one] { $count } کتنه
   *[other] { $count } کتنې
}
staff-compass-label = په دې موده کې د ټولو کتنو قطب نما: هر څومره چې بهر وي، هومره ښه دي. لاندې جدول هماغه ارزښتونه لري.
staff-themes-caption = د هرې موضوع اوسط (د ماشومانو ځوابونه 1–7 ته اړول شوي)
staff-messages = راپورونه او لیکنې
staff-nothing-yet = په دې موده کې لا هیڅ نشته.
staff-more-in-export = نور { $count } په صادر شوي فایل کې.
staff-export = صادرول
staff-export-hint = د دې مودې ټول ریکارډونه. CSV د جدول (spreadsheet) په پروګرامونو کې خلاصېږي (عربي هم)؛ JSON د نورو سیستمونو لپاره دی.
staff-export-csv = CSV ډاونلوډ
staff-export-json = JSON ډاونلوډ

sync-title = سرور ته لېږل
sync-hint = اجباري نه ده. ریکارډونه په بنډلونو کې ځي او یوازې هغه وخت له دې وسیلې وځي چې سرور یې تایید کړي.
sync-endpoint = د سرور پته
sync-endpoint-not-https = پته باید په https:// پیل شي (http یوازې د همدې وسیلې لپاره).
sync-endpoint-spaces = په پته کې باید تش ځای نه وي.
sync-pin = د ټیم پټ نمبر (د پتې د بدلولو لپاره اړین دی)
sync-save = پته خوندي کړئ
sync-send-now = اوس یې ولېږئ
sync-sending = د لېږلو په حال کې…
sync-last-sent = وروستی ځل لېږل شوي: { $time } ({ $count } ریکارډونه)
sync-failed-network = سرور ته لاسرسی نشته. وروسته بیا هڅه کېږي.
sync-failed-status = سرور په تېروتنه ځواب ورکړ. وروسته بیا هڅه کېږي.
sync-failed-garbage = د سرور ځواب روښانه نه و. هیڅ نه دي پاک شوي. وروسته بیا هڅه کېږي.
sync-failed-device = په دې وسیله کې نظرونه نوي نه شول. هیڅ نه دي پاک شوي. وروسته بیا هڅه کېږي.
sync-retry-in = بله هڅه په { $seconds } ثانیو کې.

kiosk-title = کیوسک حالت (ګډ ټابلېټ)
kiosk-hint = د انتظار په خونه کې د ټابلېټ لپاره. که یو څه وخت څوک سکرین ته لاس ونه وهي، 10 ثانیې شمېرنه پیل کېږي؛ بیا د پخوانۍ کورنۍ هر څه پاکېږي (ژبه، خوندي شوي خدمتونه، لټونونه، نه لېږل شوی متن) او د «د پیل لپاره لاس ووهئ» سکرین ښکاري. لېږل شوي نظرونه پاتې کېږي. له کیوسک حالت څخه وتل یوازې په همدې پټ نمبر شونی دی.
kiosk-on = کیوسک حالت فعال
kiosk-idle = د شمېرنې تر پیل مخکې بې له لاس وهلو ثانیې (5–3600)
kiosk-language = د هرې کورنۍ لپاره د پیل ژبه
kiosk-save = د کیوسک تنظیمات خوندي کړئ
kiosk-saved = د کیوسک تنظیمات خوندي شول.
kiosk-not-saved = د کیوسک تنظیمات په دې وسیله کې خوندي نه شول.

## Importing and exporting the offer
import-title = د خدمتونو واردول
import-hint = د نمونې سره سم CSV فایل، HSDS 3 فایل (JSON) یا پخوانی صادر شوی فایل. تر هغه چې تېروتنې وي، هیڅ نه بدلېږي.
import-file = فایل وټاکئ
import-reading = فایل لوستل کېږي…
import-errors = { $count ->
    [one] { $count } تېروتنه. هیڅ بدلون نه دی راغلی.
   *[other] { $count } تېروتنې. هیڅ بدلون نه دی راغلی.
}
import-in-file = فایل
import-row = کرښه { $row }
import-where = چېرې
import-column = ستون
import-what = ستونزه
import-value = ارزښت
import-problem = { $code ->
    [empty] تش فایل
    [too-large] فایل ډېر لوی دی (تر 8 MB پورې)
    [binary] متني فایل نه دی (UTF-8)
    [unbalanced-quotes] د نقل قول نښه نه ده تړل شوې
    [column-count] د ستونونو شمېر ناسم دی
    [unknown-column] نامعلوم ستون
    [missing-column] ستون یا ساحه نشته
    [wrong-type] د ارزښت ناسم ډول
    [unsupported-version] نامعلومه نسخه
    [wrong-language] درېیم ستون د ژبې کوډ نه دی (یا هالنډي ده)
    [unknown-key] نامعلومه کیلي: دا متن نشته (یا نور نشته)
    [duplicate-key] یوه کیلي دوه ځله
    [source-changed] هالنډي متن په دې منځ کې بدل شوی: د ژباړې نوې پاڼه ډاونلوډ کړئ
   *[unreadable] فایل نه لوستل کېږي
}
import-ok = خدمتونه: { $offers }، سازمانونه: { $organizations }. تېروتنه نشته.
import-preview = په اپ کې یې وګورئ
import-apply = پلي کړئ
import-apply-sure = په دې وسیله کې خدمتونه په دې فایل بدل شي؟
import-apply-confirm = هو، بدل یې کړئ
import-cancel = لغوه
import-applied = نوي خدمتونه په دې وسیله کې کارېږي. د JSON صادر شوی فایل خپور کړئ ترڅو په هره وسیله کې راشي.
import-failed = خوندي کول ونه شول. هیڅ بدلون نه دی راغلی.
export-title = د خدمتونو صادرول
export-json = JSON د اپ لپاره
export-csv = CSV
export-hsds = HSDS 3 (JSON)
export-template = د CSV نمونه

## Every device's feedback, from the network's receiver
staff-source = کوم نظرونه
staff-source-device = دا وسیله
staff-source-network = ټولې وسیلې
staff-network-no-endpoint = دا سیمه سرور نه لري. لاندې یو سرور وټاکئ، یا له هرې وسیلې څخه جلا صادر کړئ.
staff-token = د سرور کیلي
staff-network-fetch = راوړل
staff-network-failed = { $code ->
    [unauthorized] سرور دا کیلي نه مني.
   *[failed] راوړل ونه شول. وروسته بیا هڅه وکړئ.
}
staff-network-from = د ټولو وسیلو شمېرې (د راوړلو وخت: { $time }).
staff-network-offline = اتصال نشته: دا وروستۍ راوړل شوې شمېرې دي.

## Translations of the offer and the questions
translations-title = ژباړې
translations-hint = د خدمتونو او پوښتنو څومره برخه په هره ژبه لیکل شوې ده. د ژباړونکي لپاره د ژباړې پاڼه (CSV) ډاونلوډ کړئ: د هر متن لپاره یوه کرښه، هالنډي متن یې تر څنګ. بیا ډکه شوې پاڼه دلته پورته کړئ.
translations-language = ژبه
translations-offer = خدمتونه
translations-questions = پوښتنې
translations-sheet = د ژباړې پاڼه
translations-percent = { $percent }%
translations-loading = ټولې ژبې راوړل کېږي…
translations-import = ډکه شوې د ژباړې پاڼه پورته کړئ
translations-ok = متنونه ({ $language }): { $count }. تېروتنه نشته.
translations-apply = په دې وسیله کې یې خدمتونو ته ور زیات کړئ
translations-applied = ژباړه اوس په دې وسیله کې په خدمتونو کې ده. دواړه فایلونه په وېبسایټ کې د catalogue.json تر څنګ کېږدئ ترڅو په هره وسیله کې راشي.
translations-publish = د خپرولو فایلونه
