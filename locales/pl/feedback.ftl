## Feedback from families: ratings, "something missing or wrong?", the neighbourhood check.

feedback-missing-or-wrong = Czegoś brakuje lub coś się nie zgadza?
feedback-about = Dotyczy:
feedback-topic = Czego to dotyczy?
feedback-words = Napisz własnymi słowami (w dowolnym języku)
feedback-empty = Najpierw wybierz obrazek lub coś napisz.
feedback-send = Wyślij
feedback-another = Powiedz coś jeszcze
feedback-say-more = Powiedz więcej
feedback-held = To urządzenie nie mogło zapisać Twojej wiadomości. Trzymamy ją, dopóki aplikacja jest otwarta, i próbujemy ponownie. Nie zamykaj jeszcze aplikacji.
text-counter = { $count } / { $max } znaków

topic-missing-offer = Brakuje czegoś, czego potrzebuję
topic-wrong-info = Błędne informacje
topic-neighbourhood = Coś w okolicy
topic-app = Aplikacja źle działa
topic-other = Coś innego

thanks-title = Dziękujemy!
thanks-what-happens = Twoja wiadomość jest zapisana na tym urządzeniu bez Twojego imienia. Zespół z okolicy czyta każdą wiadomość i dzięki nim ulepsza ofertę.

rate-title = Jak było?
rate-say-more = Napisz dlaczego (jeśli chcesz)
rate-reasons = Dlaczego?
rate-words = Coś jeszcze? (jeśli chcesz)
face-sad = Źle
face-neutral = Tak sobie
face-happy = Dobrze
reason-too-expensive = Za drogo
reason-too-far = Za daleko
reason-closed = Było zamknięte
reason-language = Nie rozumiem języka
reason-waited-long = Długie czekanie
reason-friendly = Miła obsługa
reason-helped = To mi pomogło

check-question = Jak oceniasz naszą okolicę?
check-start = Zacznij ankietę
check-who = Kto odpowiada?
check-intro = 14 krótkich pytań o życiu tutaj. Możesz pominąć dowolne pytanie. Nie pytamy o imię.
check-adult = Dorosły
check-child = Dziecko (6 do 12 lat)
check-progress = Pytanie { $step } z { $total }
check-back = Wstecz
check-skip = Pomiń
check-scale-low = 1 = dużo do poprawy
check-scale-high = 7 = mało do poprawy
check-your-compass = Twoje odpowiedzi
check-compass-label = Kompas Twoich odpowiedzi: im dalej od środka, tym lepiej. Tabela poniżej ma te same odpowiedzi.
check-table-caption = Twoje odpowiedzi według tematu
check-theme = Temat
check-answer = Odpowiedź
check-skipped = Pominięte
check-score-of-7 = { $score } z 7
check-area = Dzielnica lub kod pocztowy (jeśli chcesz)
check-area-hint = Tylko dzielnica, bez adresu.
check-again = Zacznij od nowa

theme-moving-around = Poruszanie się
theme-moving-around-question = Czy w mojej okolicy łatwo chodzić pieszo i jeździć rowerem?
theme-public-transport = Transport publiczny
theme-public-transport-question = Czy transport publiczny odpowiada moim potrzebom?
theme-traffic-parking = Ruch i parkowanie
theme-traffic-parking-question = Czy każdy może bezpiecznie chodzić wśród ruchu i zaparkowanych aut?
theme-streets-spaces = Ulice i place
theme-streets-spaces-question = Czy budynki, ulice i place sprawiają, że jest tu przyjemnie?
theme-natural-space = Przyroda
theme-natural-space-question = Czy mogę regularnie cieszyć się parkami, drzewami i wodą?
theme-play-recreation = Zabawa i czas wolny
theme-play-recreation-question = Czy dzieci mają gdzie się bawić, a ja mogę w pobliżu uprawiać sport i hobby?
theme-facilities-amenities = Usługi
theme-facilities-amenities-question = Czy są tu sklepy, szkoły, lekarze i inne usługi, których potrzebuję?
theme-work-economy = Praca i lokalna gospodarka
theme-work-economy-question = Czy w okolicy jest dobra praca i możliwość nauki?
theme-housing-community = Mieszkanie
theme-housing-community-question = Czy są tu dobre mieszkania dla różnych ludzi?
theme-social-contact = Kontakty z ludźmi
theme-social-contact-question = Czy jest dość miejsc, by spotykać ludzi?
theme-identity-belonging = Poczucie domu
theme-identity-belonging-question = Czy ta okolica jest dla mnie domem, miejscem, do którego należę?
theme-feeling-safe = Poczucie bezpieczeństwa
theme-feeling-safe-question = Czy czuję się tu bezpiecznie?
theme-care-maintenance = Utrzymanie i porządek
theme-care-maintenance-question = Czy budynki i miejsca publiczne są dobrze utrzymane?
theme-influence-control = Współdecydowanie
theme-influence-control-question = Czy czuję, że mogę współdecydować o mojej okolicy?
feedback-goes-to = Twoja opinia trafia anonimowo do sieci sąsiedzkiej ({ $host }). Bez imienia, bez danych urządzenia.
feedback-send-yes = Tak, wyślij
feedback-send-no = Tylko na tym urządzeniu
thanks-ask-first = Twoja wiadomość jest zapisana na tym urządzeniu, bez Twojego imienia. Wybierz poniżej, czy może trafić do zespołu dzielnicy.
thanks-no-receiver = Twoja wiadomość jest zapisana na tym urządzeniu, bez Twojego imienia. Nie trafia sama do zespołu dzielnicy: zobaczą ją dopiero, gdy zbiorą wiadomości z tego urządzenia. Chcesz mieć pewność, że wiedzą? Powiedz w recepcji.
thanks-kept-here = Twoja wiadomość zostaje na tym urządzeniu i nie jest wysyłana, tak jak wybrałeś. Zespół dzielnicy jej więc nie zobaczy. Możesz to zmienić w Ustawieniach.
you-said-title = Powiedzieliście, zrobiliśmy
you-said = Powiedzieliście:
we-did = Zrobiliśmy:
