## Feedback from families: ratings, "something missing or wrong?", the neighbourhood check.

feedback-missing-or-wrong = Липсва ли нещо или нещо не е вярно?
feedback-about = Относно:
feedback-topic = За какво става дума?
feedback-words = Кажете го със свои думи (на всеки език)
feedback-empty = Първо изберете картинка или напишете нещо.
feedback-send = Изпратете
feedback-another = Кажете още нещо
feedback-say-more = Кажете повече
feedback-held = Това устройство не можа да запази съобщението Ви. Пазим го, докато приложението е отворено, и опитваме отново. Оставете приложението отворено още малко.
text-counter = { $count } / { $max } знака

topic-missing-offer = Липсва нещо, което ми трябва
topic-wrong-info = Информацията не е вярна
topic-neighbourhood = Нещо в квартала
topic-app = Приложението не работи добре
topic-other = Нещо друго

thanks-title = Благодарим Ви!
thanks-what-happens = Съобщението Ви е запазено на това устройство без името Ви. Екипът в квартала чете всяко съобщение и ги използва, за да подобри предложенията.

rate-title = Как беше?
rate-say-more = Кажете защо (ако искате)
rate-reasons = Защо?
rate-words = Още нещо? (ако искате)
face-sad = Лошо
face-neutral = Горе-долу
face-happy = Добре
reason-too-expensive = Твърде скъпо
reason-too-far = Твърде далеч
reason-closed = Затворено, когато дойдох
reason-language = Не разбрах езика
reason-waited-long = Чаках дълго
reason-friendly = Любезни хора
reason-helped = Помогна ми

check-question = Колко добър е нашият квартал?
check-start = Започнете анкетата
check-who = Кой отговаря?
check-intro = 14 кратки въпроса за живота тук. Можете да пропуснете всеки въпрос. Не питаме за името Ви.
check-adult = Възрастен
check-child = Дете (от 6 до 12 г.)
check-progress = Въпрос { $step } от { $total }
check-back = Назад
check-skip = Пропуснете
check-scale-low = 1 = много за подобряване
check-scale-high = 7 = малко за подобряване
check-your-compass = Вашите отговори
check-compass-label = Компас на Вашите отговори: колкото по-навън, толкова по-добре. Таблицата отдолу има същите отговори.
check-table-caption = Вашите отговори по теми
check-theme = Тема
check-answer = Отговор
check-skipped = Пропуснат
check-score-of-7 = { $score } от 7
check-area = Квартал или пощенски код (ако искате)
check-area-hint = Само кварталът, не адресът Ви.
check-again = Започнете отначало

theme-moving-around = Придвижване
theme-moving-around-question = Лесно ли мога да ходя пеша и да карам колело в квартала си?
theme-public-transport = Обществен транспорт
theme-public-transport-question = Отговаря ли общественият транспорт на нуждите ми?
theme-traffic-parking = Движение и паркиране
theme-traffic-parking-question = Може ли всеки да се движи безопасно сред движението и паркираните коли?
theme-streets-spaces = Улици и площади
theme-streets-spaces-question = Сградите, улиците и площадите правят ли мястото приятно?
theme-natural-space = Природа
theme-natural-space-question = Мога ли редовно да се радвам на паркове, дървета и вода?
theme-play-recreation = Игра и свободно време
theme-play-recreation-question = Могат ли децата да играят и мога ли да спортувам и да имам хобита наблизо?
theme-facilities-amenities = Услуги
theme-facilities-amenities-question = Има ли магазини, училища, лекари и други услуги, които ми трябват?
theme-work-economy = Работа и местна икономика
theme-work-economy-question = Има ли добра работа и обучение наблизо?
theme-housing-community = Жилища
theme-housing-community-question = Има ли тук добри жилища за различни хора?
theme-social-contact = Социални контакти
theme-social-contact-question = Има ли достатъчно места за срещи с хора?
theme-identity-belonging = Чувство за дом
theme-identity-belonging-question = Чувствам ли този квартал като дом, място, където принадлежа?
theme-feeling-safe = Чувство за безопасност
theme-feeling-safe-question = Чувствам ли се в безопасност тук?
theme-care-maintenance = Поддръжка
theme-care-maintenance-question = Добре ли се поддържат сградите и обществените места?
theme-influence-control = Участие в решенията
theme-influence-control-question = Чувствам ли, че мога да участвам в решенията за квартала си?
feedback-goes-to = Мнението Ви отива анонимно до мрежата в квартала ({ $host }). Без име, без данни за устройството.
feedback-send-yes = Да, изпратете
feedback-send-no = Само на това устройство
thanks-ask-first = Съобщението ви е запазено на това устройство, без вашето име. Изберете по-долу дали може да отиде при екипа на квартала.
thanks-no-receiver = Съобщението ви е запазено на това устройство, без вашето име. То не стига само до екипа на квартала: те го виждат едва когато съберат съобщенията от това устройство. Искате да сте сигурни, че знаят? Кажете на рецепцията.
thanks-kept-here = Съобщението ви остава на това устройство и не се изпраща, както избрахте. Затова екипът на квартала не го вижда. Можете да промените това в Настройки.
you-said-title = Вие казахте, ние направихме
you-said = Вие казахте:
we-did = Ние направихме:
