# The offer: list, filters, cards and the page of one offer.
offers-results = { $count ->
    [0] ዋላ ሓደ ኣይተረኽበን
    [one] { $count } ኣገልግሎት
   *[other] { $count } ኣገልግሎታት
}
offers-none = ምስዚ ምርጫ ዝሰማማዕ ኣገልግሎት የለን። እቶም ኣብ መቐበሊ ዘለዉ ክሕግዙኹም እዮም።
offers-loading = ኣገልግሎታት ይመጽኡ ኣለዉ…
offers-unavailable = ኣገልግሎታት ገና ኣብዚ መሳርሒ የለዉን። ሓንሳብ ምስ ኢንተርነት ተራኸቡ።
offers-refused = ሓድሽ ኣገልግሎታት ተነጺጉ፡ { $count } ጌጋ። እቲ ዝነበረ ኣገልግሎታት ይጸንሕ።
offers-clear-filters = ኩሉ ኣርእዩ
filter-label = ምረጹ
filter-function = ዓይነት
filter-age = ዕድመ
filter-cost = ዋጋ
filter-when = መዓስ
filter-more = ተወሳኺ
age-0-3 = 0 ክሳብ 3 ዓመት
age-3-6 = 3 ክሳብ 6 ዓመት
age-6-12 = 6 ክሳብ 12 ዓመት
age-parents = ወለዲ
cost-free = ብነጻ
cost-uitpas = ቅናሽ ብ UiTPAS
when-now = ሕጂ ክፉት
when-today = ሎሚ
walk-in = ብዘይ ቆጸራ
speaks-my-language = ቋንቋይ ይዛረብ
favourite-add = ዓቅቡ
favourite-remove = ተዓቂቡ
favourites-title = ዝዓቀብክዎም ኣገልግሎታት
favourites-none = ገና ዝዓቀብኩምዎ የለን። ኣብ ጥቓ ኣገልግሎት ዘሎ ልቢ ጠውቑ።
nav-favourites = ዝተዓቀቡ
when-open-until = ሕጂ ክሳብ { $time } ክፉት
when-opens-today = ሎሚ ሰዓት { $time } ይኽፈት
when-opens-tomorrow = ጽባሕ ሰዓት { $time } ይኽፈት
when-opens-weekday = { $weekday } ሰዓት { $time } ይኽፈት
when-opens-date = ብ { $date } ሰዓት { $time } ይኽፈት
when-closed = ንግዚኡ ዕጹው
weekday = { $day ->
    [mo] ሰኑይ
    [tu] ሰሉስ
    [we] ረቡዕ
    [th] ሓሙስ
    [fr] ዓርቢ
    [sa] ቀዳም
   *[su] ሰንበት
}
activity-weekly = ኩሉ { $weekday }፣ { $start }–{ $end }
activity-monthly = { $week ->
    [1] ቀዳማይ
    [2] ካልኣይ
    [3] ሳልሳይ
    [4] ራብዓይ
   *[last] ናይ መወዳእታ
} { $weekday } ናይ ወርሒ፣ { $start }–{ $end }
offer-not-found = እዚ ኣገልግሎት የለን (ወይ ድሕሪ ሕጂ የለን)።
offer-where = ኣበይ
offer-open-map = ኣብ ካርታ ክፈቱ
offer-when = መዓስ
offer-cost = ዋጋ
offer-price-income = ዋጋ ብመሰረት እቶት
offer-languages = ቋንቋታት
offer-interpreter = ተርጓሚ ክርከብ ይኽእል
offer-for-whom = ንመን
offer-pram = ምስ ዓረብያ ህጻን
offer-wheelchair = ምስ ዓረብያ ስንኩላን
offer-bring = ሒዝኩም ምጹ
offer-contact = ርክብ
offer-call = ደውሉ
offer-whatsapp = WhatsApp
offer-email = ኢመይል
offer-website = ዌብሳይት
offer-add-to-calendar = ኣብ ካላንደረይ
offer-by = ብ { $organization }
offer-appointment = ብቆጸራ
offer-walk-in-or-appointment = ብዘይ ቆጸራ ወይ ብቆጸራ
front-desk-title = መቐበሊ፡ ንዝኾነ ሕቶ
map-title = ካርታ
map-list = ኩሎም ቦታታት
agenda-title = እዚ ሰሙን
agenda-none = ንጥፈት የለን
offers-views = ርኣዩ
offers-show-more = ተወሳኺ ኣርእዩ
