# Titles and short texts of the other routes.
offers-title = ኣገልግሎታት ኣብ ከባቢ
offer-title = ብዛዕባ እዚ ኣገልግሎት
ask-title = ናበይ ክኸይድ እኽእል?
feedback-title = ርእይቶኹም ሃቡ
check-title = ገምጋም ከባቢ
staff-title = ንሰራሕተኛታት
settings-title = ምድላዋት
settings-language = ቋንቋ
not-found-title = እዚ ገጽ የለን
not-found-home = ናብ መበገሲ ገጽ
catalogue-refused = ሓድሽ ኣገልግሎታት ተነጺጉ፡ እቲ ዝነበረ ኣብ ጥቕሚ ይቕጽል
catalogue-problem = { $code ->
    [unreadable] ፋይል ኣይንበብን
    [unsupported-schema] ዘይፍለጥ ስሪት
    [missing] ይጎድል
    [duplicate] ክልተ ግዜ ተደጊሙ
    [unknown-function] ዘይፍለጥ ዓይነት
    [unknown-age] ዘይፍለጥ ዕድመ
    [unknown-organization] ዘይፍለጥ ትካል
    [unknown-offer] ዘይፍለጥ ኣገልግሎት
    [disallowed-link] ዘይፍቀድ ሊንክ
    [bad-phone] ጌጋ ቁጽሪ ተሌፎን
    [bad-email] ጌጋ ኢመይል
    [bad-hours] ጌጋ ሰዓታት ስራሕ
    [bad-coordinates] ጌጋ ኮኦርዲኔት
    [bad-date] ጌጋ ዕለት
    [bad-time] ጌጋ ሰዓት
    [bad-language-tag] ጌጋ ኮድ ቋንቋ
    [no-dutch-text] ጽሑፍ ብሆላንድኛ የለን
   *[no-schedule] ሰዓታት ወይ ንጥፈት የለን
}
ask-search-label = ብቃላትኩም ድለዩ
ask-search = ድለዩ
ask-topics = ኣርእስቲ ምረጹ
ask-all-topics = ኩሎም ኣርእስትታት
ask-results = ዝተረኽበ
answer-go-here = ናብዚ ክትከዱ ትኽእሉ:
ask-nothing = ዋላ ሓንቲ ኣይረኸብናን። መቐበሊ ንዝኾነ ሕቶ ይሕግዘኩም።
ask-tell-us = እንታይ ከም ዝደለኹም ንገሩና
share-open-on-phone = ኣብ ሞባይለይ ክፈቱ
share-qr = QR ኮድ ናይዚ ገጽ
share-qr-caption = ብካሜራ ሞባይልኩም ስካን ግበሩ።

clear-title = ሓበሬታኹም ኣብዚ መሳርሒ
clear-what = እቲ ኣፕ ብዘይ ኢንተርነት'ውን ክሰርሕ ምእንቲ፡ እዚ መሳርሒ ዝዓቀብኩምዎም ኣገልግሎታት፣ ቋንቋኹምን ዝርዝር ኣገልግሎታትን ይዕቅብ። ካብዚ ዋላ ሓደ ናብ ዝኾነ ቦታ ኣይለኣኽን።
clear-button = ሓበሬታይ ደምስሱ
clear-sure = ዝፈትውዎምን ዝመረጽኩሞ ቋንቋን ካብዚ መሳርሒ ይደምሰሱ ድዮም? ዝርዝር ኣገልግሎታት ይተርፍ፣ ስለዚ እቲ ኣፕ ብዘይ ኢንተርነት ይሰርሕ።
clear-unsent = { $count ->
    [one] { $count } መልእኽትኹም ገና ናብ ጉጅለ ከባቢ ኣይተላእከን። ስም የብሉን።
   *[other] { $count } መልእኽታትኩም ገና ናብ ጉጅለ ከባቢ ኣይተላእኩን። ስም የብሎምን።
}
clear-keep-feedback = መልእኽታተይ ንጉጅለ ይጽንሑ
clear-delete-feedback = መልእኽታተይ'ውን ደምስሱ
clear-confirm = እወ፣ ደምስሱ
clear-cancel = ሰርዙ
clear-failed = ምድምሳስ ኣይሰለጠን። ዋላ ሓንቲ ኣይተቐየረን፤ እንደገና ፈትኑ።
settings-neighbourhood = ከባቢ
handover-title = ብቐጥታ ምሕላፍ
handover-question = እቲ ሕቶ
handover-next = ኣብዚ ክሕግዙኹም እዮም
handover-no-offer = ቅድም ንምሕላፍ ሓደ ኣገልግሎት ምረጹ።
handover-make = ካርድ ምሕላፍ
