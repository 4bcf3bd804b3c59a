# Home page: the seven functions of the network and the other two jobs.
home-title = Maxaad raadinaysaa?
home-ask = Su'aal baan qabaa
home-feedback = Ra'yigaaga sheeg
home-functions = Adeegyada xaafadda
function-meeting = La kulan dad
function-childcare-school = Xannaano iyo dugsi
function-play = Ciyaar iyo waqti firaaqo
function-family-health = Qoyska iyo caafimaadka
function-public-space = Ciyaar bannaanka
function-basic-rights = Caawimo iyo xuquuq
function-advocacy = Wadajir u hadlid
