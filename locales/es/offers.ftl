# The offer: list, filters, cards and the page of one offer.
offers-results = { $count ->
    [0] No hay resultados
    [one] { $count } servicio
    [many] { $count } servicios
   *[other] { $count } servicios
}
offers-none = Ningún servicio encaja con lo que elegiste. En la recepción te ayudan.
offers-loading = Cargando los servicios…
offers-unavailable = Los servicios aún no están en este dispositivo. Conéctate a internet una vez.
offers-refused = Nueva lista rechazada: { $count } error(es). Se mantiene la lista anterior.
offers-clear-filters = Mostrar todo
filter-label = Elige
filter-function = Tipo
filter-age = Edad
filter-cost = Precio
filter-when = Cuándo
filter-more = Más
age-0-3 = 0 a 3 años
age-3-6 = 3 a 6 años
age-6-12 = 6 a 12 años
age-parents = Padres
cost-free = Gratis
cost-uitpas = Descuento UiTPAS
when-now = Abierto ahora
when-today = Hoy
walk-in = Sin cita
speaks-my-language = Habla mi idioma
favourite-add = Guardar
favourite-remove = Guardado
favourites-title = Mis servicios guardados
favourites-none = Aún no has guardado nada. Toca el corazón de un servicio.
nav-favourites = Guardados
when-open-until = Abierto ahora hasta las { $time }
when-opens-today = Abre hoy a las { $time }
when-opens-tomorrow = Abre mañana a las { $time }
when-opens-weekday = Abre el { $weekday } a las { $time }
when-opens-date = Abre el { $date } a las { $time }
when-closed = Cerrado por ahora
weekday = { $day ->
    [mo] lunes
    [tu] martes
    [we] miércoles
    [th] jueves
    [fr] viernes
    [sa] sábado
   *[su] domingo
}
activity-weekly = Cada { $weekday }, { $start }–{ $end }
activity-monthly = { $week ->
    [1] Primer
    [2] Segundo
    [3] Tercer
    [4] Cuarto
   *[last] Último
} { $weekday } del mes, { $start }–{ $end }
offer-not-found = Este servicio no existe (o ya no existe).
offer-where = Dónde
offer-open-map = Abrir en el mapa
offer-when = Cuándo
offer-cost = Precio
offer-price-income = Precio según ingresos
offer-languages = Idiomas
offer-interpreter = Intérprete posible
offer-for-whom = Para quién
offer-pram = Acceso con carrito
offer-wheelchair = Acceso con silla de ruedas
offer-bring = Qué traer
offer-contact = Contacto
offer-call = Llamar
offer-whatsapp = WhatsApp
offer-email = Correo
offer-website = Sitio web
offer-add-to-calendar = Añadir a mi agenda
offer-by = De { $organization }
offer-appointment = Con cita
offer-walk-in-or-appointment = Sin cita o con cita
front-desk-title = Recepción: para cualquier pregunta
map-title = Mapa
map-list = Todos los lugares
agenda-title = Esta semana
agenda-none = Ninguna actividad
offers-views = Ver
offers-show-more = Ver más
