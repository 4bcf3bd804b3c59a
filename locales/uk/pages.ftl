# Titles and short texts of the other routes.
offers-title = Послуги поруч
offer-title = Про цю послугу
ask-title = Куди звернутися?
feedback-title = Поділіться думкою
check-title = Опитування про район
staff-title = Для працівників
settings-title = Налаштування
settings-language = Мова
not-found-title = Такої сторінки немає
not-found-home = На головну
catalogue-refused = Новий список послуг відхилено: використовується попередній
catalogue-problem = { $code ->
    [unreadable] Файл не читається
    [unsupported-schema] Невідома версія
    [missing] Відсутнє
    [duplicate] Трапляється двічі
    [unknown-function] Невідома функція
    [unknown-age] Невідомий вік
    [unknown-organization] Невідома організація
    [unknown-offer] Невідома послуга
    [disallowed-link] Посилання не дозволене
    [bad-phone] Неправильний номер телефону
    [bad-email] Неправильна адреса ел. пошти
    [bad-hours] Неправильні години роботи
    [bad-coordinates] Неправильні координати
    [bad-date] Неправильна дата
    [bad-time] Неправильний час
    [bad-language-tag] Неправильний код мови
    [no-dutch-text] Немає тексту нідерландською
   *[no-schedule] Немає годин роботи чи занять
}
ask-search-label = Шукайте своїми словами
ask-search = Шукати
ask-topics = Виберіть тему
ask-all-topics = Усі теми
ask-results = Знайдено
answer-go-here = Сюди можна звернутися:
ask-nothing = Ми нічого не знайшли. На рецепції допоможуть з будь-яким питанням.
ask-tell-us = Скажіть, що ви шукали
share-open-on-phone = Відкрити на телефоні
share-qr = QR-код цієї сторінки
share-qr-caption = Відскануйте камерою телефона.

clear-title = Ваші дані на цьому пристрої
clear-what = Цей пристрій зберігає ваші збережені послуги, вашу мову і список послуг, щоб застосунок працював і без інтернету. Нічого з цього нікуди не надсилається.
clear-button = Видалити мої дані
clear-sure = Видалити обране та вибір мови з цього пристрою? Список послуг залишиться, тож застосунок працюватиме без інтернету.
clear-unsent = { $count ->
    [one] { $count } ваше повідомлення ще не надіслано команді району. Воно анонімне.
    [few] { $count } ваші повідомлення ще не надіслано команді району. Вони анонімні.
    [many] { $count } ваших повідомлень ще не надіслано команді району. Вони анонімні.
   *[other] { $count } ваших повідомлення ще не надіслано команді району. Вони анонімні.
}
clear-keep-feedback = Зберегти повідомлення для команди
clear-delete-feedback = Видалити й мої повідомлення
clear-confirm = Так, видалити
clear-cancel = Скасувати
clear-failed = Не вдалося видалити. Нічого не змінено; спробуйте ще раз.
settings-neighbourhood = Район
handover-title = Особисте направлення
handover-question = Питання
handover-next = Тут вам допоможуть
handover-no-offer = Спочатку виберіть послугу для направлення.
handover-make = Картка направлення
