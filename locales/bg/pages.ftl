# Titles and short texts of the other routes.
offers-title = Предложения в квартала
offer-title = За това предложение
ask-title = Къде мога да се обърна?
feedback-title = Дайте мнение
check-title = Анкета за квартала
staff-title = За служители
settings-title = Настройки
settings-language = Език
not-found-title = Тази страница не съществува
not-found-home = Към началната страница
catalogue-refused = Новите предложения са отказани: остават предишните
catalogue-problem = { $code ->
    [unreadable] Файлът не може да се прочете
    [unsupported-schema] Непозната версия
    [missing] Липсва
    [duplicate] Среща се два пъти
    [unknown-function] Непозната функция
    [unknown-age] Непозната възраст
    [unknown-organization] Непозната организация
    [unknown-offer] Непознато предложение
    [disallowed-link] Непозволена връзка
    [bad-phone] Невалиден телефонен номер
    [bad-email] Невалиден имейл адрес
    [bad-hours] Невалидно работно време
    [bad-coordinates] Невалидни координати
    [bad-date] Невалидна дата
    [bad-time] Невалиден час
    [bad-language-tag] Невалиден езиков код
    [no-dutch-text] Липсва текст на нидерландски
   *[no-schedule] Няма часове или занимания
}
ask-search-label = Търсете със свои думи
ask-search = Търсете
ask-topics = Изберете тема
ask-all-topics = Всички теми
ask-results = Намерено
answer-go-here = Тук можете да се обърнете:
ask-nothing = Нищо не намерихме. Рецепцията ще Ви помогне с всеки въпрос.
ask-tell-us = Кажете ни какво търсихте
share-open-on-phone = Отворете на телефона
share-qr = QR код на тази страница
share-qr-caption = Сканирайте с камерата на телефона си.

clear-title = Вашите данни на това устройство
clear-what = Това устройство пази запазените Ви предложения, езика Ви и списъка с предложения, за да работи приложението и без интернет. Нищо от това не се изпраща никъде.
clear-button = Изтрийте моите данни
clear-sure = Да се изтрият ли любимите ви и изборът на език от това устройство? Списъкът с услуги остава, така че приложението работи и без интернет.
clear-unsent = { $count ->
    [one] 1 Ваше съобщение още не е изпратено на екипа в квартала. То е анонимно.
   *[other] { $count } Ваши съобщения още не са изпратени на екипа в квартала. Те са анонимни.
}
clear-keep-feedback = Запазете съобщенията ми за екипа
clear-delete-feedback = Изтрийте и съобщенията ми
clear-confirm = Да, изтрийте
clear-cancel = Отказ
clear-failed = Изтриването не успя. Нищо не е променено; опитайте отново.
settings-neighbourhood = Квартал
handover-title = Лично насочване
handover-question = Въпросът
handover-next = Тук ще ви помогнат
handover-no-offer = Първо изберете услуга за насочването.
handover-make = Карта за насочване
