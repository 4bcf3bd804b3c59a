## Feedback from families: ratings, "something missing or wrong?", the neighbourhood check.

feedback-missing-or-wrong = Чогось бракує або щось неправильно?
feedback-about = Про послугу:
feedback-topic = Про що йдеться?
feedback-words = Скажіть своїми словами (будь-якою мовою)
feedback-empty = Спершу виберіть картинку або напишіть щось.
feedback-send = Надіслати
feedback-another = Сказати ще щось
feedback-say-more = Розповісти більше
feedback-held = Пристрій не зміг зберегти ваше повідомлення. Ми зберігаємо його, поки застосунок відкритий, і пробуємо знову. Будь ласка, не закривайте застосунок ще трохи.
text-counter = Знаків: { $count } / { $max }

topic-missing-offer = Немає того, що мені потрібно
topic-wrong-info = Неправильна інформація
topic-neighbourhood = Щось у районі
topic-app = Застосунок погано працює
topic-other = Інше

thanks-title = Дякуємо!
thanks-what-happens = Ваше повідомлення збережено на цьому пристрої без вашого імені. Команда району читає кожне повідомлення і використовує їх, щоб покращити послуги.

rate-title = Як усе пройшло?
rate-say-more = Скажіть чому (за бажанням)
rate-reasons = Чому?
rate-words = Ще щось? (за бажанням)
face-sad = Погано
face-neutral = Так собі
face-happy = Добре
reason-too-expensive = Занадто дорого
reason-too-far = Занадто далеко
reason-closed = Було зачинено
reason-language = Не розумію мову
reason-waited-long = Довелося довго чекати
reason-friendly = Привітно
reason-helped = Це мені допомогло

check-question = Наскільки добрий наш район?
check-start = Почати опитування про район
check-who = Хто відповідає?
check-intro = 14 коротких питань про життя тут. Будь-яке питання можна пропустити. Ми не питаємо вашого імені.
check-adult = Дорослий
check-child = Дитина (6–12 років)
check-progress = Питання { $step } з { $total }
check-back = Назад
check-skip = Пропустити
check-scale-low = 1 = багато треба покращити
check-scale-high = 7 = мало треба покращити
check-your-compass = Ваші відповіді
check-compass-label = Компас ваших відповідей: що далі від центру, то краще. У таблиці нижче ті самі відповіді.
check-table-caption = Ваші відповіді за темами
check-theme = Тема
check-answer = Відповідь
check-skipped = Пропущено
check-score-of-7 = { $score } з 7
check-area = Район або поштовий індекс (за бажанням)
check-area-hint = Лише район, не ваша адреса.
check-again = Почати знову

theme-moving-around = Пересування
theme-moving-around-question = Чи можу я легко ходити пішки та їздити велосипедом у своєму районі?
theme-public-transport = Громадський транспорт
theme-public-transport-question = Чи відповідає громадський транспорт моїм потребам?
theme-traffic-parking = Рух і паркування
theme-traffic-parking-question = Чи можуть усі безпечно ходити серед машин на дорогах і на парковках?
theme-streets-spaces = Вулиці й площі
theme-streets-spaces-question = Чи роблять будівлі, вулиці й площі це місце приємним?
theme-natural-space = Природа
theme-natural-space-question = Чи можу я регулярно бувати в парках, серед дерев і біля води?
theme-play-recreation = Ігри та дозвілля
theme-play-recreation-question = Чи можуть діти гратися, а я — займатися спортом і хобі поблизу?
theme-facilities-amenities = Заклади й крамниці
theme-facilities-amenities-question = Чи є тут крамниці, школи, лікарі та інші потрібні мені служби?
theme-work-economy = Робота і місцева економіка
theme-work-economy-question = Чи є поблизу хороша робота і навчання?
theme-housing-community = Житло
theme-housing-community-question = Чи є тут добре житло для різних людей?
theme-social-contact = Спілкування
theme-social-contact-question = Чи достатньо місць, щоб зустрічатися з людьми?
theme-identity-belonging = Почуття дому
theme-identity-belonging-question = Чи відчуваю я, що цей район — мій дім, де моє місце?
theme-feeling-safe = Безпека
theme-feeling-safe-question = Чи почуваюся я тут у безпеці?
theme-care-maintenance = Доглянутість
theme-care-maintenance-question = Чи добре доглядають за будівлями і громадськими місцями?
theme-influence-control = Участь
theme-influence-control-question = Чи відчуваю я, що можу брати участь у рішеннях про свій район?
feedback-goes-to = Ваша думка анонімно надсилається до мережі району ({ $host }). Без імені, без даних пристрою.
feedback-send-yes = Так, надіслати
feedback-send-no = Лише на цьому пристрої
thanks-ask-first = Ваше повідомлення збережено на цьому пристрої, без вашого імені. Виберіть нижче, чи можна надіслати його команді району.
thanks-no-receiver = Ваше повідомлення збережено на цьому пристрої, без вашого імені. Саме воно до команди району не дійде: вони побачать його, лише коли зберуть повідомлення з цього пристрою. Хочете бути певні, що вони знають? Скажіть на рецепції.
thanks-kept-here = Ваше повідомлення залишається на цьому пристрої і не надсилається, як ви вибрали. Тому команда району його не побачить. Це можна змінити в Налаштуваннях.
you-said-title = Ви сказали — ми зробили
you-said = Ви сказали:
we-did = Ми зробили:
