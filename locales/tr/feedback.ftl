## Feedback from families: ratings, "something missing or wrong?", the neighbourhood check.

feedback-missing-or-wrong = Eksik veya yanlış bir şey mi var?
feedback-about = Konu:
feedback-topic = Ne hakkında?
feedback-words = Kendi sözlerinizle yazın (her dilde)
feedback-empty = Önce bir resim seçin veya bir şey yazın.
feedback-send = Gönder
feedback-another = Başka bir şey söyle
feedback-say-more = Daha fazla anlat
feedback-held = Bu cihaz mesajınızı saklayamadı. Uygulama açık kaldıkça mesajı tutuyoruz ve tekrar deniyoruz. Lütfen uygulamayı biraz daha açık bırakın.
text-counter = { $count } / { $max } karakter

topic-missing-offer = İhtiyacım olan bir şey eksik
topic-wrong-info = Bilgi yanlış
topic-neighbourhood = Mahallede bir şey
topic-app = Uygulama iyi çalışmıyor
topic-other = Başka bir şey

thanks-title = Teşekkürler!
thanks-what-happens = Mesajınız adınız olmadan bu cihazda saklandı. Mahalle ekibi her mesajı okur ve hizmetleri iyileştirmek için kullanır.

rate-title = Nasıldı?
rate-say-more = Nedenini söyleyin (isterseniz)
rate-reasons = Neden?
rate-words = Başka bir şey? (isterseniz)
face-sad = Kötü
face-neutral = İdare eder
face-happy = İyi
reason-too-expensive = Çok pahalı
reason-too-far = Çok uzak
reason-closed = Gittiğimde kapalıydı
reason-language = Dili anlamadım
reason-waited-long = Uzun bekledim
reason-friendly = Güler yüzlü
reason-helped = Bana yardımı oldu

check-question = Mahallemiz ne kadar iyi?
check-start = Mahalle anketine başla
check-who = Kim cevaplıyor?
check-intro = Burada yaşamak hakkında 14 kısa soru. İstediğiniz soruyu atlayabilirsiniz. Adınızı sormuyoruz.
check-adult = Yetişkin
check-child = Çocuk (6-12 yaş)
check-progress = Soru { $step } / { $total }
check-back = Geri
check-skip = Atla
check-scale-low = 1 = çok iyileştirilmeli
check-scale-high = 7 = az iyileştirilmeli
check-your-compass = Cevaplarınız
check-compass-label = Cevaplarınızın pusulası: dışa doğru gittikçe daha iyi. Alttaki tabloda aynı cevaplar var.
check-table-caption = Konulara göre cevaplarınız
check-theme = Konu
check-answer = Cevap
check-skipped = Atlandı
check-score-of-7 = { $score } / 7
check-area = Semt veya posta kodu (isterseniz)
check-area-hint = Sadece semt, adresiniz değil.
check-again = Yeniden başla

theme-moving-around = Mahallede dolaşmak
theme-moving-around-question = Mahallemde kolayca yürüyebiliyor ve bisiklete binebiliyor muyum?
theme-public-transport = Toplu taşıma
theme-public-transport-question = Toplu taşıma ihtiyaçlarıma uygun mu?
theme-traffic-parking = Trafik ve park
theme-traffic-parking-question = Herkes trafikte ve park etmiş arabaların arasında güvenle yürüyebiliyor mu?
theme-streets-spaces = Sokaklar ve meydanlar
theme-streets-spaces-question = Binalar, sokaklar ve meydanlar burayı hoş bir yer yapıyor mu?
theme-natural-space = Doğa
theme-natural-space-question = Parkların, ağaçların ve suyun tadını düzenli olarak çıkarabiliyor muyum?
theme-play-recreation = Oyun ve boş zaman
theme-play-recreation-question = Çocuklar oynayabiliyor mu, ben de yakında spor ve hobi yapabiliyor muyum?
theme-facilities-amenities = Olanaklar
theme-facilities-amenities-question = İhtiyacım olan dükkânlar, okullar, doktorlar ve diğer hizmetler var mı?
theme-work-economy = İş ve yerel ekonomi
theme-work-economy-question = Yakında iyi iş ve eğitim imkânı var mı?
theme-housing-community = Konut
theme-housing-community-question = Burada farklı insanlar için iyi konut var mı?
theme-social-contact = Sosyal ilişkiler
theme-social-contact-question = İnsanlarla buluşmak için yeterince yer var mı?
theme-identity-belonging = Evinde hissetmek
theme-identity-belonging-question = Bu mahalle bana ev gibi geliyor mu, buraya ait hissediyor muyum?
theme-feeling-safe = Güvende hissetmek
theme-feeling-safe-question = Burada kendimi güvende hissediyor muyum?
theme-care-maintenance = Bakım
theme-care-maintenance-question = Binaların ve ortak alanların bakımı iyi yapılıyor mu?
theme-influence-control = Söz hakkı
theme-influence-control-question = Mahallemle ilgili kararlara katılabildiğimi hissediyor muyum?
feedback-goes-to = Görüşünüz anonim olarak mahalle ağına ({ $host }) gönderilir. Adınız ve cihaz bilginiz gönderilmez.
feedback-send-yes = Evet, gönder
feedback-send-no = Sadece bu cihazda
thanks-ask-first = Mesajınız adınız olmadan bu cihaza kaydedildi. Mahalle ekibine gidip gidemeyeceğini aşağıda seçin.
thanks-no-receiver = Mesajınız adınız olmadan bu cihaza kaydedildi. Mahalle ekibine kendiliğinden ulaşmaz: ekip onu ancak bu cihazdaki mesajları topladığında görür. Bildiklerinden emin olmak mı istiyorsunuz? Danışmaya söyleyin.
thanks-kept-here = Seçtiğiniz gibi mesajınız bu cihazda kalır ve gönderilmez. Bu yüzden mahalle ekibi onu görmez. Bunu Ayarlar'dan değiştirebilirsiniz.
you-said-title = Siz söylediniz, biz yaptık
you-said = Siz söylediniz:
we-did = Biz yaptık:
