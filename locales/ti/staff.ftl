## Staff pages: PIN, feedback dashboard, export, sending.

staff-pin-choose = ንሰራሕተኛታት ፒን ምረጹ
staff-pin-choose-hint = እቲ ፒን ኣብዚ መሳርሒ ዘሎ ርእይቶታት ይሕሉ። ዝዕቀብ ጨው ዝተወሰኾ ሃሽ (salted hash) ጥራይ እዩ። ካብ 6 ክሳብ 12 ኣሃዛት ተጠቐሙ፣ ምስ ጉጅለ ድማ ዓቅብዎ።
staff-pin-new = ሓድሽ ፒን
staff-pin-repeat = ተመሳሳሊ ፒን ደጊምኩም
staff-pin-save = ፒን ዓቅቡ
staff-pin-enter = ፒን ሰራሕተኛታት
staff-pin-wrong = እዚ ፒን ቅኑዕ ኣይኮነን።
staff-pin-wait = ብዙሕ ግዜ ጌጋ ፒን። { $seconds } s ተጸበዩ፣ ድሕሪኡ ደጊምኩም ፈትኑ።
staff-pin-not-saved = እቲ ፒን ኣብዚ መሳርሒ ክዕቀብ ኣይከኣለን።
staff-pin-problem-too-short = ካብ 6 ክሳብ 12 ኣሃዛት ተጠቐሙ።
staff-pin-problem-not-digits = ኣሃዛት 0–9 ጥራይ ተጠቐሙ።
staff-pin-problem-mismatch = እቶም ክልተ ፒናት ሓደ ኣይኮኑን።
staff-setup-code = ኮድ ምድላው ናይቲ መርበብ
staff-setup-hint = ሓድሽ መሳርሒ ክዳሎ ዝኽእል ብቲ ኣወሃሃዲ መርበብ ዝህበኩም ኮድ ምድላው ጥራይ እዩ። ድሕሪኡ ናይዚ መሳርሒ ፒን ትመርጹ።
staff-setup-wrong = እዚ ኮድ ምድላው ቅኑዕ ኣይኮነን።
staff-setup-missing = እዚ መሳርሒ ገና ክዳሎ ኣይክእልን፤ ኮድ ምድላው ናይቲ መርበብ ኣይተረኽበን። ምስ ኢንተርነት ተራኸቡ፣ ወይ ነቲ ኣወሃሃዲ መርበብ ሕተቱ።
staff-setup-sample = እዚ ኣብቲ ሰነዳት ከም ኣብነት ዝቐረበ ኮድ ምድላው እዩ። ቅድሚ ናይ ሓቂ ኣጠቓቕማ ናይ ገዛእ ርእስኹም ኮድ ምድላው ኣውጽኡ።
staff-unlock = ክፈቱ
staff-lock = ዕጸዉ

staff-outbox = ርእይቶታት ኣብዚ መሳርሒ
staff-waiting = { $count ->
    [one] { $count } መዝገብ ክለኣኽ ወይ ኤክስፖርት ክግበር ይጽበ ኣሎ
   *[other] { $count } መዛግብ ክለኣኹ ወይ ኤክስፖርት ክግበሩ ይጽበዩ ኣለዉ
}
staff-outbox-unreadable = ኣብዚ መሳርሒ ዘሎ ርእይቶታት ሕጂ ክንበብ ኣይከኣለን። ዋላ ሓንቲ ኣይተደምሰሰን።
staff-set-aside = { $count ->
    [one] { $count } መዝገብ ብሰርቨር ተነጺጉ ወይ ክንበብ ኣይከኣለን። እቶም ካልኦት ክቕጽሉ ተፈልዩ ተቐሚጡ ኣሎ፣ ደጊሙ ድማ ኣይለኣኽን።
   *[other] { $count } መዛግብ ብሰርቨር ተነጺጎም ወይ ክንበቡ ኣይከኣሉን። እቶም ካልኦት ክቕጽሉ ተፈልዮም ተቐሚጦም ኣለዉ፣ ደጊሞም ድማ ኣይለኣኹን።
}
staff-set-aside-download = ዝተፈለዩ መዛግብ ኣውርዱ
staff-set-aside-delete = ዝተፈለዩ መዛግብ ደምስሱ
staff-set-aside-confirm = እወ፣ ንሓዋሩ ደምስስዎም
staff-period = እዋን
staff-from = ካብ
staff-to = ክሳብ
staff-kind-rating = ገምጋማት
staff-kind-signal = ጸብጻባት
staff-kind-missing = ውጽኢት ዘይብሎም ምድላያት
staff-kind-check = ገምጋማት ከባቢ
staff-ratings = ገምጋማት ብኣገልግሎት
staff-offer = ኣገልግሎት
staff-count = ብዝሒ
staff-average-3 = ማእከላይ (1–3)
staff-average-7 = ማእከላይ (1–7)
staff-checks = ገምጋማት ከባቢ
staff-check-count = { $count ->
    [one] { $count } ገምጋም
   *[other] { $count } ገምጋማት
}
staff-compass-label = ኮምፓስ ናይ ኩሎም ገምጋማት ኣብዚ እዋን፡ ናብ ደገ ብዝኸደ መጠን ዝሓሸ እዩ። እቲ ኣብ ታሕቲ ዘሎ ሰንጠረዥ ተመሳሳሊ ዋጋታት ኣለዎ።
staff-themes-caption = ማእከላይ ብኣርእስቲ (መልስታት ቆልዑ ናብ 1–7 ተቐይሩ)
staff-messages = ጸብጻባትን ቃላትን
staff-nothing-yet = ኣብዚ እዋን ገና ዋላ ሓንቲ የለን።
staff-more-in-export = ተወሳኺ { $count } ኣብቲ ኤክስፖርት።
staff-export = ኤክስፖርት
staff-export-hint = ኩሎም መዛግብ ናይቲ እዋን። CSV ኣብ ናይ ሰንጠረዥ (spreadsheet) ፕሮግራማት ይኽፈት (ዓረብኛ'ውን)፤ JSON ንኻልኦት ስርዓታት እዩ።
staff-export-csv = CSV ኣውርዱ
staff-export-json = JSON ኣውርዱ

sync-title = ናብ ሰርቨር ምልኣኽ
sync-hint = ግዴታ ኣይኮነን። መዛግብ ብጥቕሎ ይለኣኹ፣ ሰርቨር ምስ ኣረጋገጾም ጥራይ ድማ ካብዚ መሳርሒ ይወጹ።
sync-endpoint = ኣድራሻ ሰርቨር
sync-endpoint-not-https = ኣድራሻ ብ https:// ክጅምር ኣለዎ (http ንባዕሉ ነዚ መሳርሒ ጥራይ)።
sync-endpoint-spaces = ኣድራሻ ባዶ ቦታ ክህልዎ የብሉን።
sync-pin = ፒን ናይ ጉጅለ (ነቲ ኣድራሻ ንምቕያር የድሊ)
sync-save = ኣድራሻ ዓቅቡ
sync-send-now = ሕጂ ስደዱ
sync-sending = ይለኣኽ ኣሎ…
sync-last-sent = ናይ መወዳእታ ዝተላእከ: { $time } ({ $count } መዛግብ)
sync-failed-network = ሰርቨር ክርከብ ኣይከኣለን። ደሓር እንደገና ይፍተን።
sync-failed-status = ሰርቨር ብጌጋ መሊሱ። ደሓር እንደገና ይፍተን።
sync-failed-garbage = መልሲ ሰርቨር ንጹር ኣይነበረን። ዋላ ሓንቲ ኣይተደምሰሰን። ደሓር እንደገና ይፍተን።
sync-failed-device = ኣብዚ መሳርሒ ዘሎ ርእይቶታት ክሕደስ ኣይከኣለን። ዋላ ሓንቲ ኣይተደምሰሰን። ደሓር እንደገና ይፍተን።
sync-retry-in = ዝቕጽል ፈተነ ድሕሪ { $seconds } ካልኢት።

kiosk-title = ኣገባብ ኪዮስክ (ሓባራዊ ታብሌት)
kiosk-hint = ኣብ መጸበዪ ክፍሊ ንዘሎ ታብሌት። ንገለ ግዜ ዝተንከፎ እንተዘይብሉ፣ ናይ 10 ካልኢት ንድሕሪት ምቑጻር ይጅምር፤ ድሕሪኡ ኩሉ ናይቲ ዝሓለፈ ስድራ ይድምሰስ (ቋንቋ፣ ዝተዓቀቡ ኣገልግሎታት፣ ምድላያት፣ ዘይተላእከ ጽሑፍ)፣ ከምኡ'ውን «ንምጅማር ጠውቑ» ዝብል ስክሪን ይመጽእ። ዝተላእከ ርእይቶ ይጸንሕ። ካብ ኣገባብ ኪዮስክ ምውጻእ በዚ ፒን ጥራይ ይከኣል።
kiosk-on = ኣገባብ ኪዮስክ ኣብ ስራሕ
kiosk-idle = ቅድሚ ንድሕሪት ምቑጻር ብዘይ ምትንካፍ ዝሓልፋ ካልኢታት (5–3600)
kiosk-language = ንነፍሲ ወከፍ ስድራ ናይ መጀመርታ ቋንቋ
kiosk-save = ምድላዋት ኪዮስክ ዓቅቡ
kiosk-saved = ምድላዋት ኪዮስክ ተዓቂቡ።
kiosk-not-saved = ምድላዋት ኪዮስክ ኣብዚ መሳርሒ ክዕቀብ ኣይከኣለን።

## Importing and exporting the offer
import-title = ኢምፖርት ኣገልግሎታት
import-hint = ብመሰረት እቲ ቅጥዒ ዝተዳለወ ፋይል CSV፣ ፋይል HSDS 3 (JSON) ወይ ዝቐደመ ኤክስፖርት። ጌጋታት ክሳብ ዘለዉ ዋላ ሓንቲ ኣይቕየርን።
import-file = ፋይል ምረጹ
import-reading = እቲ ፋይል ይንበብ ኣሎ…
import-errors = { $count ->
    [one] { $count } ጌጋ። ዋላ ሓንቲ ኣይተቐየረን።
   *[other] { $count } ጌጋታት። ዋላ ሓንቲ ኣይተቐየረን።
}
import-in-file = ፋይል
import-row = ረድፊ { $row }
import-where = ኣበይ
import-column = ዓምዲ
import-what = ጸገም
import-value = ዋጋ
import-problem = { $code ->
    [empty] ባዶ ፋይል
    [too-large] ፋይል ኣዝዩ ዓቢ (ዝለዓለ 8 MB)
    [binary] ፋይል ጽሑፍ ኣይኮነን (UTF-8)
    [unbalanced-quotes] ምልክት ጥቕሲ ኣይተዓጽወን
    [column-count] ጌጋ ብዝሒ ዓምድታት
    [unknown-column] ዘይፍለጥ ዓምዲ
    [missing-column] ዓምዲ ወይ ክፍሊ ይጎድል
    [wrong-type] ጌጋ ዓይነት ዋጋ
    [unsupported-version] ዘይፍለጥ ስሪት
    [wrong-language] ሳልሳይ ዓምዲ ኮድ ቋንቋ ኣይኮነን (ወይ ሆላንድኛ እዩ)
    [unknown-key] ዘይፍለጥ መፍትሕ፡ እዚ ጽሑፍ የለን (ወይ ድሕሪ ሕጂ የለን)
    [duplicate-key] ሓደ መፍትሕ ክልተ ግዜ
    [source-changed] እቲ ሆላንድኛ ጽሑፍ ብድሕሪኡ ተቐይሩ፡ ሓድሽ ሰንጠረዥ ትርጉም ኣውርዱ
   *[unreadable] ፋይል ኣይንበብን
}
import-ok = ኣገልግሎታት: { $offers }፣ ትካላት: { $organizations }። ጌጋ የለን።
import-preview = ኣብቲ ኣፕ ርኣዩ
import-apply = ተግብሩ
import-apply-sure = ኣብዚ መሳርሒ ዘለዉ ኣገልግሎታት በዚ ፋይል ይተኩ ዶ?
import-apply-confirm = እወ፣ ተክኡ
import-cancel = ሰርዙ
import-applied = እቲ ሓድሽ ዝርዝር ኣገልግሎታት ኣብዚ መሳርሒ ኣብ ጥቕሚ ኣሎ። ኣብ ኩሉ መሳርሒ ምእንቲ ክበጽሕ፡ ነቲ ኤክስፖርት JSON ኣሕትሙ።
import-failed = ምዕቃብ ኣይሰለጠን። ዋላ ሓንቲ ኣይተቐየረን።
export-title = ኤክስፖርት ኣገልግሎታት
export-json = JSON ንኣፕ
export-csv = CSV
export-hsds = HSDS 3 (JSON)
export-template = ቅጥዒ CSV

## Every device's feedback, from the network's receiver
staff-source = ኣየኖት ርእይቶታት
staff-source-device = እዚ መሳርሒ
staff-source-network = ኩሎም መሳርሒታት
staff-network-no-endpoint = እዚ ከባቢ ሰርቨር የብሉን። ኣብ ታሕቲ ሓደ ኣእትዉ፣ ወይ ካብ ነፍሲ ወከፍ መሳርሒ ኤክስፖርት ግበሩ።
staff-token = መፍትሕ ሰርቨር
staff-network-fetch = ኣምጽኡ
staff-network-failed = { $code ->
    [unauthorized] ሰርቨር ነዚ መፍትሕ ኣይቕበሎን።
   *[failed] ምምጻእ ኣይሰለጠን። ደሓር እንደገና ፈትኑ።
}
staff-network-from = ቁጽርታት ካብ ኩሎም መሳርሒታት (ዝመጽሉ ግዜ: { $time })።
staff-network-offline = ኢንተርነት የለን፤ እዚኣቶም ናይ መወዳእታ ዝመጹ ቁጽርታት እዮም።

## Translations of the offer and the questions
translations-title = ትርጉማት
translations-hint = ክንደይ ካብቶም ኣገልግሎታትን ሕቶታትን ብነፍሲ ወከፍ ቋንቋ ከም ዝተጻሕፈ። ንተርጓሚ ሰንጠረዥ ትርጉም (CSV) ኣውርዱ፡ ንነፍሲ ወከፍ ጽሑፍ ሓደ ረድፊ፣ ሆላንድኛ ድማ ኣብ ጎኑ። ድሕሪኡ ነቲ ዝተመልአ ሰንጠረዥ ኣብዚ ኣእትውዎ።
translations-language = ቋንቋ
translations-offer = ኣገልግሎታት
translations-questions = ሕቶታት
translations-sheet = ሰንጠረዥ ትርጉም
translations-percent = { $percent }%
translations-loading = ኩሎም ቋንቋታት ይጽዓኑ ኣለዉ…
translations-import = ዝተመልአ ሰንጠረዥ ትርጉም ኣእትዉ
translations-ok = ጽሑፋት ({ $language }): { $count }። ጌጋ የለን።
translations-apply = ኣብ ኣገልግሎታት ናይዚ መሳርሒ ወስኹ
translations-applied = እቲ ትርጉም ኣብ ኣገልግሎታት ናይዚ መሳርሒ ኣሎ። ኣብ ኩሉ መሳርሒ ምእንቲ ክበጽሕ፡ ነቶም ክልተ ፋይላት ኣብ ዌብሳይት ኣብ ጎኒ catalogue.json ኣቐምጥዎም።
translations-publish = ዝሕተሙ ፋይላት
