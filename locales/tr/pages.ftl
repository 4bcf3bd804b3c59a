# Titles and short texts of the other routes.
offers-title = Mahalledeki hizmetler
offer-title = Bu hizmet hakkında
ask-title = Nereye başvurabilirim?
feedback-title = Görüşünüzü söyleyin
check-title = Mahalle anketi
staff-title = Görevliler için
settings-title = Ayarlar
settings-language = Dil
not-found-title = Bu sayfa yok
not-found-home = Ana sayfaya git
catalogue-refused = Yeni liste reddedildi: önceki liste kullanılmaya devam ediyor
catalogue-problem = { $code ->
    [unreadable] Dosya okunamıyor
    [unsupported-schema] Bilinmeyen sürüm
    [missing] Eksik
    [duplicate] İki kez var
    [unknown-function] Bilinmeyen işlev
    [unknown-age] Bilinmeyen yaş
    [unknown-organization] Bilinmeyen kuruluş
    [unknown-offer] Bilinmeyen hizmet
    [disallowed-link] İzin verilmeyen bağlantı
    [bad-phone] Geçersiz telefon numarası
    [bad-email] Geçersiz e-posta adresi
    [bad-hours] Geçersiz açılış saatleri
    [bad-coordinates] Geçersiz koordinatlar
    [bad-date] Geçersiz tarih
    [bad-time] Geçersiz saat
    [bad-language-tag] Geçersiz dil kodu
    [no-dutch-text] Felemenkçe metin eksik
   *[no-schedule] Saat veya etkinlik yok
}
ask-search-label = Kendi sözlerinizle arayın
ask-search = Ara
ask-topics = Bir konu seçin
ask-all-topics = Tüm konular
ask-results = Bulunanlar
answer-go-here = Buraya başvurabilirsiniz:
ask-nothing = Hiçbir şey bulamadık. Danışma her soruda size yardım eder.
ask-tell-us = Ne aradığınızı söyleyin
share-open-on-phone = Telefonumda aç
share-qr = Bu sayfanın QR kodu
share-qr-caption = Telefonunuzun kamerasıyla tarayın.

clear-title = Bu cihazdaki bilgileriniz
clear-what = Bu cihaz kaydettiğiniz hizmetleri, dilinizi ve hizmet listesini saklar; böylece uygulama internetsiz de çalışır. Bunların hiçbiri bir yere gönderilmez.
clear-button = Bilgilerimi sil
clear-sure = Favorileriniz ve dil seçiminiz bu cihazdan silinsin mi? Hizmet listesi kalır, böylece uygulama internetsiz de çalışır.
clear-unsent = { $count ->
    [one] { $count } mesajınız henüz mahalle ekibine gönderilmedi. Mesaj anonimdir.
   *[other] { $count } mesajınız henüz mahalle ekibine gönderilmedi. Mesajlar anonimdir.
}
clear-keep-feedback = Mesajlarımı ekip için sakla
clear-delete-feedback = Mesajlarımı da sil
clear-confirm = Evet, sil
clear-cancel = İptal
clear-failed = Silinemedi. Hiçbir şey değişmedi; tekrar deneyin.
settings-neighbourhood = Mahalle
handover-title = Sıcak yönlendirme
handover-question = Soru
handover-next = Size burada yardım edecekler
handover-no-offer = Önce yönlendirme için bir hizmet seçin.
handover-make = Yönlendirme kartı
