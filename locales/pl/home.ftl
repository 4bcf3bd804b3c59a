# Home page: the seven functions of the network and the other two jobs.
home-title = Czego szukasz?
home-ask = Mam pytanie
home-feedback = Podziel się opinią
home-functions = Oferta w okolicy
function-meeting = Spotkania z ludźmi
function-childcare-school = Opieka i szkoła
function-play = Zabawa i czas wolny
function-family-health = Rodzina i zdrowie
function-public-space = Zabawa na dworze
function-basic-rights = Pomoc i prawa
function-advocacy = Razem zabieramy głos
