## Staff pages: PIN, feedback dashboard, export, sending.

staff-pin-choose = Изберете ПИН за служителите
staff-pin-choose-hint = ПИН кодът защитава мненията на това устройство. Запазва се само хеш със сол. Използвайте от 6 до 12 цифри и го пазете в екипа.
staff-pin-new = Нов ПИН
staff-pin-repeat = Същият ПИН отново
staff-pin-save = Запазете ПИН
staff-pin-enter = ПИН за служители
staff-pin-wrong = Този ПИН не е верен.
staff-pin-wait = Твърде много грешни ПИН кодове. Изчакайте { $seconds } s и опитайте отново.
staff-pin-not-saved = ПИН кодът не можа да се запази на това устройство.
staff-pin-problem-too-short = Използвайте от 6 до 12 цифри.
staff-pin-problem-not-digits = Използвайте само цифрите 0–9.
staff-pin-problem-mismatch = Двата ПИН кода не са еднакви.
staff-setup-code = Код за настройка на мрежата
staff-setup-hint = Ново устройство може да се настрои само с кода за настройка, който Ви дава координаторът на мрежата. След това избирате ПИН за това устройство.
staff-setup-wrong = Този код за настройка не е верен.
staff-setup-missing = Това устройство още не може да се настрои: не е намерен код за настройка на мрежата. Свържете се с интернет или попитайте координатора на мрежата.
staff-setup-sample = Това е примерният код за настройка от документацията. Публикувайте собствен код за настройка преди истинска употреба.
staff-unlock = Отворете
staff-lock = Заключете

staff-outbox = Мнения на това устройство
staff-waiting = { $count ->
    [one] 1 запис чака да бъде изпратен или експортиран
   *[other] { $count } записа чакат да бъдат изпратени или експортирани
}
staff-outbox-unreadable = Мненията на това устройство не могат да бъдат прочетени сега. Нищо не е изтрито.
staff-set-aside = { $count ->
    [one] 1 запис беше отхвърлен от сървъра или не можа да бъде прочетен. Той е отделен настрана, за да продължат другите, и няма да бъде изпратен отново.
   *[other] { $count } записа бяха отхвърлени от сървъра или не можаха да бъдат прочетени. Те са отделени настрана, за да продължат другите, и няма да бъдат изпратени отново.
}
staff-set-aside-download = Изтеглете отделените записи
staff-set-aside-delete = Изтрийте отделените записи
staff-set-aside-confirm = Да, изтрийте ги завинаги
staff-period = Период
staff-from = От
staff-to = До
staff-kind-rating = оценки
staff-kind-signal = сигнали
staff-kind-missing = търсения без резултат
staff-kind-check = анкети за квартала
staff-ratings = Оценки по предложение
staff-offer = Предложение
staff-count = Брой
staff-average-3 = Средно (1–3)
staff-average-7 = Средно (1–7)
staff-checks = Анкети за квартала
staff-check-count = { $count ->
    [one] 1 анкета
   *[other] { $count } анкети
}
staff-compass-label = Компас на всички анкети за периода: колкото по-навън, толкова по-добре. Таблицата отдолу има същите стойности.
staff-themes-caption = Средно по теми (отговорите на децата са преобразувани в 1–7)
staff-messages = Сигнали и коментари
staff-nothing-yet = Още нищо за този период.
staff-more-in-export = Още { $count } в експорта.
staff-export = Експорт
staff-export-hint = Всички записи за периода. CSV се отваря в програми за таблици (и на арабски); JSON е за други системи.
staff-export-csv = Изтеглете CSV
staff-export-json = Изтеглете JSON

sync-title = Изпращане към сървър
sync-hint = Не е задължително. Записите се изпращат на пакети и напускат това устройство само след като сървърът ги потвърди.
sync-endpoint = Адрес на сървъра
sync-endpoint-not-https = Адресът трябва да започва с https:// (http само за самото устройство).
sync-endpoint-spaces = Адресът не може да съдържа интервали.
sync-pin = ПИН на екипа (нужен за смяна на адреса)
sync-save = Запазете адреса
sync-send-now = Изпратете сега
sync-sending = Изпращане…
sync-last-sent = Последно изпращане: { $time } (записи: { $count })
sync-failed-network = Сървърът е недостъпен. Нов опит по-късно.
sync-failed-status = Сървърът отговори с грешка. Нов опит по-късно.
sync-failed-garbage = Отговорът на сървъра беше неясен. Нищо не е изтрито. Нов опит по-късно.
sync-failed-device = Мненията на това устройство не можаха да бъдат обновени. Нищо не е изтрито. Нов опит по-късно.
sync-retry-in = Следващ опит след { $seconds } сек.

kiosk-title = Режим „киоск“ (общ таблет)
kiosk-hint = За таблет в чакалня. След известно време без докосване следва обратно броене от 10 секунди; после всичко от предишното семейство се изтрива (език, запазени предложения, търсения, неизпратен текст) и се появява екран „докоснете, за да започнете“. Изпратените мнения остават. Режимът „киоск“ може да се напусне само с този ПИН.
kiosk-on = Режим „киоск“ включен
kiosk-idle = Секунди без докосване преди обратното броене (5–3600)
kiosk-language = Начален език за всяко семейство
kiosk-save = Запазете настройките на киоска
kiosk-saved = Настройките на киоска са запазени.
kiosk-not-saved = Настройките на киоска не можаха да се запазят на това устройство.

## Importing and exporting the offer
import-title = Импорт на предложенията
import-hint = CSV файл по шаблона, HSDS 3 файл (JSON) или по-ранен експорт. Докато има грешки, нищо не се променя.
import-file = Изберете файл
import-reading = Файлът се чете…
import-errors = { $count ->
    [one] { $count } грешка. Нищо не е променено.
   *[other] { $count } грешки. Нищо не е променено.
}
import-in-file = Файл
import-row = Ред { $row }
import-where = Къде
import-column = Колона
import-what = Проблем
import-value = Стойност
import-problem = { $code ->
    [empty] Празен файл
    [too-large] Файлът е твърде голям (макс. 8 MB)
    [binary] Не е текстов файл (UTF-8)
    [unbalanced-quotes] Незатворени кавички
    [column-count] Грешен брой колони
    [unknown-column] Непозната колона
    [missing-column] Липсва колона или поле
    [wrong-type] Грешен вид стойност
    [unsupported-version] Непозната версия
    [wrong-language] Третата колона не е езиков код (или е нидерландски)
    [unknown-key] Непознат ключ: този текст не съществува (или вече не съществува)
    [duplicate-key] Същият ключ два пъти
    [source-changed] Нидерландският текст междувременно е променен: изтеглете нова таблица за превод
   *[unreadable] Файлът не може да се прочете
}
import-ok = Предложения: { $offers }, организации: { $organizations }. Без грешки.
import-preview = Вижте в приложението
import-apply = Приложете
import-apply-sure = Да се заменят ли предложенията на това устройство с този файл?
import-apply-confirm = Да, заменете
import-cancel = Отказ
import-applied = Новите предложения се използват на това устройство. Публикувайте JSON експорта, за да стигнат до всяко устройство.
import-failed = Запазването не успя. Нищо не е променено.
export-title = Експорт на предложенията
export-json = JSON за приложението
export-csv = CSV
export-hsds = HSDS 3 (JSON)
export-template = CSV шаблон

## Every device's feedback, from the network's receiver
staff-source = Кои мнения
staff-source-device = Това устройство
staff-source-network = Всички устройства
staff-network-no-endpoint = Този квартал няма сървър. Задайте такъв по-долу или експортирайте от всяко устройство поотделно.
staff-token = Ключ за сървъра
staff-network-fetch = Заредете
staff-network-failed = { $code ->
    [unauthorized] Сървърът не приема този ключ.
   *[failed] Зареждането не успя. Опитайте отново по-късно.
}
staff-network-from = Данни от всички устройства (заредени: { $time }).
staff-network-offline = Няма връзка: това са последно заредените данни.

## Translations of the offer and the questions
translations-title = Преводи
translations-hint = Каква част от предложенията и въпросите е написана на всеки език. Изтеглете таблица за превод (CSV) за преводач: по един ред за всеки текст, до него нидерландският текст. После заредете тук попълнената таблица.
translations-language = Език
translations-offer = Предложения
translations-questions = Въпроси
translations-sheet = Таблица за превод
translations-percent = { $percent } %
translations-loading = Всички езици се зареждат…
translations-import = Заредете попълнена таблица за превод
translations-ok = Текстове ({ $language }): { $count }. Без грешки.
translations-apply = Добавете в предложенията на това устройство
translations-applied = Преводът е в предложенията на това устройство. Поставете двата файла до catalogue.json на уебсайта, за да стигнат до всяко устройство.
translations-publish = Файлове за публикуване
