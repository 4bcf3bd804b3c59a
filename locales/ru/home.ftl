# Home page: the seven functions of the network and the other two jobs.
home-title = Что вы ищете?
home-ask = У меня вопрос
home-feedback = Поделитесь мнением
home-functions = Услуги рядом
function-meeting = Встречи с людьми
function-childcare-school = Детский сад и школа
function-play = Игры и досуг
function-family-health = Семья и здоровье
function-public-space = Игры на улице
function-basic-rights = Помощь и права
function-advocacy = Вместе за свои права
