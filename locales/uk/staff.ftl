## Staff pages: PIN, feedback dashboard, export, sending.

staff-pin-choose = Виберіть PIN-код для працівників
staff-pin-choose-hint = PIN-код захищає відгуки на цьому пристрої. Зберігається лише хеш із сіллю. Використовуйте від 6 до 12 цифр і зберігайте код у команді.
staff-pin-new = Новий PIN-код
staff-pin-repeat = Повторіть PIN-код
staff-pin-save = Зберегти PIN-код
staff-pin-enter = PIN-код працівників
staff-pin-wrong = Неправильний PIN-код.
staff-pin-wait = Забагато неправильних PIN-кодів. Зачекайте { $seconds } s і спробуйте ще раз.
staff-pin-not-saved = Не вдалося зберегти PIN-код на цьому пристрої.
staff-pin-problem-too-short = Використовуйте від 6 до 12 цифр.
staff-pin-problem-not-digits = Використовуйте лише цифри 0–9.
staff-pin-problem-mismatch = PIN-коди не збігаються.
staff-setup-code = Код налаштування мережі
staff-setup-hint = Новий пристрій можна налаштувати лише за допомогою коду налаштування, який вам дає координатор мережі. Потім ви вибираєте PIN-код цього пристрою.
staff-setup-wrong = Неправильний код налаштування.
staff-setup-missing = Цей пристрій поки не можна налаштувати: код налаштування мережі не знайдено. Підключіться до інтернету або зверніться до координатора мережі.
staff-setup-sample = Це приклад коду налаштування з документації. Перш ніж справді користуватися, опублікуйте власний код налаштування.
staff-unlock = Відкрити
staff-lock = Заблокувати

staff-outbox = Відгуки на цьому пристрої
staff-waiting = { $count ->
    [one] { $count } запис чекає на надсилання або експорт
    [few] { $count } записи чекають на надсилання або експорт
    [many] { $count } записів чекають на надсилання або експорт
   *[other] { $count } запису чекають на надсилання або експорт
}
staff-outbox-unreadable = Відгуки на цьому пристрої зараз неможливо прочитати. Нічого не видалено.
staff-set-aside = { $count ->
    [one] { $count } запис відхилено сервером або не вдалося прочитати. Його відкладено, щоб інші надсилалися далі, і повторно він не надсилається.
    [few] { $count } записи відхилено сервером або не вдалося прочитати. Їх відкладено, щоб інші надсилалися далі, і повторно вони не надсилаються.
    [many] { $count } записів відхилено сервером або не вдалося прочитати. Їх відкладено, щоб інші надсилалися далі, і повторно вони не надсилаються.
   *[other] { $count } запису відхилено сервером або не вдалося прочитати. Їх відкладено, щоб інші надсилалися далі, і повторно вони не надсилаються.
}
staff-set-aside-download = Завантажити відкладені записи
staff-set-aside-delete = Видалити відкладені записи
staff-set-aside-confirm = Так, видалити назавжди
staff-period = Період
staff-from = З
staff-to = По
staff-kind-rating = оцінки
staff-kind-signal = зауваження
staff-kind-missing = пошуки без результату
staff-kind-check = опитування про район
staff-ratings = Оцінки за послугами
staff-offer = Послуга
staff-count = Кількість
staff-average-3 = Середнє (1–3)
staff-average-7 = Середнє (1–7)
staff-checks = Опитування про район
staff-check-count = { $count ->
    [one] { $count } опитування
    [few] { $count } опитування
    [many] { $count } опитувань
   *[other] { $count } опитування
}
staff-compass-label = Компас усіх опитувань за період: що далі від центру, то краще. У таблиці нижче ті самі значення.
staff-themes-caption = Середнє за темами (відповіді дітей переведено в шкалу 1–7)
staff-messages = Зауваження та коментарі
staff-nothing-yet = За цей період поки нічого немає.
staff-more-in-export = Ще { $count } — в експорті.
staff-export = Експорт
staff-export-hint = Усі записи за період. CSV відкривається в програмах електронних таблиць (зокрема з арабським текстом); JSON — для інших систем.
staff-export-csv = Завантажити CSV
staff-export-json = Завантажити JSON

sync-title = Надсилання на сервер
sync-hint = Необов’язково. Записи надсилаються пакетами і залишають цей пристрій лише після підтвердження сервером.
sync-endpoint = Адреса сервера
sync-endpoint-not-https = Адреса має починатися з https:// (http — лише для самого цього пристрою).
sync-endpoint-spaces = В адресі не має бути пробілів.
sync-pin = PIN-код команди (потрібен, щоб змінити адресу)
sync-save = Зберегти адресу
sync-send-now = Надіслати зараз
sync-sending = Надсилання…
sync-last-sent = Останнє надсилання: { $time } (записів: { $count })
sync-failed-network = Сервер недоступний. Спробуємо пізніше.
sync-failed-status = Сервер відповів помилкою. Спробуємо пізніше.
sync-failed-garbage = Відповідь сервера незрозуміла. Нічого не видалено. Спробуємо пізніше.
sync-failed-device = Не вдалося оновити відгуки на цьому пристрої. Нічого не видалено. Спробуємо пізніше.
sync-retry-in = Наступна спроба через { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунди
    [many] { $seconds } секунд
   *[other] { $seconds } секунди
}.

kiosk-title = Режим кіоску (спільний планшет)
kiosk-hint = Для планшета в залі очікування. Якщо якийсь час ніхто не торкається екрана, іде зворотний відлік 10 секунд; потім усе від попередньої родини видаляється (мова, збережені послуги, пошуки, ненадісланий текст) і з’являється екран «торкніться, щоб почати». Надіслані відгуки залишаються. Вийти з режиму кіоску можна лише з цим PIN-кодом.
kiosk-on = Режим кіоску ввімкнено
kiosk-idle = Секунд без дотику до зворотного відліку (5–3600)
kiosk-language = Початкова мова для кожної родини
kiosk-save = Зберегти налаштування кіоску
kiosk-saved = Налаштування кіоску збережено.
kiosk-not-saved = Не вдалося зберегти налаштування кіоску на цьому пристрої.

## Importing and exporting the offer
import-title = Імпорт послуг
import-hint = Файл CSV за шаблоном, файл HSDS 3 (JSON) або попередній експорт. Поки є помилки, нічого не змінюється.
import-file = Вибрати файл
import-reading = Читання файлу…
import-errors = { $count ->
    [one] { $count } помилка. Нічого не змінено.
    [few] { $count } помилки. Нічого не змінено.
    [many] { $count } помилок. Нічого не змінено.
   *[other] { $count } помилки. Нічого не змінено.
}
import-in-file = Файл
import-row = Рядок { $row }
import-where = Де
import-column = Стовпець
import-what = Проблема
import-value = Значення
import-problem = { $code ->
    [empty] Порожній файл
    [too-large] Файл завеликий (макс. 8 MB)
    [binary] Не текстовий файл (UTF-8)
    [unbalanced-quotes] Не закрито лапки
    [column-count] Неправильна кількість стовпців
    [unknown-column] Невідомий стовпець
    [missing-column] Немає стовпця або поля
    [wrong-type] Неправильний тип значення
    [unsupported-version] Невідома версія
    [wrong-language] Третій стовпець — не код мови (або нідерландська)
    [unknown-key] Невідомий ключ: такого тексту немає (або вже немає)
    [duplicate-key] Той самий ключ двічі
    [source-changed] Нідерландський текст відтоді змінився: завантажте нову таблицю перекладу
   *[unreadable] Файл не читається
}
import-ok = Послуг: { $offers }, організацій: { $organizations }. Помилок немає.
import-preview = Переглянути в застосунку
import-apply = Застосувати
import-apply-sure = Замінити послуги на цьому пристрої даними з цього файлу?
import-apply-confirm = Так, замінити
import-cancel = Скасувати
import-applied = Новий список послуг використовується на цьому пристрої. Опублікуйте експорт JSON, щоб він з’явився на кожному пристрої.
import-failed = Не вдалося зберегти. Нічого не змінено.
export-title = Експорт послуг
export-json = JSON для застосунку
export-csv = CSV
export-hsds = HSDS 3 (JSON)
export-template = Шаблон CSV

## Every device's feedback, from the network's receiver
staff-source = Які відгуки
staff-source-device = Цей пристрій
staff-source-network = Усі пристрої
staff-network-no-endpoint = У цього району немає сервера. Укажіть його нижче або експортуйте дані з кожного пристрою окремо.
staff-token = Ключ сервера
staff-network-fetch = Отримати
staff-network-failed = { $code ->
    [unauthorized] Сервер не приймає цей ключ.
   *[failed] Не вдалося отримати дані. Спробуйте пізніше.
}
staff-network-from = Дані з усіх пристроїв (отримано: { $time }).
staff-network-offline = Немає з’єднання: це останні отримані дані.

## Translations of the offer and the questions
translations-title = Переклади
translations-hint = Яка частина послуг і запитань є кожною мовою. Завантажте таблицю перекладу (CSV) для перекладача: один рядок на текст, поруч нідерландський текст. Потім відкрийте тут заповнену таблицю.
translations-language = Мова
translations-offer = Послуги
translations-questions = Запитання
translations-sheet = Таблиця перекладу
translations-percent = { $percent } %
translations-loading = Завантаження всіх мов…
translations-import = Відкрити заповнену таблицю перекладу
translations-ok = Текстів ({ $language }): { $count }. Помилок немає.
translations-apply = Додати до послуг на цьому пристрої
translations-applied = Переклад додано до послуг на цьому пристрої. Розмістіть обидва файли поруч із catalogue.json на сайті, щоб він з’явився на кожному пристрої.
translations-publish = Файли для публікації
