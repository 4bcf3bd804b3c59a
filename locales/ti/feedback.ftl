## Feedback from families: ratings, "something missing or wrong?", the neighbourhood check.

feedback-missing-or-wrong = ዝጎደለ ወይ ጌጋ ኣሎ ዶ?
feedback-about = ብዛዕባ:
feedback-topic = ብዛዕባ እንታይ እዩ?
feedback-words = ብቃላትኩም ንገሩና (ብዝኾነ ቋንቋ)
feedback-empty = መጀመርታ ስእሊ ምረጹ ወይ ገለ ጽሓፉ።
feedback-send = ስደዱ
feedback-another = ካልእ ንገሩና
feedback-say-more = ተወሳኺ ንገሩና
feedback-held = እዚ መሳርሒ መልእኽትኹም ክዕቅቦ ኣይከኣለን። እቲ ኣፕ ክፉት ክሳብ ዘሎ ንሕና ንዕቅቦ፣ ደጊምና ድማ ንፍትን። በጃኹም ነቲ ኣፕ ቁሩብ ግዜ ክፉት ግደፍዎ።
text-counter = { $count } / { $max } ፊደላት

topic-missing-offer = ዘድልየኒ ነገር ይጎድል
topic-wrong-info = ሓበሬታ ጌጋ እዩ
topic-neighbourhood = ገለ ነገር ኣብ ከባቢ
topic-app = እቲ ኣፕ ጽቡቕ ኣይሰርሕን
topic-other = ካልእ ነገር

thanks-title = የቐንየልና!
thanks-what-happens = መልእኽትኹም ብዘይ ስምኩም ኣብዚ መሳርሒ ተዓቂቡ ኣሎ። ጉጅለ ከባቢ ነፍሲ ወከፍ መልእኽቲ የንብብ፣ ነቲ ኣገልግሎታት ንምምሕያሽ ድማ ይጥቀመሉ።

rate-title = ከመይ ነይሩ?
rate-say-more = ስለምንታይ ንገሩና (እንተ ደሊኹም)
rate-reasons = ስለምንታይ?
rate-words = ካልእ ኣሎ ዶ? (እንተ ደሊኹም)
face-sad = ሕማቕ
face-neutral = ማእከላይ
face-happy = ጽቡቕ
reason-too-expensive = ኣዝዩ ክቡር
reason-too-far = ኣዝዩ ርሑቕ
reason-closed = ክመጽእ ከለኹ ዕጹው ነይሩ
reason-language = ቋንቋ ኣይተረድኣንን
reason-waited-long = ነዊሕ ተጸቢየ
reason-friendly = ሕያዋያን ነይሮም
reason-helped = ሓጊዙኒ

check-question = ከባቢና ክንደይ ጽቡቕ እዩ?
check-start = ገምጋም ከባቢ ጀምሩ
check-who = መን እዩ ዝምልስ?
check-intro = ብዛዕባ ኣብዚ ምንባር 14 ሓጸርቲ ሕቶታት። እንተ ደሊኹም ሕቶታት ሕለፍዎም። ስምኩም ኣይንሓትትን።
check-adult = ዓቢ ሰብ
check-child = ቆልዓ (6 ክሳብ 12)
check-progress = ሕቶ { $step } ካብ { $total }
check-back = ንድሕሪት
check-skip = ሕለፉ
check-scale-low = 1 = ብዙሕ ምምሕያሽ የድልዮ
check-scale-high = 7 = ቁሩብ ምምሕያሽ የድልዮ
check-your-compass = መልስታትኩም
check-compass-label = ኮምፓስ ናይ መልስታትኩም፡ ናብ ደገ ብዝኸደ መጠን ዝሓሸ እዩ። እቲ ኣብ ታሕቲ ዘሎ ሰንጠረዥ ተመሳሳሊ መልስታት ኣለዎ።
check-table-caption = መልስታትኩም ብኣርእስቲ
check-theme = ኣርእስቲ
check-answer = መልሲ
check-skipped = ተሓሊፉ
check-score-of-7 = { $score } ካብ 7
check-area = ከባቢ ወይ ፖስታዊ ኮድ (እንተ ደሊኹም)
check-area-hint = ከባቢ ጥራይ፣ ኣድራሻኹም ኣይኮነን።
check-again = እንደገና ጀምሩ

theme-moving-around = ምንቅስቓስ
theme-moving-around-question = ኣብ ከባቢይ ብቐሊሉ ብእግሪ ክኸይድን ብሽግለታ ክዝውርን እኽእል ዶ?
theme-public-transport = ህዝባዊ መጓዓዝያ
theme-public-transport-question = ህዝባዊ መጓዓዝያ ምስ ድሌታተይ ይሰማማዕ ዶ?
theme-traffic-parking = ትራፊክን ፓርኪንግን
theme-traffic-parking-question = ኩሉ ሰብ ኣብ መንጎ ትራፊክን ደው ዝበላ መካይንን ብድሕንነት ክንቀሳቐስ ይኽእል ዶ?
theme-streets-spaces = ጎደናታትን ኣደባባያትን
theme-streets-spaces-question = ህንጻታት፣ ጎደናታትን ኣደባባያትን ነዚ ቦታ ባሕ ዘብል ይገብርዎ ዶ?
theme-natural-space = ተፈጥሮ
theme-natural-space-question = ብቐጻሊ ብፓርካት፣ ኣእዋምን ማይን ክሕጎስ እኽእል ዶ?
theme-play-recreation = ጸወታን ናጻ ግዜን
theme-play-recreation-question = ቆልዑ ክጻወቱ ይኽእሉ ዶ፣ ኣነ'ውን ኣብ ቀረባ ስፖርትን ዝፈትዎ ንጥፈታትን ክገብር እኽእል ዶ?
theme-facilities-amenities = መሳለጥያታት
theme-facilities-amenities-question = ዘድልዩኒ ድኳናት፣ ኣብያተ ትምህርቲ፣ ሓካይምን ካልኦት ኣገልግሎታትን ኣለዉ ዶ?
theme-work-economy = ስራሕን ከባብያዊ ቁጠባን
theme-work-economy-question = ኣብ ቀረባ ጽቡቕ ስራሕን ስልጠናን ኣሎ ዶ?
theme-housing-community = መንበሪ ገዛ
theme-housing-community-question = ኣብዚ ንዝተፈላለዩ ሰባት ጽቡቕ መንበሪ ገዛ ኣሎ ዶ?
theme-social-contact = ማሕበራዊ ርክብ
theme-social-contact-question = ምስ ሰባት ንምርኻብ እኹል ቦታታት ኣለዉ ዶ?
theme-identity-belonging = ከም ገዛ ምስማዕ
theme-identity-belonging-question = እዚ ከባቢ ከም ገዛይ፣ ከም ዝብጽሖ ቦታ ኮይኑ ይስምዓኒ ዶ?
theme-feeling-safe = ውሕስነት ምስማዕ
theme-feeling-safe-question = ኣብዚ ውሑስ ኮይኑ ይስምዓኒ ዶ?
theme-care-maintenance = ክንክን
theme-care-maintenance-question = ህንጻታትን ህዝባዊ ቦታታትን ጽቡቕ ክንክን ይግበረሎም ዶ?
theme-influence-control = ተሳትፎ
theme-influence-control-question = ብዛዕባ ከባቢይ ኣብ ዝውሰዱ ውሳኔታት ክሳተፍ ከም ዝኽእል ይስምዓኒ ዶ?
feedback-goes-to = ርእይቶኹም ብዘይ ስም ናብ መርበብ ከባቢ ({ $host }) ይለኣኽ። ስም የለን፣ ሓበሬታ መሳርሒ የለን።
feedback-send-yes = እወ፣ ስደዱ
feedback-send-no = ኣብዚ መሳርሒ ጥራይ
thanks-ask-first = መልእኽትኹም ብዘይ ስምኩም ኣብዚ መሳርሒ ተዓቂቡ ኣሎ። ናብ ጉጅለ ከባቢ ክኸይድ ይኽእል እንተኾይኑ ኣብ ታሕቲ ምረጹ።
thanks-no-receiver = መልእኽትኹም ብዘይ ስምኩም ኣብዚ መሳርሒ ተዓቂቡ ኣሎ። ባዕሉ ናብ ጉጅለ ከባቢ ኣይበጽሕን እዩ፡ ንሳቶም ዝርእይዎ መልእኽትታት ናይዚ መሳርሒ ምስ ዝእክቡ ጥራይ እዩ። ከም ዝፈልጡ ርግጸኛ ክትኮኑ ትደልዩ ዶ? ንመቐበሊ ንገሩ።
thanks-kept-here = ከም ዝመረጽኩምዎ፡ መልእኽትኹም ኣብዚ መሳርሒ ይተርፍ እምበር ኣይልኣኽን። ስለዚ ጉጅለ ከባቢ ኣይርእይዎን። ነዚ ኣብ ቅጥዕታት ክትቕይርዎ ትኽእሉ ኢኹም።
you-said-title = ንስኻትኩም በልኩም፡ ንሕና ገበርና
you-said = ንስኻትኩም በልኩም፦
we-did = ንሕና ገበርና፦
