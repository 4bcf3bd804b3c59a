# Titles and short texts of the other routes.
offers-title = في الحي
offer-title = عن هذه الخدمة
ask-title = إلى أين أذهب؟
feedback-title = أعطِ رأيك
check-title = تقييم الحي
staff-title = للموظفين
settings-title = الإعدادات
settings-language = اللغة
not-found-title = هذه الصفحة غير موجودة
not-found-home = إلى صفحة البداية
catalogue-refused = رُفضت القائمة الجديدة: تبقى القائمة السابقة مستعملة
catalogue-problem = { $code ->
    [unreadable] الملف غير مقروء
    [unsupported-schema] إصدار غير معروف
    [missing] ناقص
    [duplicate] مكرر
    [unknown-function] وظيفة غير معروفة
    [unknown-age] عمر غير معروف
    [unknown-organization] جهة غير معروفة
    [unknown-offer] خدمة غير معروفة
    [disallowed-link] رابط غير مسموح
    [bad-phone] رقم هاتف غير صالح
    [bad-email] بريد إلكتروني غير صالح
    [bad-hours] أوقات عمل غير صالحة
    [bad-coordinates] إحداثيات غير صالحة
    [bad-date] تاريخ غير صالح
    [bad-time] وقت غير صالح
    [bad-language-tag] رمز لغة غير صالح
    [no-dutch-text] النص الهولندي ناقص
   *[no-schedule] لا أوقات ولا نشاط
}
ask-search-label = ابحث بكلماتك
ask-search = بحث
ask-topics = اختر موضوعًا
ask-all-topics = كل المواضيع
ask-results = النتائج
answer-go-here = يمكنك الذهاب إلى هنا:
ask-nothing = لم نجد شيئًا. الاستقبال يساعدك في أي سؤال.
ask-tell-us = أخبرنا عمّا كنت تبحث
share-open-on-phone = افتح على هاتفي
share-qr = رمز QR لهذه الصفحة
share-qr-caption = امسح الرمز بكاميرا هاتفك.

clear-title = بياناتك على هذا الجهاز
clear-what = يحتفظ هذا الجهاز بمفضلتك ولغتك وقائمة الخدمات، حتى يعمل التطبيق دون إنترنت. لا يُرسل شيء من ذلك إلى أي مكان.
clear-button = امسح بياناتي
clear-sure = هل تريد حذف المفضلة واختيار اللغة من هذا الجهاز؟ تبقى قائمة الخدمات، فيعمل التطبيق دون إنترنت.
clear-unsent = رسائل لم تُرسل بعد إلى فريق الحي: { $count }. هي بدون اسم.
clear-keep-feedback = احتفظ برسائلي للفريق
clear-delete-feedback = امسح رسائلي أيضًا
clear-confirm = نعم، امسح
clear-cancel = إلغاء
clear-failed = لم ينجح المسح. لم يتغير شيء؛ حاول مرة أخرى.
settings-neighbourhood = الحي
handover-title = تسليم شخصي
handover-question = السؤال
handover-next = هنا سيساعدونك
handover-no-offer = اختر أولاً خدمة للتسليم.
handover-make = بطاقة التسليم
