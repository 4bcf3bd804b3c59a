# Home page: the seven functions of the network and the other two jobs.
home-title = Какво търсите?
home-ask = Имам въпрос
home-feedback = Дайте мнение
home-functions = Предложения в квартала
function-meeting = Среща с хора
function-childcare-school = Грижа за деца и училище
function-play = Игра и свободно време
function-family-health = Семейство и здраве
function-public-space = Игра навън
function-basic-rights = Помощ и права
function-advocacy = Заедно имаме глас
