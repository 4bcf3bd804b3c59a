## Staff pages: PIN, feedback dashboard, export, sending.

staff-pin-choose = Görevli PIN kodu seçin
staff-pin-choose-hint = PIN kodu bu cihazdaki geri bildirimleri korur. Yalnızca tuzlanmış bir özet (hash) saklanır. 6 ile 12 arası rakam kullanın ve kodu ekip içinde saklayın.
staff-pin-new = Yeni PIN kodu
staff-pin-repeat = Aynı PIN kodu tekrar
staff-pin-save = PIN kodunu kaydet
staff-pin-enter = Görevli PIN kodu
staff-pin-wrong = PIN kodu yanlış.
staff-pin-wait = Çok fazla yanlış PIN. { $seconds } s bekleyin, sonra tekrar deneyin.
staff-pin-not-saved = PIN kodu bu cihaza kaydedilemedi.
staff-pin-problem-too-short = 6 ile 12 arası rakam kullanın.
staff-pin-problem-not-digits = Yalnızca 0–9 rakamlarını kullanın.
staff-pin-problem-mismatch = İki PIN kodu aynı değil.
staff-setup-code = Ağın kurulum kodu
staff-setup-hint = Yeni bir cihaz yalnızca ağ koordinatörünün size verdiği kurulum koduyla kurulabilir. Ardından bu cihazın PIN kodunu seçersiniz.
staff-setup-wrong = Kurulum kodu yanlış.
staff-setup-missing = Bu cihaz henüz kurulamıyor: ağın kurulum kodu bulunamadı. İnternete bağlanın ya da ağ koordinatörüne sorun.
staff-setup-sample = Bu, belgelerdeki örnek kurulum kodudur. Gerçek kullanımdan önce kendi kurulum kodunuzu yayımlayın.
staff-unlock = Aç
staff-lock = Kilitle

staff-outbox = Bu cihazdaki geri bildirimler
staff-waiting = { $count ->
    [one] { $count } kayıt gönderilmeyi veya dışa aktarılmayı bekliyor
   *[other] { $count } kayıt gönderilmeyi veya dışa aktarılmayı bekliyor
}
staff-outbox-unreadable = Bu cihazdaki geri bildirimler şu anda okunamıyor. Hiçbir şey silinmedi.
staff-set-aside = { $count ->
    [one] { $count } kayıt sunucu tarafından reddedildi veya okunamadı. Diğerleri devam etsin diye bir kenara ayrıldı ve tekrar gönderilmiyor.
   *[other] { $count } kayıt sunucu tarafından reddedildi veya okunamadı. Diğerleri devam etsin diye bir kenara ayrıldı ve tekrar gönderilmiyor.
}
staff-set-aside-download = Ayrılan kayıtları indir
staff-set-aside-delete = Ayrılan kayıtları sil
staff-set-aside-confirm = Evet, kalıcı olarak sil
staff-period = Dönem
staff-from = Başlangıç
staff-to = Bitiş
staff-kind-rating = değerlendirmeler
staff-kind-signal = bildirimler
staff-kind-missing = sonuçsuz aramalar
staff-kind-check = mahalle anketleri
staff-ratings = Hizmete göre değerlendirmeler
staff-offer = Hizmet
staff-count = Sayı
staff-average-3 = Ortalama (1–3)
staff-average-7 = Ortalama (1–7)
staff-checks = Mahalle anketleri
staff-check-count = { $count ->
    [one] { $count } anket
   *[other] { $count } anket
}
staff-compass-label = Dönemdeki tüm anketlerin pusulası: dışa doğru gittikçe daha iyi. Alttaki tabloda aynı değerler var.
staff-themes-caption = Konulara göre ortalama (çocukların cevapları 1–7 ölçeğine çevrildi)
staff-messages = Bildirimler ve yorumlar
staff-nothing-yet = Bu dönemde henüz bir şey yok.
staff-more-in-export = Dışa aktarımda { $count } tane daha var.
staff-export = Dışa aktar
staff-export-hint = Dönemin tüm kayıtları. CSV tablo programlarında açılır (Arapça metin dahil); JSON diğer sistemler içindir.
staff-export-csv = CSV indir
staff-export-json = JSON indir

sync-title = Sunucuya gönder
sync-hint = Zorunlu değil. Kayıtlar paketler hâlinde gönderilir ve ancak sunucu onayladıktan sonra bu cihazdan çıkar.
sync-endpoint = Sunucu adresi
sync-endpoint-not-https = Adres https:// ile başlamalı (http yalnızca bu cihazın kendisi için).
sync-endpoint-spaces = Adreste boşluk olamaz.
sync-pin = Ekip PIN kodu (adresi değiştirmek için gerekli)
sync-save = Adresi kaydet
sync-send-now = Şimdi gönder
sync-sending = Gönderiliyor…
sync-last-sent = Son gönderim: { $time } ({ $count } kayıt)
sync-failed-network = Sunucuya ulaşılamıyor. Daha sonra tekrar denenecek.
sync-failed-status = Sunucu hatayla cevap verdi. Daha sonra tekrar denenecek.
sync-failed-garbage = Sunucunun cevabı anlaşılamadı. Hiçbir şey silinmedi. Daha sonra tekrar denenecek.
sync-failed-device = Bu cihazdaki geri bildirimler güncellenemedi. Hiçbir şey silinmedi. Daha sonra tekrar denenecek.
sync-retry-in = Sonraki deneme { $seconds } saniye sonra.

kiosk-title = Kiosk modu (ortak tablet)
kiosk-hint = Bekleme odasındaki bir tablet için. Bir süre dokunulmazsa 10 saniyelik bir geri sayım başlar; ardından önceki ailenin her şeyi silinir (dil, kaydedilenler, aramalar, gönderilmemiş metin) ve "başlamak için dokunun" ekranı çıkar. Gönderilmiş geri bildirimler kalır. Kiosk modundan yalnızca bu PIN koduyla çıkılabilir.
kiosk-on = Kiosk modu açık
kiosk-idle = Geri sayımdan önce dokunulmayan saniye (5–3600)
kiosk-language = Her aile için başlangıç dili
kiosk-save = Kiosk ayarlarını kaydet
kiosk-saved = Kiosk ayarları kaydedildi.
kiosk-not-saved = Kiosk ayarları bu cihaza kaydedilemedi.

## Importing and exporting the offer
import-title = Hizmetleri içe aktar
import-hint = Şablona uygun bir CSV dosyası, bir HSDS 3 dosyası (JSON) veya daha önceki bir dışa aktarım. Hata olduğu sürece hiçbir şey değişmez.
import-file = Dosya seçin
import-reading = Dosya okunuyor…
import-errors = { $count ->
    [one] { $count } hata. Hiçbir şey değişmedi.
   *[other] { $count } hata. Hiçbir şey değişmedi.
}
import-in-file = Dosya
import-row = Satır { $row }
import-where = Yer
import-column = Sütun
import-what = Sorun
import-value = Değer
import-problem = { $code ->
    [empty] Boş dosya
    [too-large] Dosya çok büyük (en fazla 8 MB)
    [binary] Metin dosyası değil (UTF-8)
    [unbalanced-quotes] Tırnak işareti kapanmamış
    [column-count] Yanlış sütun sayısı
    [unknown-column] Bilinmeyen sütun
    [missing-column] Sütun veya alan eksik
    [wrong-type] Yanlış değer türü
    [unsupported-version] Bilinmeyen sürüm
    [wrong-language] Üçüncü sütun bir dil kodu değil (veya Felemenkçe)
    [unknown-key] Bilinmeyen anahtar: bu metin yok (veya artık yok)
    [duplicate-key] Aynı anahtar iki kez
    [source-changed] Felemenkçe metin bu arada değişti: yeni bir çeviri tablosu indirin
   *[unreadable] Dosya okunamıyor
}
import-ok = { $organizations } kuruluştan { $offers } hizmet, hata yok.
import-preview = Uygulamada görüntüle
import-apply = Uygula
import-apply-sure = Bu cihazdaki hizmetler bu dosyayla değiştirilsin mi?
import-apply-confirm = Evet, değiştir
import-cancel = İptal
import-applied = Yeni hizmet listesi bu cihazda kullanımda. Her cihaza gelmesi için JSON dışa aktarımını yayınlayın.
import-failed = Kaydedilemedi. Hiçbir şey değişmedi.
export-title = Hizmetleri dışa aktar
export-json = Uygulama için JSON
export-csv = CSV
export-hsds = HSDS 3 (JSON)
export-template = CSV şablonu

## Every device's feedback, from the network's receiver
staff-source = Hangi geri bildirimler
staff-source-device = Bu cihaz
staff-source-network = Tüm cihazlar
staff-network-no-endpoint = Bu mahallenin sunucusu yok. Aşağıda bir sunucu girin ya da her cihazdan ayrı ayrı dışa aktarın.
staff-token = Sunucu anahtarı
staff-network-fetch = Getir
staff-network-failed = { $code ->
    [unauthorized] Sunucu bu anahtarı kabul etmiyor.
   *[failed] Veriler alınamadı. Daha sonra tekrar deneyin.
}
staff-network-from = Tüm cihazların rakamları (alınma zamanı: { $time }).
staff-network-offline = Bağlantı yok: bunlar en son alınan rakamlar.

## Translations of the offer and the questions
translations-title = Çeviriler
translations-hint = Hizmetlerin ve soruların ne kadarının her dilde yazılı olduğu. Bir çevirmen için çeviri tablosu (CSV) indirin: her metin için bir satır, yanında Felemenkçesi. Sonra doldurulmuş tabloyu buraya yükleyin.
translations-language = Dil
translations-offer = Hizmetler
translations-questions = Sorular
translations-sheet = Çeviri tablosu
translations-percent = %{ $percent }
translations-loading = Tüm diller yükleniyor…
translations-import = Doldurulmuş çeviri tablosunu yükle
translations-ok = { $language }: { $count } metin, hata yok.
translations-apply = Bu cihazdaki hizmetlere ekle
translations-applied = Çeviri bu cihazdaki hizmetlerde. Her cihaza gelmesi için iki dosyayı web sitesinde catalogue.json dosyasının yanına koyun.
translations-publish = Yayınlanacak dosyalar
