## Staff pages: PIN, feedback dashboard, export, sending.

staff-pin-choose = Выберите PIN-код для сотрудников
staff-pin-choose-hint = PIN-код защищает отзывы на этом устройстве. Хранится только хеш с солью. Используйте от 6 до 12 цифр и храните код в команде.
staff-pin-new = Новый PIN-код
staff-pin-repeat = Повторите PIN-код
staff-pin-save = Сохранить PIN-код
staff-pin-enter = PIN-код сотрудников
staff-pin-wrong = Неверный PIN-код.
staff-pin-wait = Слишком много неверных PIN-кодов. Подождите { $seconds } s и попробуйте снова.
staff-pin-not-saved = Не удалось сохранить PIN-код на этом устройстве.
staff-pin-problem-too-short = Используйте от 6 до 12 цифр.
staff-pin-problem-not-digits = Используйте только цифры 0–9.
staff-pin-problem-mismatch = PIN-коды не совпадают.
staff-setup-code = Код настройки сети
staff-setup-hint = Новое устройство можно настроить только с кодом настройки, который вам даёт координатор сети. Затем вы выбираете PIN-код этого устройства.
staff-setup-wrong = Неверный код настройки.
staff-setup-missing = Это устройство пока нельзя настроить: код настройки сети не найден. Подключитесь к интернету или обратитесь к координатору сети.
staff-setup-sample = Это пример кода настройки из документации. Перед настоящим использованием опубликуйте собственный код настройки.
staff-unlock = Открыть
staff-lock = Заблокировать

staff-outbox = Отзывы на этом устройстве
staff-waiting = { $count ->
    [one] { $count } запись ждёт отправки или экспорта
    [few] { $count } записи ждут отправки или экспорта
    [many] { $count } записей ждут отправки или экспорта
   *[other] { $count } записи ждут отправки или экспорта
}
staff-outbox-unreadable = Отзывы на этом устройстве сейчас невозможно прочитать. Ничего не удалено.
staff-set-aside = { $count ->
    [one] { $count } запись отклонена сервером или не может быть прочитана. Она отложена, чтобы остальные отправлялись дальше, и повторно не отправляется.
    [few] { $count } записи отклонены сервером или не могут быть прочитаны. Они отложены, чтобы остальные отправлялись дальше, и повторно не отправляются.
    [many] { $count } записей отклонены сервером или не могут быть прочитаны. Они отложены, чтобы остальные отправлялись дальше, и повторно не отправляются.
   *[other] { $count } записи отклонены сервером или не могут быть прочитаны. Они отложены, чтобы остальные отправлялись дальше, и повторно не отправляются.
}
staff-set-aside-download = Скачать отложенные записи
staff-set-aside-delete = Удалить отложенные записи
staff-set-aside-confirm = Да, удалить навсегда
staff-period = Период
staff-from = С
staff-to = По
staff-kind-rating = оценки
staff-kind-signal = замечания
staff-kind-missing = поиски без результата
staff-kind-check = опросы о районе
staff-ratings = Оценки по услугам
staff-offer = Услуга
staff-count = Количество
staff-average-3 = Среднее (1–3)
staff-average-7 = Среднее (1–7)
staff-checks = Опросы о районе
staff-check-count = { $count ->
    [one] { $count } опрос
    [few] { $count } опроса
    [many] { $count } опросов
   *[other] { $count } опроса
}
staff-compass-label = Компас всех опросов за период: чем дальше от центра, тем лучше. В таблице ниже те же значения.
staff-themes-caption = Среднее по темам (ответы детей пересчитаны в шкалу 1–7)
staff-messages = Замечания и комментарии
staff-nothing-yet = За этот период пока ничего нет.
staff-more-in-export = Ещё { $count } — в экспорте.
staff-export = Экспорт
staff-export-hint = Все записи за период. CSV открывается в программах электронных таблиц (в том числе с арабским текстом); JSON — для других систем.
staff-export-csv = Скачать CSV
staff-export-json = Скачать JSON

sync-title = Отправка на сервер
sync-hint = Необязательно. Записи отправляются пакетами и покидают это устройство только после подтверждения сервером.
sync-endpoint = Адрес сервера
sync-endpoint-not-https = Адрес должен начинаться с https:// (http — только для самого этого устройства).
sync-endpoint-spaces = В адресе не должно быть пробелов.
sync-pin = PIN-код команды (нужен, чтобы изменить адрес)
sync-save = Сохранить адрес
sync-send-now = Отправить сейчас
sync-sending = Отправка…
sync-last-sent = Последняя отправка: { $time } (записей: { $count })
sync-failed-network = Сервер недоступен. Повторим позже.
sync-failed-status = Сервер ответил ошибкой. Повторим позже.
sync-failed-garbage = Ответ сервера непонятен. Ничего не удалено. Повторим позже.
sync-failed-device = Не удалось обновить отзывы на этом устройстве. Ничего не удалено. Повторим позже.
sync-retry-in = Следующая попытка через { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунды
    [many] { $seconds } секунд
   *[other] { $seconds } секунды
}.

kiosk-title = Режим киоска (общий планшет)
kiosk-hint = Для планшета в зале ожидания. Если к экрану долго не прикасаются, идёт обратный отсчёт 10 секунд; затем всё от предыдущей семьи удаляется (язык, сохранённые услуги, поиски, неотправленный текст) и появляется экран «коснитесь, чтобы начать». Отправленные отзывы остаются. Выйти из режима киоска можно только с этим PIN-кодом.
kiosk-on = Режим киоска включён
kiosk-idle = Секунд без касания до обратного отсчёта (5–3600)
kiosk-language = Начальный язык для каждой семьи
kiosk-save = Сохранить настройки киоска
kiosk-saved = Настройки киоска сохранены.
kiosk-not-saved = Не удалось сохранить настройки киоска на этом устройстве.

## Importing and exporting the offer
import-title = Импорт услуг
import-hint = Файл CSV по шаблону, файл HSDS 3 (JSON) или прежний экспорт. Пока есть ошибки, ничего не меняется.
import-file = Выбрать файл
import-reading = Чтение файла…
import-errors = { $count ->
    [one] { $count } ошибка. Ничего не изменилось.
    [few] { $count } ошибки. Ничего не изменилось.
    [many] { $count } ошибок. Ничего не изменилось.
   *[other] { $count } ошибки. Ничего не изменилось.
}
import-in-file = Файл
import-row = Строка { $row }
import-where = Где
import-column = Столбец
import-what = Проблема
import-value = Значение
import-problem = { $code ->
    [empty] Пустой файл
    [too-large] Файл слишком большой (макс. 8 MB)
    [binary] Не текстовый файл (UTF-8)
    [unbalanced-quotes] Не закрыта кавычка
    [column-count] Неверное число столбцов
    [unknown-column] Неизвестный столбец
    [missing-column] Нет столбца или поля
    [wrong-type] Неверный тип значения
    [unsupported-version] Неизвестная версия
    [wrong-language] Третий столбец — не код языка (или нидерландский)
    [unknown-key] Неизвестный ключ: такого текста нет (или уже нет)
    [duplicate-key] Один и тот же ключ дважды
    [source-changed] Нидерландский текст с тех пор изменился: скачайте новую таблицу перевода
   *[unreadable] Файл не читается
}
import-ok = Услуг: { $offers }, организаций: { $organizations }. Ошибок нет.
import-preview = Посмотреть в приложении
import-apply = Применить
import-apply-sure = Заменить услуги на этом устройстве данными из этого файла?
import-apply-confirm = Да, заменить
import-cancel = Отмена
import-applied = Новый список услуг используется на этом устройстве. Опубликуйте экспорт JSON, чтобы он появился на каждом устройстве.
import-failed = Не удалось сохранить. Ничего не изменилось.
export-title = Экспорт услуг
export-json = JSON для приложения
export-csv = CSV
export-hsds = HSDS 3 (JSON)
export-template = Шаблон CSV

## Every device's feedback, from the network's receiver
staff-source = Какие отзывы
staff-source-device = Это устройство
staff-source-network = Все устройства
staff-network-no-endpoint = У этого района нет сервера. Укажите его ниже или экспортируйте данные с каждого устройства отдельно.
staff-token = Ключ сервера
staff-network-fetch = Получить
staff-network-failed = { $code ->
    [unauthorized] Сервер не принимает этот ключ.
   *[failed] Не удалось получить данные. Попробуйте позже.
}
staff-network-from = Данные со всех устройств (получены: { $time }).
staff-network-offline = Нет соединения: это последние полученные данные.

## Translations of the offer and the questions
translations-title = Переводы
translations-hint = Какая часть услуг и вопросов есть на каждом языке. Скачайте таблицу перевода (CSV) для переводчика: одна строка на текст, рядом нидерландский текст. Затем загрузите сюда заполненную таблицу.
translations-language = Язык
translations-offer = Услуги
translations-questions = Вопросы
translations-sheet = Таблица перевода
translations-percent = { $percent } %
translations-loading = Загрузка всех языков…
translations-import = Загрузить заполненную таблицу перевода
translations-ok = Текстов ({ $language }): { $count }. Ошибок нет.
translations-apply = Добавить в услуги на этом устройстве
translations-applied = Перевод добавлен в услуги на этом устройстве. Разместите оба файла рядом с catalogue.json на сайте, чтобы он появился на каждом устройстве.
translations-publish = Файлы для публикации
