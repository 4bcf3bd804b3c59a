# The offer: list, filters, cards and the page of one offer.
offers-results = { $count ->
    [0] Nada encontrado
    [one] { $count } serviço
    [many] { $count } serviços
   *[other] { $count } serviços
}
offers-none = Nenhum serviço corresponde a esta escolha. O atendimento pode ajudar.
offers-loading = Carregamento dos serviços em curso…
offers-unavailable = Os serviços ainda não estão neste aparelho. Use a internet uma vez.
offers-refused = Nova lista recusada: { $count } erro(s). A lista anterior continua.
offers-clear-filters = Ver tudo
filter-label = Escolher
filter-function = Tipo
filter-age = Idade
filter-cost = Preço
filter-when = Quando
filter-more = Mais
age-0-3 = 0 a 3 anos
age-3-6 = 3 a 6 anos
age-6-12 = 6 a 12 anos
age-parents = Pais
cost-free = Grátis
cost-uitpas = Desconto UiTPAS
when-now = Aberto agora
when-today = Hoje
walk-in = Sem hora marcada
speaks-my-language = Fala o meu idioma
favourite-add = Guardar
favourite-remove = Guardado
favourites-title = Serviços guardados
favourites-none = Ainda não guardou nada. Toque no coração de um serviço.
nav-favourites = Guardados
when-open-until = Aberto agora até { $time }
when-opens-today = Abre hoje às { $time }
when-opens-tomorrow = Abre amanhã às { $time }
when-opens-weekday = Abre { $weekday } às { $time }
when-opens-date = Abre dia { $date } às { $time }
when-closed = Fechado por enquanto
weekday = { $day ->
    [mo] segunda-feira
    [tu] terça-feira
    [we] quarta-feira
    [th] quinta-feira
    [fr] sexta-feira
    [sa] sábado
   *[su] domingo
}
activity-weekly = Cada { $weekday }, { $start }–{ $end }
activity-monthly = { $week ->
    [1] 1.ª
    [2] 2.ª
    [3] 3.ª
    [4] 4.ª
   *[last] Última
} semana do mês: { $weekday }, { $start }–{ $end }
offer-not-found = Este serviço não existe (ou deixou de existir).
offer-where = Onde
offer-open-map = Abrir no mapa
offer-when = Quando
offer-cost = Preço
offer-price-income = Preço conforme os rendimentos
offer-languages = Idiomas
offer-interpreter = Intérprete possível
offer-for-whom = Para quem
offer-pram = Acesso com carrinho
offer-wheelchair = Acesso com cadeira de rodas
offer-bring = O que levar
offer-contact = Contato
offer-call = Ligar
offer-whatsapp = WhatsApp
offer-email = E-mail
offer-website = Site
offer-add-to-calendar = Adicionar à agenda
offer-by = Por { $organization }
offer-appointment = Com hora marcada
offer-walk-in-or-appointment = Com ou sem hora marcada
front-desk-title = Atendimento: para qualquer pergunta
map-title = Mapa
map-list = Todos os locais
agenda-title = Esta semana
agenda-none = Nenhuma atividade
offers-views = Ver
offers-show-more = Ver mais
