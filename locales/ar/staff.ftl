## Staff pages: PIN, feedback dashboard, export, sending.

staff-pin-choose = اختر رمزًا سريًا (PIN) للموظفين
staff-pin-choose-hint = يحمي الرمز السري الآراء المحفوظة على هذا الجهاز. لا يُحفظ إلا تجزيء (hash) مملّح. استعمل من 6 إلى 12 رقمًا واحتفظ به داخل الفريق.
staff-pin-new = الرمز السري الجديد
staff-pin-repeat = الرمز السري نفسه مرة أخرى
staff-pin-save = حفظ الرمز السري
staff-pin-enter = الرمز السري للموظفين
staff-pin-wrong = هذا الرمز السري غير صحيح.
staff-pin-wait = أُدخل رمز سري خاطئ مرات كثيرة. انتظر { $seconds } s ثم حاول مرة أخرى.
staff-pin-not-saved = تعذّر حفظ الرمز السري على هذا الجهاز.
staff-pin-problem-too-short = استعمل من 6 إلى 12 رقمًا.
staff-pin-problem-not-digits = استعمل الأرقام 0–9 فقط.
staff-pin-problem-mismatch = الرمزان غير متطابقين.
staff-setup-code = رمز الإعداد الخاص بالشبكة
staff-setup-hint = لا يمكن إعداد جهاز جديد إلا برمز الإعداد الذي يعطيك إياه منسّق الشبكة. بعد ذلك تختار الرمز السري لهذا الجهاز.
staff-setup-wrong = رمز الإعداد هذا غير صحيح.
staff-setup-missing = لا يمكن إعداد هذا الجهاز بعد: لم يُعثر على رمز إعداد الشبكة. اتصل بالإنترنت، أو اسأل منسّق الشبكة.
staff-setup-sample = هذا رمز الإعداد المذكور كمثال في الوثائق. انشر رمز إعداد خاصًا بك قبل الاستعمال الفعلي.
staff-unlock = فتح
staff-lock = قفل

staff-outbox = الآراء على هذا الجهاز
staff-waiting = { $count ->
    [zero] لا سجلات في انتظار الإرسال أو التصدير
    [one] سجل واحد في انتظار الإرسال أو التصدير
    [two] سجلان في انتظار الإرسال أو التصدير
    [few] { $count } سجلات في انتظار الإرسال أو التصدير
    [many] { $count } سجلًا في انتظار الإرسال أو التصدير
   *[other] { $count } سجل في انتظار الإرسال أو التصدير
}
staff-outbox-unreadable = لا يمكن قراءة الآراء على هذا الجهاز الآن. لم يُحذف شيء.
staff-set-aside = { $count ->
    [zero] { $count } سجلات رفضها الخادم أو تعذّرت قراءتها. وُضعت جانبًا كي يستمر إرسال السجلات الأخرى، ولن تُرسل مرة أخرى.
    [one] سجل واحد رفضه الخادم أو تعذّرت قراءته. وُضع جانبًا كي يستمر إرسال السجلات الأخرى، ولن يُرسل مرة أخرى.
    [two] { $count } سجلان رفضهما الخادم أو تعذّرت قراءتهما. وُضعا جانبًا كي يستمر إرسال السجلات الأخرى، ولن يُرسلا مرة أخرى.
    [few] { $count } سجلات رفضها الخادم أو تعذّرت قراءتها. وُضعت جانبًا كي يستمر إرسال السجلات الأخرى، ولن تُرسل مرة أخرى.
    [many] { $count } سجلًا رفضها الخادم أو تعذّرت قراءتها. وُضعت جانبًا كي يستمر إرسال السجلات الأخرى، ولن تُرسل مرة أخرى.
   *[other] { $count } سجل رفضها الخادم أو تعذّرت قراءتها. وُضعت جانبًا كي يستمر إرسال السجلات الأخرى، ولن تُرسل مرة أخرى.
}
staff-set-aside-download = تنزيل السجلات الموضوعة جانبًا
staff-set-aside-delete = حذف السجلات الموضوعة جانبًا
staff-set-aside-confirm = نعم، احذفها نهائيًا
staff-period = الفترة
staff-from = من
staff-to = إلى
staff-kind-rating = تقييمات الخدمات
staff-kind-signal = بلاغات
staff-kind-missing = عمليات بحث بدون نتيجة
staff-kind-check = تقييمات الحي
staff-ratings = التقييمات حسب الخدمة
staff-offer = الخدمة
staff-count = العدد
staff-average-3 = المعدل (1–3)
staff-average-7 = المعدل (1–7)
staff-checks = تقييمات الحي
staff-check-count = { $count ->
    [zero] لا تقييمات
    [one] تقييم واحد
    [two] تقييمان
    [few] { $count } تقييمات
    [many] { $count } تقييمًا
   *[other] { $count } تقييم
}
staff-compass-label = بوصلة كل تقييمات الحي في هذه الفترة: كلما ابتعدت عن المركز كان أفضل. الجدول أدناه فيه القيم نفسها.
staff-themes-caption = المعدل حسب الموضوع (إجابات الأطفال محوّلة إلى 1–7)
staff-messages = البلاغات والتعليقات
staff-nothing-yet = لا شيء بعد في هذه الفترة.
staff-more-in-export = المزيد في ملف التصدير: { $count }.
staff-export = تصدير
staff-export-hint = كل السجلات في هذه الفترة. يُفتح ملف CSV في برامج الجداول (مع العربية)؛ ملف JSON للأنظمة الأخرى.
staff-export-csv = تنزيل CSV
staff-export-json = تنزيل JSON

sync-title = إرسال إلى خادم
sync-hint = اختياري. تُرسل السجلات على دفعات، ولا تغادر هذا الجهاز إلا بعد أن يؤكد الخادم استلامها.
sync-endpoint = عنوان الخادم
sync-endpoint-not-https = يجب أن يبدأ العنوان بـ https:// (http فقط لهذا الجهاز نفسه).
sync-endpoint-spaces = لا يمكن أن يحتوي العنوان على مسافات.
sync-pin = الرمز السري للفريق (ضروري لتغيير العنوان)
sync-save = حفظ العنوان
sync-send-now = إرسال الآن
sync-sending = جارٍ الإرسال…
sync-last-sent = آخر إرسال: { $time } (عدد السجلات: { $count })
sync-failed-network = تعذّر الوصول إلى الخادم. سنحاول مرة أخرى لاحقًا.
sync-failed-status = ردّ الخادم بخطأ. سنحاول مرة أخرى لاحقًا.
sync-failed-garbage = لم نفهم ردّ الخادم. لم يُحذف شيء. سنحاول مرة أخرى لاحقًا.
sync-failed-device = تعذّر تحديث الآراء على هذا الجهاز. لم يُحذف شيء. سنحاول مرة أخرى لاحقًا.
sync-retry-in = { $seconds ->
    [one] المحاولة التالية بعد ثانية واحدة.
    [two] المحاولة التالية بعد ثانيتين.
    [few] المحاولة التالية بعد { $seconds } ثوانٍ.
   *[other] المحاولة التالية بعد { $seconds } ثانية.
}

kiosk-title = وضع الكشك (جهاز لوحي مشترك)
kiosk-hint = لجهاز لوحي في غرفة الانتظار. بعد فترة دون لمس، يبدأ عدّ تنازلي لمدة 10 ثوانٍ، ثم يُمسح كل ما تركته العائلة السابقة (اللغة، المفضلة، عمليات البحث، النص غير المرسل) وتظهر شاشة «المس للبدء». تبقى الآراء المرسلة. للخروج من وضع الكشك يلزم هذا الرمز السري.
kiosk-on = تشغيل وضع الكشك
kiosk-idle = عدد الثواني دون لمس قبل العدّ التنازلي (5–3600)
kiosk-language = لغة البدء لكل عائلة
kiosk-save = حفظ إعدادات الكشك
kiosk-saved = تم حفظ إعدادات الكشك.
kiosk-not-saved = تعذّر حفظ إعدادات الكشك على هذا الجهاز.

## Importing and exporting the offer
import-title = استيراد الخدمات
import-hint = ملف CSV حسب النموذج، أو ملف HSDS 3 (JSON)، أو ملف تصدير سابق. لا يتغير شيء ما دامت هناك أخطاء.
import-file = اختر ملفًا
import-reading = جارٍ قراءة الملف…
import-errors = { $count ->
    [zero] لا أخطاء. لم يتغير شيء.
    [one] خطأ واحد. لم يتغير شيء.
    [two] خطآن. لم يتغير شيء.
    [few] { $count } أخطاء. لم يتغير شيء.
    [many] { $count } خطأً. لم يتغير شيء.
   *[other] { $count } خطأ. لم يتغير شيء.
}
import-in-file = الملف
import-row = الصف { $row }
import-where = المكان
import-column = العمود
import-what = المشكلة
import-value = القيمة
import-problem = { $code ->
    [empty] ملف فارغ
    [too-large] الملف كبير جدًا (الحد الأقصى 8 MB)
    [binary] ليس ملفًا نصيًا (UTF-8)
    [unbalanced-quotes] علامة اقتباس غير مغلقة
    [column-count] عدد الأعمدة غير صحيح
    [unknown-column] عمود غير معروف
    [missing-column] عمود أو حقل ناقص
    [wrong-type] نوع القيمة غير صحيح
    [unsupported-version] إصدار غير معروف
    [wrong-language] العمود الثالث ليس رمز لغة (أو هو الهولندية)
    [unknown-key] مفتاح غير معروف: هذا النص غير موجود (أو لم يعد موجودًا)
    [duplicate-key] المفتاح نفسه مرتين
    [source-changed] تغيّر النص الهولندي منذ ذلك الحين: نزّل ورقة ترجمة جديدة
   *[unreadable] الملف غير مقروء
}
import-ok = الخدمات: { $offers }، الجهات: { $organizations }. لا أخطاء.
import-preview = عرض في التطبيق
import-apply = تطبيق
import-apply-sure = هل تريد استبدال الخدمات على هذا الجهاز بهذا الملف؟
import-apply-confirm = نعم، استبدل
import-cancel = إلغاء
import-applied = قائمة الخدمات الجديدة مستعملة الآن على هذا الجهاز. انشر ملف تصدير JSON لتصل إلى كل جهاز.
import-failed = تعذّر الحفظ. لم يتغير شيء.
export-title = تصدير الخدمات
export-json = JSON للتطبيق
export-csv = CSV
export-hsds = HSDS 3 (JSON)
export-template = نموذج CSV

## Every device's feedback, from the network's receiver
staff-source = أي آراء
staff-source-device = هذا الجهاز
staff-source-network = كل الأجهزة
staff-network-no-endpoint = لا يوجد خادم لهذا الحي. حدّد خادمًا أدناه، أو صدّر الآراء من كل جهاز على حدة.
staff-token = مفتاح الخادم
staff-network-fetch = جلب
staff-network-failed = { $code ->
    [unauthorized] الخادم لا يقبل هذا المفتاح.
   *[failed] تعذّر الجلب. حاول مرة أخرى لاحقًا.
}
staff-network-from = أرقام كل الأجهزة (وقت الجلب: { $time }).
staff-network-offline = لا يوجد اتصال: هذه آخر أرقام تم جلبها.

## Translations of the offer and the questions
translations-title = الترجمات
translations-hint = كم من الخدمات والأسئلة مكتوب بكل لغة. نزّل ورقة ترجمة (CSV) لمترجم: صف لكل نص، والنص الهولندي بجانبه. ثم افتح هنا الورقة بعد تعبئتها.
translations-language = اللغة
translations-offer = الخدمات
translations-questions = الأسئلة
translations-sheet = ورقة الترجمة
translations-percent = { $percent }%
translations-loading = جارٍ تحميل كل اللغات…
translations-import = فتح ورقة ترجمة معبّأة
translations-ok = النصوص ({ $language }): { $count }. لا أخطاء.
translations-apply = إضافة إلى الخدمات على هذا الجهاز
translations-applied = الترجمة موجودة الآن في الخدمات على هذا الجهاز. ضع الملفين بجانب catalogue.json على الموقع لتصل إلى كل جهاز.
translations-publish = ملفات للنشر
