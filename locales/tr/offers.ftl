# The offer: list, filters, cards and the page of one offer.
offers-results = { $count ->
    [0] Hiçbir şey bulunamadı
    [one] { $count } hizmet
   *[other] { $count } hizmet
}
offers-none = Bu seçime uyan hizmet yok. Danışma size yardım eder.
offers-loading = Hizmetler yükleniyor…
offers-unavailable = Hizmet listesi henüz bu cihazda yok. Bir kez internete bağlanın.
offers-refused = Yeni liste reddedildi: { $count } hata. Önceki liste kalıyor.
offers-clear-filters = Hepsini göster
filter-label = Seçin
filter-function = Tür
filter-age = Yaş
filter-cost = Fiyat
filter-when = Ne zaman
filter-more = Daha fazla
age-0-3 = 0-3 yaş
age-3-6 = 3-6 yaş
age-6-12 = 6-12 yaş
age-parents = Ebeveynler
cost-free = Ücretsiz
cost-uitpas = UiTPAS indirimi
when-now = Şimdi açık
when-today = Bugün
walk-in = Randevusuz gelin
speaks-my-language = Dilimi konuşuyor
favourite-add = Kaydet
favourite-remove = Kaydedildi
favourites-title = Kaydettiğim hizmetler
favourites-none = Henüz hiçbir şey kaydetmediniz. Bir hizmetteki kalbe dokunun.
nav-favourites = Kaydedilenler
when-open-until = Şimdi açık, kapanış: { $time }
when-opens-today = Bugün açılış: saat { $time }
when-opens-tomorrow = Yarın açılış: saat { $time }
when-opens-weekday = Açılış: { $weekday }, saat { $time }
when-opens-date = Açılış: { $date }, saat { $time }
when-closed = Şimdilik kapalı
weekday = { $day ->
    [mo] pazartesi
    [tu] salı
    [we] çarşamba
    [th] perşembe
    [fr] cuma
    [sa] cumartesi
   *[su] pazar
}
activity-weekly = Her { $weekday }, { $start }–{ $end }
activity-monthly = { $week ->
    [1] Ayın ilk
    [2] Ayın ikinci
    [3] Ayın üçüncü
    [4] Ayın dördüncü
   *[last] Ayın son
} { $weekday } günü, { $start }–{ $end }
offer-not-found = Bu hizmet yok ya da artık sunulmuyor.
offer-where = Nerede
offer-open-map = Haritada aç
offer-when = Ne zaman
offer-cost = Fiyat
offer-price-income = Gelire göre fiyat
offer-languages = Diller
offer-interpreter = Tercüman mümkün
offer-for-whom = Kimin için
offer-pram = Bebek arabasına uygun
offer-wheelchair = Tekerlekli sandalyeye uygun
offer-bring = Yanınızda getirin
offer-contact = İletişim
offer-call = Ara
offer-whatsapp = WhatsApp
offer-email = E-posta
offer-website = Web sitesi
offer-add-to-calendar = Takvimime ekle
offer-by = Düzenleyen: { $organization }
offer-appointment = Randevuyla
offer-walk-in-or-appointment = Randevulu veya randevusuz
front-desk-title = Danışma: her soru için
map-title = Harita
map-list = Tüm yerler
agenda-title = Bu hafta
agenda-none = Etkinlik yok
offers-views = Görünüm
offers-show-more = Daha fazla göster
