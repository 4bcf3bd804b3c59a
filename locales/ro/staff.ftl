## Staff pages: PIN, feedback dashboard, export, sending.

staff-pin-choose = Alegeți un PIN pentru personal
staff-pin-choose-hint = PIN-ul protejează părerile de pe acest dispozitiv. Se păstrează doar un hash cu sare. Folosiți 6 până la 12 cifre și păstrați-l în echipă.
staff-pin-new = PIN nou
staff-pin-repeat = Același PIN încă o dată
staff-pin-save = Salvați PIN-ul
staff-pin-enter = PIN-ul personalului
staff-pin-wrong = PIN-ul nu este corect.
staff-pin-wait = Prea multe PIN-uri greșite. Așteptați { $seconds } s, apoi încercați din nou.
staff-pin-not-saved = PIN-ul nu a putut fi salvat pe acest dispozitiv.
staff-pin-problem-too-short = Folosiți 6 până la 12 cifre.
staff-pin-problem-not-digits = Folosiți doar cifrele 0–9.
staff-pin-problem-mismatch = Cele două PIN-uri nu sunt la fel.
staff-setup-code = Codul de configurare al rețelei
staff-setup-hint = Un dispozitiv nou poate fi configurat doar cu codul de configurare pe care vi-l dă coordonatorul rețelei. Apoi alegeți PIN-ul acestui dispozitiv.
staff-setup-wrong = Codul de configurare nu este corect.
staff-setup-missing = Acest dispozitiv nu poate fi configurat încă: nu s-a găsit niciun cod de configurare al rețelei. Conectați-vă la internet sau întrebați coordonatorul rețelei.
staff-setup-sample = Acesta este codul de configurare de exemplu din documentație. Publicați propriul cod de configurare înainte de utilizarea reală.
staff-unlock = Deschideți
staff-lock = Blocați

staff-outbox = Păreri pe acest dispozitiv
staff-waiting = { $count ->
    [one] 1 înregistrare așteaptă să fie trimisă sau exportată
    [few] { $count } înregistrări așteaptă să fie trimise sau exportate
   *[other] { $count } de înregistrări așteaptă să fie trimise sau exportate
}
staff-outbox-unreadable = Părerile de pe acest dispozitiv nu pot fi citite acum. Nu s-a șters nimic.
staff-set-aside = { $count ->
    [one] 1 înregistrare a fost refuzată de server sau nu a putut fi citită. A fost pusă deoparte ca celelalte să meargă mai departe și nu mai este trimisă.
    [few] { $count } înregistrări au fost refuzate de server sau nu au putut fi citite. Au fost puse deoparte ca celelalte să meargă mai departe și nu mai sunt trimise.
   *[other] { $count } de înregistrări au fost refuzate de server sau nu au putut fi citite. Au fost puse deoparte ca celelalte să meargă mai departe și nu mai sunt trimise.
}
staff-set-aside-download = Descărcați înregistrările puse deoparte
staff-set-aside-delete = Ștergeți înregistrările puse deoparte
staff-set-aside-confirm = Da, ștergeți-le definitiv
staff-period = Perioadă
staff-from = De la
staff-to = Până la
staff-kind-rating = evaluări
staff-kind-signal = semnalări
staff-kind-missing = căutări fără rezultat
staff-kind-check = chestionare despre cartier
staff-ratings = Evaluări pe ofertă
staff-offer = Ofertă
staff-count = Număr
staff-average-3 = Medie (1–3)
staff-average-7 = Medie (1–7)
staff-checks = Chestionare despre cartier
staff-check-count = { $count ->
    [one] 1 chestionar
    [few] { $count } chestionare
   *[other] { $count } de chestionare
}
staff-compass-label = Busola tuturor chestionarelor din perioadă: cu cât mai departe de centru, cu atât mai bine. Tabelul de dedesubt are aceleași valori.
staff-themes-caption = Media pe teme (răspunsurile copiilor convertite la 1–7)
staff-messages = Semnalări și comentarii
staff-nothing-yet = Încă nimic în această perioadă.
staff-more-in-export = Încă { $count } în export.
staff-export = Export
staff-export-hint = Toate înregistrările din perioadă. CSV se deschide în programe de calcul tabelar (inclusiv arabă); JSON este pentru alte sisteme.
staff-export-csv = Descărcați CSV
staff-export-json = Descărcați JSON

sync-title = Trimitere către un server
sync-hint = Opțional. Înregistrările pleacă în pachete și părăsesc acest dispozitiv doar după ce serverul le-a confirmat.
sync-endpoint = Adresa serverului
sync-endpoint-not-https = Adresa trebuie să înceapă cu https:// (http doar pentru acest dispozitiv însuși).
sync-endpoint-spaces = Adresa nu poate conține spații.
sync-pin = PIN-ul echipei (necesar pentru a schimba adresa)
sync-save = Salvați adresa
sync-send-now = Trimiteți acum
sync-sending = Se trimite…
sync-last-sent = Ultima trimitere: { $time } (înregistrări: { $count })
sync-failed-network = Serverul nu poate fi contactat. Se reîncearcă mai târziu.
sync-failed-status = Serverul a răspuns cu o eroare. Se reîncearcă mai târziu.
sync-failed-garbage = Răspunsul serverului nu a fost clar. Nu s-a șters nimic. Se reîncearcă mai târziu.
sync-failed-device = Părerile de pe acest dispozitiv nu au putut fi actualizate. Nu s-a șters nimic. Se reîncearcă mai târziu.
sync-retry-in = Următoarea încercare peste { $seconds } s.

kiosk-title = Mod chioșc (tabletă comună)
kiosk-hint = Pentru o tabletă într-o sală de așteptare. După un timp fără atingere urmează o numărătoare inversă de 10 secunde; apoi se șterge tot ce a lăsat familia anterioară (limbă, oferte salvate, căutări, text netrimis) și apare un ecran „atingeți pentru a începe”. Părerile trimise rămân. Ieșirea din modul chioșc se face doar cu acest PIN.
kiosk-on = Mod chioșc activ
kiosk-idle = Secunde fără atingere până la numărătoarea inversă (5–3600)
kiosk-language = Limba de start pentru fiecare familie
kiosk-save = Salvați setările chioșcului
kiosk-saved = Setările chioșcului au fost salvate.
kiosk-not-saved = Setările chioșcului nu au putut fi salvate pe acest dispozitiv.

## Importing and exporting the offer
import-title = Importați oferta
import-hint = Un fișier CSV după șablon, un fișier HSDS 3 (JSON) sau un export anterior. Cât timp există erori, nu se schimbă nimic.
import-file = Alegeți un fișier
import-reading = Se citește fișierul…
import-errors = { $count ->
    [one] 1 eroare. Nu s-a schimbat nimic.
    [few] { $count } erori. Nu s-a schimbat nimic.
   *[other] { $count } de erori. Nu s-a schimbat nimic.
}
import-in-file = Fișier
import-row = Rândul { $row }
import-where = Unde
import-column = Coloană
import-what = Problemă
import-value = Valoare
import-problem = { $code ->
    [empty] Fișier gol
    [too-large] Fișier prea mare (max. 8 MB)
    [binary] Nu este fișier text (UTF-8)
    [unbalanced-quotes] Ghilimele neînchise
    [column-count] Număr greșit de coloane
    [unknown-column] Coloană necunoscută
    [missing-column] Lipsește o coloană sau un câmp
    [wrong-type] Tip de valoare greșit
    [unsupported-version] Versiune necunoscută
    [wrong-language] A treia coloană nu este un cod de limbă (sau este neerlandeza)
    [unknown-key] Cheie necunoscută: acest text nu (mai) există
    [duplicate-key] Aceeași cheie de două ori
    [source-changed] Textul în neerlandeză s-a schimbat între timp: descărcați o nouă foaie de traducere
   *[unreadable] Fișier ilizibil
}
import-ok = Oferte: { $offers }, organizații: { $organizations }. Fără erori.
import-preview = Vedeți în aplicație
import-apply = Aplicați
import-apply-sure = Înlocuiți oferta de pe acest dispozitiv cu acest fișier?
import-apply-confirm = Da, înlocuiți
import-cancel = Anulați
import-applied = Noua ofertă este folosită pe acest dispozitiv. Publicați exportul JSON ca să ajungă pe fiecare dispozitiv.
import-failed = Salvarea nu a reușit. Nu s-a schimbat nimic.
export-title = Exportați oferta
export-json = JSON pentru aplicație
export-csv = CSV
export-hsds = HSDS 3 (JSON)
export-template = Șablon CSV

## Every device's feedback, from the network's receiver
staff-source = Ce păreri
staff-source-device = Acest dispozitiv
staff-source-network = Toate dispozitivele
staff-network-no-endpoint = Acest cartier nu are un server. Setați unul mai jos sau exportați de pe fiecare dispozitiv în parte.
staff-token = Cheia serverului
staff-network-fetch = Preluați
staff-network-failed = { $code ->
    [unauthorized] Serverul nu acceptă această cheie.
   *[failed] Preluarea nu a reușit. Încercați din nou mai târziu.
}
staff-network-from = Cifrele tuturor dispozitivelor (preluate: { $time }).
staff-network-offline = Fără conexiune: acestea sunt ultimele cifre preluate.

## Translations of the offer and the questions
translations-title = Traduceri
translations-hint = Cât din ofertă și din întrebări este scris în fiecare limbă. Descărcați o foaie de traducere (CSV) pentru un traducător: un rând pentru fiecare text, cu textul în neerlandeză alături. Apoi încărcați aici foaia completată.
translations-language = Limbă
translations-offer = Ofertă
translations-questions = Întrebări
translations-sheet = Foaie de traducere
translations-percent = { $percent } %
translations-loading = Se încarcă toate limbile…
translations-import = Încărcați o foaie de traducere completată
translations-ok = Texte ({ $language }): { $count }. Fără erori.
translations-apply = Adăugați în oferta de pe acest dispozitiv
translations-applied = Traducerea este în oferta de pe acest dispozitiv. Puneți cele două fișiere lângă catalogue.json pe site ca să ajungă pe fiecare dispozitiv.
translations-publish = Fișiere de publicat
