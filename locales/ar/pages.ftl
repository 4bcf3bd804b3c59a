# Titles and short texts of the other routes.
page-in-progress = هذه الصفحة قيد الإنشاء.
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
