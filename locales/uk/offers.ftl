# The offer: list, filters, cards and the page of one offer.
offers-results = { $count ->
    [0] Нічого не знайдено
    [one] { $count } послуга
    [few] { $count } послуги
    [many] { $count } послуг
   *[other] { $count } послуги
}
offers-none = Немає послуг для цього вибору. На рецепції вам допоможуть.
offers-loading = Завантаження послуг…
offers-unavailable = Списку послуг ще немає на цьому пристрої. Один раз підключіться до інтернету.
offers-refused = Новий список відхилено, помилок: { $count }. Попередній список залишається.
offers-clear-filters = Показати все
filter-label = Вибрати
filter-function = Вид
filter-age = Вік
filter-cost = Ціна
filter-when = Коли
filter-more = Ще
age-0-3 = 0–3 роки
age-3-6 = 3–6 років
age-6-12 = 6–12 років
age-parents = Батьки
cost-free = Безкоштовно
cost-uitpas = Знижка UiTPAS
when-now = Відкрито зараз
when-today = Сьогодні
walk-in = Без запису
speaks-my-language = Говорять моєю мовою
favourite-add = Зберегти
favourite-remove = Збережено
favourites-title = Збережені послуги
favourites-none = Ви ще нічого не зберегли. Торкніться сердечка на картці послуги.
nav-favourites = Збережене
when-open-until = Відкрито до { $time }
when-opens-today = Відкриється сьогодні о { $time }
when-opens-tomorrow = Відкриється завтра о { $time }
when-opens-weekday = Відкриється: { $weekday }, { $time }
when-opens-date = Відкриється { $date } о { $time }
when-closed = Поки що зачинено
weekday = { $day ->
    [mo] понеділок
    [tu] вівторок
    [we] середа
    [th] четвер
    [fr] п’ятниця
    [sa] субота
   *[su] неділя
}
activity-weekly = Щотижня: { $weekday }, { $start }–{ $end }
activity-monthly = { $week ->
    [1] Перший
    [2] Другий
    [3] Третій
    [4] Четвертий
   *[last] Останній
} тиждень місяця: { $weekday }, { $start }–{ $end }
offer-not-found = Такої послуги немає або вже немає.
offer-where = Де
offer-open-map = Відкрити на карті
offer-when = Коли
offer-cost = Ціна
offer-price-income = Ціна залежить від доходу
offer-languages = Мови
offer-interpreter = Можна з перекладачем
offer-for-whom = Для кого
offer-pram = Можна з візочком
offer-wheelchair = Для крісла колісного
offer-bring = Що взяти з собою
offer-contact = Контакти
offer-call = Зателефонувати
offer-whatsapp = WhatsApp
offer-email = Ел. пошта
offer-website = Сайт
offer-add-to-calendar = У мій календар
offer-by = Організатор: { $organization }
offer-appointment = За записом
offer-walk-in-or-appointment = Без запису або за записом
front-desk-title = Рецепція: з будь-яким питанням
map-title = Карта
map-list = Усі місця
agenda-title = Цього тижня
agenda-none = Немає занять
offers-views = Вигляд
offers-show-more = Показати ще
