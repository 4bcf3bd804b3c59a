# Titles and short texts of the other routes.
offers-title = Услуги рядом
offer-title = Об этой услуге
ask-title = Куда обратиться?
feedback-title = Поделитесь мнением
check-title = Опрос о районе
staff-title = Для сотрудников
settings-title = Настройки
settings-language = Язык
not-found-title = Такой страницы нет
not-found-home = На главную
catalogue-refused = Новый список услуг отклонён: используется прежний
catalogue-problem = { $code ->
    [unreadable] Файл не читается
    [unsupported-schema] Неизвестная версия
    [missing] Отсутствует
    [duplicate] Встречается дважды
    [unknown-function] Неизвестная функция
    [unknown-age] Неизвестный возраст
    [unknown-organization] Неизвестная организация
    [unknown-offer] Неизвестная услуга
    [disallowed-link] Ссылка не разрешена
    [bad-phone] Неверный номер телефона
    [bad-email] Неверный адрес эл. почты
    [bad-hours] Неверные часы работы
    [bad-coordinates] Неверные координаты
    [bad-date] Неверная дата
    [bad-time] Неверное время
    [bad-language-tag] Неверный код языка
    [no-dutch-text] Нет текста на нидерландском
   *[no-schedule] Нет часов работы или занятий
}
ask-search-label = Ищите своими словами
ask-search = Искать
ask-topics = Выберите тему
ask-all-topics = Все темы
ask-results = Найдено
answer-go-here = Сюда можно обратиться:
ask-nothing = Мы ничего не нашли. В приёмной помогут с любым вопросом.
ask-tell-us = Скажите, что вы искали
share-open-on-phone = Открыть на телефоне
share-qr = QR-код этой страницы
share-qr-caption = Отсканируйте камерой телефона.

clear-title = Ваши данные на этом устройстве
clear-what = Это устройство хранит ваши сохранённые услуги, ваш язык и список услуг, чтобы приложение работало и без интернета. Ничего из этого никуда не отправляется.
clear-button = Удалить мои данные
clear-sure = Удалить избранное и выбранный язык с этого устройства? Список услуг останется, и приложение будет работать без интернета.
clear-unsent = { $count ->
    [one] { $count } ваше сообщение ещё не отправлено команде района. Оно анонимно.
    [few] { $count } ваших сообщения ещё не отправлены команде района. Они анонимны.
    [many] { $count } ваших сообщений ещё не отправлены команде района. Они анонимны.
   *[other] { $count } ваших сообщения ещё не отправлены команде района. Они анонимны.
}
clear-keep-feedback = Оставить сообщения для команды
clear-delete-feedback = Удалить и мои сообщения
clear-confirm = Да, удалить
clear-cancel = Отмена
clear-failed = Не удалось удалить. Ничего не изменилось; попробуйте ещё раз.
settings-neighbourhood = Район
handover-title = Личная передача
handover-question = Вопрос
handover-next = Здесь вам помогут
handover-no-offer = Сначала выберите услугу для передачи.
handover-make = Карточка передачи
