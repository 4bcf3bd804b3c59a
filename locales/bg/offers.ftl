# The offer: list, filters, cards and the page of one offer.
offers-results = { $count ->
    [0] Нищо не е намерено
    [one] { $count } предложение
   *[other] { $count } предложения
}
offers-none = Няма предложение за този избор. Рецепцията ще Ви помогне.
offers-loading = Предложенията се зареждат…
offers-unavailable = Предложенията още не са на това устройство. Свържете се веднъж с интернет.
offers-refused = Новите предложения са отказани (грешки: { $count }). Остават предишните.
offers-clear-filters = Покажете всичко
filter-label = Изберете
filter-function = Вид
filter-age = Възраст
filter-cost = Цена
filter-when = Кога
filter-more = Още
age-0-3 = от 0 до 3 години
age-3-6 = от 3 до 6 години
age-6-12 = от 6 до 12 години
age-parents = Родители
cost-free = Безплатно
cost-uitpas = Отстъпка с UiTPAS
when-now = Отворено сега
when-today = Днес
walk-in = Без предварителен час
speaks-my-language = Говори моя език
favourite-add = Запазете
favourite-remove = Запазено
favourites-title = Моите запазени предложения
favourites-none = Още не сте запазили нищо. Докоснете сърцето при някое предложение.
nav-favourites = Запазени
when-open-until = Отворено сега до { $time }
when-opens-today = Отваря днес в { $time }
when-opens-tomorrow = Отваря утре в { $time }
when-opens-weekday = Отваря: { $weekday } в { $time }
when-opens-date = Отваря на { $date } в { $time }
when-closed = Засега затворено
weekday = { $day ->
    [mo] понеделник
    [tu] вторник
    [we] сряда
    [th] четвъртък
    [fr] петък
    [sa] събота
   *[su] неделя
}
activity-weekly = Всяка седмица: { $weekday }, { $start }–{ $end }
activity-monthly = { $week ->
    [1] Първата
    [2] Втората
    [3] Третата
    [4] Четвъртата
   *[last] Последната
} седмица на месеца: { $weekday }, { $start }–{ $end }
offer-not-found = Това предложение не съществува (или вече го няма).
offer-where = Къде
offer-open-map = Отворете картата
offer-when = Кога
offer-cost = Цена
offer-price-income = Цена според дохода
offer-languages = Езици
offer-interpreter = Възможен преводач
offer-for-whom = За кого
offer-pram = С детска количка
offer-wheelchair = С инвалидна количка
offer-bring = Какво да донесете
offer-contact = Контакт
offer-call = Обадете се
offer-whatsapp = WhatsApp
offer-email = Имейл
offer-website = Уебсайт
offer-add-to-calendar = Добавете в календара
offer-by = От { $organization }
offer-appointment = С предварителен час
offer-walk-in-or-appointment = С или без предварителен час
front-desk-title = Рецепция: за всеки въпрос
map-title = Карта
map-list = Всички места
agenda-title = Тази седмица
agenda-none = Няма занимания
offers-views = Изглед
offers-show-more = Покажете още
