# Titles and short texts of the other routes.
offers-title = Adeegyada xaafadda
offer-title = Ku saabsan adeeggan
ask-title = Xaggee aadi karaa?
feedback-title = Ra'yigaaga sheeg
check-title = Qiimeynta xaafadda
staff-title = Shaqaalaha
settings-title = Habaynta
settings-language = Luqad
not-found-title = Boggan ma jiro
not-found-home = U gudub bogga hore
catalogue-refused = Liis cusub waa la diiday: kii hore ayaa weli la isticmaalayaa
catalogue-problem = { $code ->
    [unreadable] Faylka lama akhrin karo
    [unsupported-schema] Nooc aan la aqoon
    [missing] Waa maqan yahay
    [duplicate] Laba jeer ayuu ku jiraa
    [unknown-function] Hawl aan la aqoon
    [unknown-age] Da' aan la aqoon
    [unknown-organization] Hay'ad aan la aqoon
    [unknown-offer] Adeeg aan la aqoon
    [disallowed-link] Link aan la oggolayn
    [bad-phone] Lambar taleefan oo khaldan
    [bad-email] Iimayl khaldan
    [bad-hours] Saacadaha furitaanka oo khaldan
    [bad-coordinates] Isku-duwayaal khaldan
    [bad-date] Taariikh khaldan
    [bad-time] Saacad khaldan
    [bad-language-tag] Koodhka luqadda oo khaldan
    [no-dutch-text] Qoraalka Nederlandiga ayaa maqan
   *[no-schedule] Saacado iyo hawl midna ma jiraan
}
ask-search-label = Ku raadi erayadaada
ask-search = Raadi
ask-topics = Dooro mawduuc
ask-all-topics = Dhammaan mawduucyada
ask-results = Natiijooyinka
answer-go-here = Halkan waad aadi kartaa:
ask-nothing = Waxba ma aanan helin. Soo dhaweynta ayaa kaa caawin karta su'aal kasta.
ask-tell-us = Noo sheeg waxaad raadinaysay
share-open-on-phone = Ka fur taleefankayga
share-qr = Koodhka QR ee boggan
share-qr-caption = Ku akhri kamaradda taleefankaaga.

clear-title = Xogtaada ku jirta qalabkan
clear-what = Qalabkan wuxuu kaydiyaa waxyaabaha aad jeceshahay, luqaddaada iyo liiska adeegyada, si barnaamijku ugu shaqeeyo internet la'aan. Waxaas midna meelna looma diro.
clear-button = Tirtir xogtayda
clear-sure = Ma ka tirtirtaa kuwa aad jeceshahay iyo luqadda aad dooratay qalabkan? Liiska adeegyadu wuu hadhayaa, si app-ku u shaqeeyo internet la'aan.
clear-unsent = { $count ->
    [one] { $count } fariin oo aad qortay weli looma dirin kooxda xaafadda. Magacaaga kuma jiro.
   *[other] { $count } fariimood oo aad qortay weli looma dirin kooxda xaafadda. Magacaaga kuma jiro.
}
clear-keep-feedback = Fariimahayga kooxda u kaydi
clear-delete-feedback = Fariimahayga sidoo kale tirtir
clear-confirm = Haa, tirtir
clear-cancel = Ka noqo
clear-failed = Tirtiristu ma suurtagalin. Waxba isma beddelin; mar kale isku day.
settings-neighbourhood = Xaafadda
handover-title = Gudbin toos ah
handover-question = Su'aasha
handover-next = Halkan ayay kaa caawin doonaan
handover-no-offer = Marka hore dooro adeeg gudbinta.
handover-make = Kaarka gudbinta
