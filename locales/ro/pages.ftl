# Titles and short texts of the other routes.
offers-title = Oferta din cartier
offer-title = Despre această ofertă
ask-title = Unde găsesc ajutor?
feedback-title = Spuneți-vă părerea
check-title = Chestionar despre cartier
staff-title = Pentru personal
settings-title = Setări
settings-language = Limbă
not-found-title = Această pagină nu există
not-found-home = Mergeți la pagina de start
catalogue-refused = Ofertă nouă refuzată: se folosește în continuare cea anterioară
catalogue-problem = { $code ->
    [unreadable] Fișier ilizibil
    [unsupported-schema] Versiune necunoscută
    [missing] Lipsește
    [duplicate] Apare de două ori
    [unknown-function] Funcție necunoscută
    [unknown-age] Vârstă necunoscută
    [unknown-organization] Organizație necunoscută
    [unknown-offer] Ofertă necunoscută
    [disallowed-link] Link nepermis
    [bad-phone] Număr de telefon invalid
    [bad-email] Adresă de e-mail invalidă
    [bad-hours] Program invalid
    [bad-coordinates] Coordonate invalide
    [bad-date] Dată invalidă
    [bad-time] Oră invalidă
    [bad-language-tag] Cod de limbă invalid
    [no-dutch-text] Lipsește textul în neerlandeză
   *[no-schedule] Nici program, nici activitate
}
ask-search-label = Căutați cu propriile cuvinte
ask-search = Căutați
ask-topics = Alegeți un subiect
ask-all-topics = Toate subiectele
ask-results = Rezultate
answer-go-here = Puteți merge aici:
ask-nothing = Nu am găsit nimic. Recepția vă ajută cu orice întrebare.
ask-tell-us = Spuneți-ne ce ați căutat
share-open-on-phone = Deschideți pe telefon
share-qr = Codul QR al acestei pagini
share-qr-caption = Scanați cu camera telefonului.

clear-title = Datele dumneavoastră pe acest dispozitiv
clear-what = Acest dispozitiv păstrează ofertele salvate, limba aleasă și lista de oferte, ca aplicația să meargă și fără internet. Nimic din acestea nu este trimis nicăieri.
clear-button = Ștergeți datele mele
clear-sure = Ștergeți favoritele și limba aleasă de pe acest dispozitiv? Lista de servicii rămâne, ca aplicația să meargă și fără internet.
clear-unsent = { $count ->
    [one] 1 mesaj de la dumneavoastră nu a fost încă trimis echipei din cartier. Este anonim.
    [few] { $count } mesaje de la dumneavoastră nu au fost încă trimise echipei din cartier. Sunt anonime.
   *[other] { $count } de mesaje de la dumneavoastră nu au fost încă trimise echipei din cartier. Sunt anonime.
}
clear-keep-feedback = Păstrați mesajele pentru echipă
clear-delete-feedback = Ștergeți și mesajele mele
clear-confirm = Da, ștergeți
clear-cancel = Anulați
clear-failed = Ștergerea nu a reușit. Nu s-a schimbat nimic; încercați din nou.
settings-neighbourhood = Cartier
handover-title = Predare directă
handover-question = Întrebarea
handover-next = Aici te vor ajuta
handover-no-offer = Alege mai întâi un serviciu pentru predare.
handover-make = Fișă de predare
