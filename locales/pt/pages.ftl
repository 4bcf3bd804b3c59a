# Titles and short texts of the other routes.
offers-title = No bairro
offer-title = Sobre este serviço
ask-title = Onde posso ir?
feedback-title = Dê a sua opinião
check-title = Avaliação do bairro
staff-title = Para profissionais
settings-title = Ajustes
settings-language = Idioma
not-found-title = Esta página não existe
not-found-home = Ir para o início
catalogue-refused = Nova lista recusada: a lista anterior continua em uso
catalogue-problem = { $code ->
    [unreadable] Impossível de ler
    [unsupported-schema] Versão desconhecida
    [missing] Em falta
    [duplicate] Aparece duas vezes
    [unknown-function] Função desconhecida
    [unknown-age] Idade desconhecida
    [unknown-organization] Organização desconhecida
    [unknown-offer] Serviço desconhecido
    [disallowed-link] Link não permitido
    [bad-phone] Telefone inválido
    [bad-email] E-mail inválido
    [bad-hours] Horário inválido
    [bad-coordinates] Coordenadas inválidas
    [bad-date] Data inválida
    [bad-time] Hora inválida
    [bad-language-tag] Código de idioma inválido
    [no-dutch-text] Falta o texto em neerlandês
   *[no-schedule] Sem horário nem atividade
}
ask-search-label = Procure com as suas palavras
ask-search = Procurar
ask-topics = Escolha um tema
ask-all-topics = Todos os temas
ask-results = Resultados
answer-go-here = Pode ir aqui:
ask-nothing = Não encontramos nada. O atendimento ajuda com qualquer pergunta.
ask-tell-us = Diga-nos o que procurava
share-open-on-phone = Abrir no meu telefone
share-qr = Código QR desta página
share-qr-caption = Leia o código com o telefone.

clear-title = Os seus dados neste aparelho
clear-what = Este aparelho guarda os seus favoritos, o seu idioma e a lista de serviços, para funcionar também sem internet. Nada disto sai do aparelho.
clear-button = Apagar os meus dados
clear-sure = Apagar os seus favoritos e a escolha de língua deste aparelho? A lista de serviços fica, para a app continuar a funcionar sem internet.
clear-unsent = { $count ->
    [one] { $count } mensagem sua ainda não foi enviada aos profissionais do bairro. Não tem o seu nome.
    [many] { $count } mensagens suas ainda não foram enviadas aos profissionais do bairro. Não têm o seu nome.
   *[other] { $count } mensagens suas ainda não foram enviadas aos profissionais do bairro. Não têm o seu nome.
}
clear-keep-feedback = Manter as minhas mensagens
clear-delete-feedback = Apagar também as mensagens
clear-confirm = Sim, apagar
clear-cancel = Cancelar
clear-failed = Não foi possível apagar. Nada mudou; tente de novo.
settings-neighbourhood = Bairro
handover-title = Encaminhamento
handover-question = A pergunta
handover-next = Aqui vão ajudá-lo
handover-no-offer = Escolha primeiro um serviço para o encaminhamento.
handover-make = Ficha de encaminhamento
