# The offer: list, filters, cards and the page of one offer.
offers-results = { $count ->
    [0] Ничего не найдено
    [one] { $count } услуга
    [few] { $count } услуги
    [many] { $count } услуг
   *[other] { $count } услуги
}
offers-none = Нет услуг для этого выбора. В приёмной вам помогут.
offers-loading = Загрузка услуг…
offers-unavailable = Списка услуг ещё нет на этом устройстве. Один раз подключитесь к интернету.
offers-refused = Новый список отклонён, ошибок: { $count }. Прежний список остаётся.
offers-clear-filters = Показать всё
filter-label = Выбрать
filter-function = Вид
filter-age = Возраст
filter-cost = Цена
filter-when = Когда
filter-more = Ещё
age-0-3 = 0–3 года
age-3-6 = 3–6 лет
age-6-12 = 6–12 лет
age-parents = Родители
cost-free = Бесплатно
cost-uitpas = Скидка UiTPAS
when-now = Открыто сейчас
when-today = Сегодня
walk-in = Без записи
speaks-my-language = Говорят на моём языке
favourite-add = Сохранить
favourite-remove = Сохранено
favourites-title = Сохранённые услуги
favourites-none = Вы ещё ничего не сохранили. Нажмите на сердечко на карточке услуги.
nav-favourites = Сохранённое
when-open-until = Открыто до { $time }
when-opens-today = Откроется сегодня в { $time }
when-opens-tomorrow = Откроется завтра в { $time }
when-opens-weekday = Откроется: { $weekday }, { $time }
when-opens-date = Откроется { $date } в { $time }
when-closed = Пока закрыто
weekday = { $day ->
    [mo] понедельник
    [tu] вторник
    [we] среда
    [th] четверг
    [fr] пятница
    [sa] суббота
   *[su] воскресенье
}
activity-weekly = Каждую неделю: { $weekday }, { $start }–{ $end }
activity-monthly = { $week ->
    [1] Первая
    [2] Вторая
    [3] Третья
    [4] Четвёртая
   *[last] Последняя
} неделя месяца: { $weekday }, { $start }–{ $end }
offer-not-found = Такой услуги нет или больше нет.
offer-where = Где
offer-open-map = Открыть на карте
offer-when = Когда
offer-cost = Цена
offer-price-income = Цена зависит от дохода
offer-languages = Языки
offer-interpreter = Можно с переводчиком
offer-for-whom = Для кого
offer-pram = Можно с коляской
offer-wheelchair = Для инвалидной коляски
offer-bring = Что взять с собой
offer-contact = Контакты
offer-call = Позвонить
offer-whatsapp = WhatsApp
offer-email = Эл. почта
offer-website = Сайт
offer-add-to-calendar = В мой календарь
offer-by = Организатор: { $organization }
offer-appointment = По записи
offer-walk-in-or-appointment = Без записи или по записи
front-desk-title = Приёмная: с любым вопросом
map-title = Карта
map-list = Все места
agenda-title = На этой неделе
agenda-none = Нет занятий
offers-views = Вид
offers-show-more = Показать ещё
