## Feedback from families: ratings, "something missing or wrong?", the neighbourhood check.

feedback-missing-or-wrong = Чего-то не хватает или что-то неверно?
feedback-about = Об услуге:
feedback-topic = О чём речь?
feedback-words = Скажите своими словами (на любом языке)
feedback-empty = Сначала выберите картинку или напишите что-нибудь.
feedback-send = Отправить
feedback-another = Сказать что-то ещё
feedback-say-more = Рассказать подробнее
feedback-held = Устройство не смогло сохранить ваше сообщение. Мы храним его, пока приложение открыто, и пробуем снова. Пожалуйста, не закрывайте приложение ещё немного.
text-counter = Знаков: { $count } / { $max }

topic-missing-offer = Нет того, что мне нужно
topic-wrong-info = Неверная информация
topic-neighbourhood = Что-то в районе
topic-app = Приложение плохо работает
topic-other = Другое

thanks-title = Спасибо!
thanks-what-happens = Ваше сообщение сохранено на этом устройстве без вашего имени. Команда района читает каждое сообщение и использует их, чтобы улучшить услуги.

rate-title = Как всё прошло?
rate-say-more = Скажите почему (по желанию)
rate-reasons = Почему?
rate-words = Что-то ещё? (по желанию)
face-sad = Плохо
face-neutral = Так себе
face-happy = Хорошо
reason-too-expensive = Слишком дорого
reason-too-far = Слишком далеко
reason-closed = Было закрыто
reason-language = Не понимаю язык
reason-waited-long = Пришлось долго ждать
reason-friendly = Дружелюбно
reason-helped = Это мне помогло

check-question = Насколько хорош наш район?
check-start = Начать опрос о районе
check-who = Кто отвечает?
check-intro = 14 коротких вопросов о жизни здесь. Любой вопрос можно пропустить. Мы не спрашиваем ваше имя.
check-adult = Взрослый
check-child = Ребёнок (6–12 лет)
check-progress = Вопрос { $step } из { $total }
check-back = Назад
check-skip = Пропустить
check-scale-low = 1 = многое нужно улучшить
check-scale-high = 7 = мало что нужно улучшить
check-your-compass = Ваши ответы
check-compass-label = Компас ваших ответов: чем дальше от центра, тем лучше. В таблице ниже те же ответы.
check-table-caption = Ваши ответы по темам
check-theme = Тема
check-answer = Ответ
check-skipped = Пропущено
check-score-of-7 = { $score } из 7
check-area = Район или индекс (по желанию)
check-area-hint = Только район, не ваш адрес.
check-again = Начать заново

theme-moving-around = Передвижение
theme-moving-around-question = Могу ли я легко ходить пешком и ездить на велосипеде по своему району?
theme-public-transport = Общественный транспорт
theme-public-transport-question = Подходит ли общественный транспорт для моих нужд?
theme-traffic-parking = Движение и парковка
theme-traffic-parking-question = Могут ли все безопасно ходить среди машин на дорогах и на парковках?
theme-streets-spaces = Улицы и площади
theme-streets-spaces-question = Делают ли здания, улицы и площади это место приятным?
theme-natural-space = Природа
theme-natural-space-question = Могу ли я регулярно бывать в парках, среди деревьев и у воды?
theme-play-recreation = Игры и досуг
theme-play-recreation-question = Могут ли дети играть, а я — заниматься спортом и хобби рядом с домом?
theme-facilities-amenities = Учреждения и магазины
theme-facilities-amenities-question = Есть ли здесь магазины, школы, врачи и другие нужные мне службы?
theme-work-economy = Работа и местная экономика
theme-work-economy-question = Есть ли рядом хорошая работа и обучение?
theme-housing-community = Жильё
theme-housing-community-question = Есть ли здесь хорошее жильё для разных людей?
theme-social-contact = Общение
theme-social-contact-question = Достаточно ли мест, где можно встречаться с людьми?
theme-identity-belonging = Чувство дома
theme-identity-belonging-question = Чувствую ли я, что этот район — мой дом, где моё место?
theme-feeling-safe = Безопасность
theme-feeling-safe-question = Чувствую ли я себя здесь в безопасности?
theme-care-maintenance = Ухоженность
theme-care-maintenance-question = Хорошо ли ухаживают за зданиями и общественными местами?
theme-influence-control = Участие
theme-influence-control-question = Чувствую ли я, что могу участвовать в решениях о своём районе?
feedback-goes-to = Ваше мнение анонимно отправляется в сеть района ({ $host }). Без имени, без данных устройства.
feedback-send-yes = Да, отправить
feedback-send-no = Только на этом устройстве
thanks-ask-first = Ваше сообщение сохранено на этом устройстве, без вашего имени. Выберите ниже, можно ли отправить его команде района.
thanks-no-receiver = Ваше сообщение сохранено на этом устройстве, без вашего имени. Само оно до команды района не дойдёт: они увидят его, только когда соберут сообщения с этого устройства. Хотите быть уверены, что они знают? Скажите в приёмной.
thanks-kept-here = Ваше сообщение остаётся на этом устройстве и не отправляется, как вы выбрали. Поэтому команда района его не увидит. Это можно изменить в Настройках.
you-said-title = Вы сказали — мы сделали
you-said = Вы сказали:
we-did = Мы сделали:
