## Feedback from families: ratings, "something missing or wrong?", the neighbourhood check.

feedback-missing-or-wrong = Falta algo ou há um erro?
feedback-about = Sobre:
feedback-topic = É sobre o quê?
feedback-words = Diga com as suas palavras (em qualquer língua)
feedback-empty = Primeiro escolha uma imagem ou escreva algo.
feedback-send = Enviar
feedback-another = Dizer outra coisa
feedback-say-more = Diga mais
feedback-held = Este aparelho não conseguiu guardar a sua mensagem. Mantemos a mensagem enquanto o Buurtwijzer estiver aberto e tentamos de novo. Não feche o Buurtwijzer por uns momentos.
text-counter = { $count } / { $max } caracteres

topic-missing-offer = Falta algo de que preciso
topic-wrong-info = A informação está errada
topic-neighbourhood = Algo no bairro
topic-app = O Buurtwijzer não funciona bem
topic-other = Outra coisa

thanks-title = Muito obrigado!
thanks-what-happens = A sua mensagem ficou guardada neste aparelho, sem o seu nome. Os profissionais do bairro leem todas as mensagens e aprendem com elas para melhorar os serviços.

rate-title = Como foi?
rate-say-more = Diga a razão (se quiser)
rate-reasons = Por que razão?
rate-words = Mais alguma coisa? (se quiser)
face-sad = Mal
face-neutral = Mais ou menos
face-happy = Bem
reason-too-expensive = Muito caro
reason-too-far = Muito longe
reason-closed = Fechado quando fui
reason-language = Não entendi a língua
reason-waited-long = Esperei muito
reason-friendly = Simpáticos
reason-helped = Foi útil

check-question = Como é o nosso bairro?
check-start = Começar a avaliação
check-who = Quem responde?
check-intro = 14 perguntas curtas sobre viver aqui. Pode deixar perguntas sem resposta. Não pedimos o seu nome.
check-adult = Adulto
check-child = Criança (6 a 12)
check-progress = Pergunta { $step } de { $total }
check-back = Voltar
check-skip = Não responder
check-scale-low = 1 = muito a melhorar
check-scale-high = 7 = pouco a melhorar
check-your-compass = As suas respostas
check-compass-label = Bússola das suas respostas: quanto mais para fora, melhor. A tabela abaixo tem as mesmas respostas.
check-table-caption = As suas respostas por tema
check-theme = Tema
check-answer = Resposta
check-skipped = Sem resposta
check-score-of-7 = { $score } de 7
check-area = Bairro ou código postal (se quiser)
check-area-hint = Só o bairro, não o seu endereço.
check-again = Começar de novo

theme-moving-around = Andar pelo bairro
theme-moving-around-question = Posso andar a pé e de bicicleta facilmente no meu bairro?
theme-public-transport = Transporte público
theme-public-transport-question = O transporte público serve para o que eu preciso?
theme-traffic-parking = Trânsito e estacionamento
theme-traffic-parking-question = Todos podem andar em segurança entre o trânsito e os carros estacionados?
theme-streets-spaces = Ruas e praças
theme-streets-spaces-question = Os edifícios, as ruas e as praças tornam agradável estar aqui?
theme-natural-space = Natureza
theme-natural-space-question = Posso aproveitar muitas vezes parques, árvores e água?
theme-play-recreation = Brincar e lazer
theme-play-recreation-question = As crianças podem brincar, e eu posso fazer exercício e passatempos perto de casa?
theme-facilities-amenities = Lojas e serviços
theme-facilities-amenities-question = Há lojas, escolas, médicos e outros serviços de que eu preciso?
theme-work-economy = Trabalho e economia local
theme-work-economy-question = Há bom trabalho e formação perto daqui?
theme-housing-community = Habitação
theme-housing-community-question = Há aqui boas casas para pessoas diferentes?
theme-social-contact = Convívio
theme-social-contact-question = Há lugares suficientes para conhecer pessoas?
theme-identity-belonging = Sentir-se em casa
theme-identity-belonging-question = Sinto este bairro como a minha casa, um lugar a que pertenço?
theme-feeling-safe = Segurança
theme-feeling-safe-question = Sinto segurança aqui?
theme-care-maintenance = Manutenção
theme-care-maintenance-question = Os edifícios e os espaços públicos são bem cuidados?
theme-influence-control = Participação
theme-influence-control-question = Sinto que posso participar nas decisões sobre o meu bairro?
feedback-goes-to = A sua opinião vai para a rede do bairro ({ $host }) sem ninguém saber quem é. Sem nome, sem dados do aparelho.
feedback-send-yes = Sim, enviar
feedback-send-no = Só neste aparelho
thanks-ask-first = A sua mensagem ficou guardada neste aparelho, sem o seu nome. Escolha abaixo se pode ir para a equipa do bairro.
thanks-no-receiver = A sua mensagem ficou guardada neste aparelho, sem o seu nome. Não chega sozinha à equipa do bairro: só a veem quando recolhem as mensagens deste aparelho. Quer ter a certeza de que sabem? Diga na receção.
thanks-kept-here = A sua mensagem fica neste aparelho e não é enviada, como escolheu. Por isso a equipa do bairro não a vê. Pode mudar isto nas Definições.
you-said-title = Vocês disseram, nós fizemos
you-said = Vocês disseram:
we-did = Nós fizemos:
