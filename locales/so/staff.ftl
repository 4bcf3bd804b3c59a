## Staff pages: PIN, feedback dashboard, export, sending.

staff-pin-choose = Dooro PIN-ka shaqaalaha
staff-pin-choose-hint = PIN-ku wuxuu ilaaliyaa ra'yiyada ku jira qalabkan. Waxaa la kaydiyaa oo keliya hash milix leh (salted hash). Isticmaal 6 ilaa 12 lambar, oo kooxda ku dhex hay.
staff-pin-new = PIN cusub
staff-pin-repeat = Isla PIN-ka mar kale
staff-pin-save = Kaydi PIN-ka
staff-pin-enter = PIN-ka shaqaalaha
staff-pin-wrong = PIN-kaasi waa khalad.
staff-pin-wait = PIN khaldan marar badan. Sug { $seconds } s, kadibna mar kale isku day.
staff-pin-not-saved = PIN-ka laguma kaydin karin qalabkan.
staff-pin-problem-too-short = Isticmaal 6 ilaa 12 lambar.
staff-pin-problem-not-digits = Isticmaal lambarada 0–9 oo keliya.
staff-pin-problem-mismatch = Labada PIN isku mid ma aha.
staff-setup-code = Koodka dejinta ee shabakadda
staff-setup-hint = Qalab cusub waxaa lagu dejin karaa oo keliya koodka dejinta ee uu ku siiyo isku-duwaha shabakadda. Kadib waxaad doorataa PIN-ka qalabkan.
staff-setup-wrong = Koodka dejinta ee aad gelisay waa khalad.
staff-setup-missing = Qalabkan weli lama dejin karo: lama helin koodka dejinta ee shabakadda. Internetka ku xir, ama weydii isku-duwaha shabakadda.
staff-setup-sample = Kani waa koodka dejinta tusaalaha ah ee ku jira dukumentiyada. Daabac kood dejin oo kuu gaar ah ka hor isticmaalka dhabta ah.
staff-unlock = Fur
staff-lock = Quful

staff-outbox = Ra'yiyada ku jira qalabkan
staff-waiting = { $count ->
    [one] { $count } diiwaan ayaa sugaya in la diro ama la soo saaro
   *[other] { $count } diiwaan ayaa sugaya in la diro ama la soo saaro
}
staff-outbox-unreadable = Ra'yiyada qalabkan hadda lama akhrin karo. Waxba lama tirtirin.
staff-set-aside = { $count ->
    [one] { $count } diiwaan ayuu server-ku diiday ama lama akhrin karin. Waa la dhinac dhigay si kuwa kale u socdaan, mar dambena lama diri doono.
   *[other] { $count } diiwaan ayuu server-ku diiday ama lama akhrin karin. Waa la dhinac dhigay si kuwa kale u socdaan, mar dambena lama diri doono.
}
staff-set-aside-download = Soo deji diiwaannada la dhinac dhigay
staff-set-aside-delete = Tirtir diiwaannada la dhinac dhigay
staff-set-aside-confirm = Haa, gebi ahaanba tirtir
staff-period = Muddada
staff-from = Laga bilaabo
staff-to = Ilaa
staff-kind-rating = qiimeynta adeegyada
staff-kind-signal = warbixinno
staff-kind-missing = raadin natiijo la'aan ah
staff-kind-check = qiimeynta xaafadda
staff-ratings = Qiimeynta adeeg kasta
staff-offer = Adeeg
staff-count = Tirada
staff-average-3 = Celcelis (1–3)
staff-average-7 = Celcelis (1–7)
staff-checks = Qiimeynta xaafadda
staff-check-count = { $count ->
    [one] { $count } qiimeyn
   *[other] { $count } qiimeyn
}
staff-compass-label = Sawirka dhammaan qiimeynaha muddada: inta dibadda loo sii fogaado, waa ka wanaagsan tahay. Shaxda hoose waxay leedahay qiimayaal isku mid ah.
staff-themes-caption = Celceliska mawduuc kasta (jawaabaha carruurta waxaa loo beddelay 1–7)
staff-messages = Warbixinno iyo erayo
staff-nothing-yet = Weli waxba kuma jiraan muddadan.
staff-more-in-export = { $count } kale ayaa ku jira faylka la soo saaray.
staff-export = Soo saar
staff-export-hint = Dhammaan diiwaannada muddada. CSV wuxuu ka furmaa barnaamijyada shaxda (Carabiga sidoo kale); JSON waa nidaamyo kale.
staff-export-csv = Soo deji CSV
staff-export-json = Soo deji JSON

sync-title = U dir server
sync-hint = Ikhtiyaari. Diiwaannada waxaa loo diraa qaybo, mana ka baxaan qalabkan ilaa server-ku xaqiijiyo.
sync-endpoint = Cinwaanka server-ka
sync-endpoint-not-https = Cinwaanku waa inuu ku bilaabmaa https:// (http keliya qalabkan laftiisa).
sync-endpoint-spaces = Cinwaanku ma yeelan karo meel bannaan.
sync-pin = PIN-ka kooxda (loo baahan yahay si cinwaanka loo beddelo)
sync-save = Kaydi cinwaanka
sync-send-now = Hadda dir
sync-sending = Waa la dirayaa…
sync-last-sent = Markii ugu dambeysay ee la diray: { $time } ({ $count } diiwaan)
sync-failed-network = Server-ka lama gaari karo. Mar dambe ayaa la isku dayi doonaa.
sync-failed-status = Server-ku wuxuu ku jawaabay khalad. Mar dambe ayaa la isku dayi doonaa.
sync-failed-garbage = Jawaabta server-ka lama fahmin. Waxba lama tirtirin. Mar dambe ayaa la isku dayi doonaa.
sync-failed-device = Ra'yiyada qalabkan lama cusboonaysiin karin. Waxba lama tirtirin. Mar dambe ayaa la isku dayi doonaa.
sync-retry-in = Isku dayga xiga: { $seconds } ilbiriqsi kadib.

kiosk-title = Habka kiosk (tablet la wadaago)
kiosk-hint = Waxaa loogu talagalay tablet yaal qolka sugitaanka. Marka muddo aan la taaban, waxaa bilaabma tirin 10 ilbiriqsi ah; kadibna waxaa la tirtiraa wax walba oo qoyskii hore (luqadda, waxyaabaha la kaydiyay, raadinta, qoraal aan la dirin), waxaana soo baxa shaashad "taabo si aad u bilowdo". Ra'yiyada la diray way sii jiraan. Si looga baxo habka kiosk-ka waxaa loo baahan yahay PIN-kan.
kiosk-on = Habka kiosk waa shidan yahay
kiosk-idle = Ilbiriqsiyada aan la taaban ka hor tirinta (5–3600)
kiosk-language = Luqadda bilowga ee qoys kasta
kiosk-save = Kaydi habaynta kiosk-ka
kiosk-saved = Habaynta kiosk-ka waa la kaydiyay.
kiosk-not-saved = Habaynta kiosk-ka laguma kaydin karin qalabkan.

## Importing and exporting the offer
import-title = Soo geli adeegyada
import-hint = Fayl CSV ah oo raacaya qaabka, fayl HSDS 3 ah (JSON) ama fayl hore loo soo saaray. Inta khaladaad jiraan, waxba isma beddelaan.
import-file = Dooro fayl
import-reading = Faylka waa la akhrinayaa…
import-errors = { $count ->
    [one] { $count } khalad. Waxba isma beddelin.
   *[other] { $count } khalad. Waxba isma beddelin.
}
import-in-file = Fayl
import-row = Saf { $row }
import-where = Halkee
import-column = Tiir
import-what = Dhibaato
import-value = Qiime
import-problem = { $code ->
    [empty] Fayl madhan
    [too-large] Faylku aad buu u weyn yahay (ugu badnaan 8 MB)
    [binary] Ma aha fayl qoraal ah (UTF-8)
    [unbalanced-quotes] Calaamad xigasho aan la xirin
    [column-count] Tirada tiirarka waa khalad
    [unknown-column] Tiir aan la aqoon
    [missing-column] Tiir ama goob ayaa maqan
    [wrong-type] Nooca qiimaha waa khalad
    [unsupported-version] Nooc aan la aqoon
    [wrong-language] Tiirka saddexaad ma aha kood luqadeed (ama waa Nederlands)
    [unknown-key] Fure aan la aqoon: qoraalkan ma jiro (ama hadda ma sii jiro)
    [duplicate-key] Isla furaha laba jeer
    [source-changed] Qoraalka Nederlands-ka wuu isbeddelay intii ka dambeysay: soo deji warqad tarjumaad oo cusub
   *[unreadable] Faylka lama akhrin karo
}
import-ok = Adeegyo: { $offers }, hay'ado: { $organizations }. Khalad ma jiro.
import-preview = Ku eeg barnaamijka
import-apply = Dhaqan geli
import-apply-sure = Ma ku beddeshaa adeegyada qalabkan faylkan?
import-apply-confirm = Haa, beddel
import-cancel = Ka noqo
import-applied = Adeegyada cusub ayaa hadda lagu isticmaalaa qalabkan. Daabac faylka JSON ee la soo saaray si uu u gaaro qalab kasta.
import-failed = Kaydintu ma suurtagalin. Waxba isma beddelin.
export-title = Soo saar adeegyada
export-json = JSON barnaamijka
export-csv = CSV
export-hsds = HSDS 3 (JSON)
export-template = Qaabka CSV

## Every device's feedback, from the network's receiver
staff-source = Ra'yiyadee
staff-source-device = Qalabkan
staff-source-network = Dhammaan qalabka
staff-network-no-endpoint = Xaafaddan ma laha server. Mid hoos ku deji, ama ka soo saar qalab kasta si gaar ah.
staff-token = Furaha server-ka
staff-network-fetch = Soo qaado
staff-network-failed = { $code ->
    [unauthorized] Server-ku ma aqbalo furahan.
   *[failed] Soo qaadashadu ma suurtagalin. Mar dambe isku day.
}
staff-network-from = Tirooyinka dhammaan qalabka (waqtiga la soo qaaday: { $time }).
staff-network-offline = Xiriir ma jiro: kuwani waa tirooyinkii ugu dambeeyay ee la soo qaaday.

## Translations of the offer and the questions
translations-title = Tarjumaadaha
translations-hint = Inta adeegyada iyo su'aalaha ka mid ah ee ku qoran luqad kasta. Soo deji warqad tarjumaad (CSV) oo u dir turjubaan: saf qoraal kasta, Nederlands-ka oo ku xiga. Kadib halkan ku soo geli warqadda la buuxiyay.
translations-language = Luqadda
translations-offer = Adeegyada
translations-questions = Su'aalaha
translations-sheet = Warqadda tarjumaadda
translations-percent = { $percent }%
translations-loading = Luqadaha oo dhan waa la soo rarayaa…
translations-import = Soo geli warqad tarjumaad oo la buuxiyay
translations-ok = Qoraallo ({ $language }): { $count }. Khalad ma jiro.
translations-apply = Ku dar adeegyada qalabkan
translations-applied = Tarjumaaddu waxay ku jirtaa adeegyada qalabkan. Labada fayl dhig catalogue.json agtiisa websaydhka si ay u gaaraan qalab kasta.
translations-publish = Faylasha la daabacayo
