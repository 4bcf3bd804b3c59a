# Shared across every page: header, navigation, language picker.
app-name = Buurtwijzer
skip-to-content = انتقل إلى المحتوى
nav-label = القائمة الرئيسية
nav-home = البداية
nav-offers = الخدمات
nav-ask = سؤال
nav-feedback = رأيك
nav-settings = الإعدادات
language-picker = اللغة
language-picker-title = اختر لغتك
close = إغلاق
storage-unavailable = هذا الجهاز لا يحفظ شيئًا: تختفي اختياراتك عند إغلاق الصفحة.
