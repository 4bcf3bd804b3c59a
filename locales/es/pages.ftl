# Titles and short texts of the other routes.
offers-title = En el barrio
offer-title = Sobre este servicio
ask-title = ¿Adónde puedo ir?
feedback-title = Da tu opinión
check-title = Evaluación del barrio
staff-title = Para el personal
settings-title = Ajustes
settings-language = Idioma
not-found-title = Esta página no existe
not-found-home = Ir al inicio
catalogue-refused = Nueva lista rechazada: se sigue usando la anterior
catalogue-problem = { $code ->
    [unreadable] Archivo ilegible
    [unsupported-schema] Versión desconocida
    [missing] Falta
    [duplicate] Aparece dos veces
    [unknown-function] Función desconocida
    [unknown-age] Edad desconocida
    [unknown-organization] Organización desconocida
    [unknown-offer] Servicio desconocido
    [disallowed-link] Enlace no permitido
    [bad-phone] Teléfono no válido
    [bad-email] Correo electrónico no válido
    [bad-hours] Horario no válido
    [bad-coordinates] Coordenadas no válidas
    [bad-date] Fecha no válida
    [bad-time] Hora no válida
    [bad-language-tag] Código de idioma no válido
    [no-dutch-text] Falta el texto en neerlandés
   *[no-schedule] Sin horario ni actividad
}
ask-search-label = Busca con tus palabras
ask-search = Buscar
ask-topics = Elige un tema
ask-all-topics = Todos los temas
ask-results = Resultados
answer-go-here = Puedes ir aquí:
ask-nothing = No encontramos nada. En la recepción te ayudan con cualquier pregunta.
ask-tell-us = Dinos qué buscabas
share-open-on-phone = Abrir en mi teléfono
share-qr = Código QR de esta página
share-qr-caption = Escanea con la cámara de tu teléfono.

clear-title = Tus datos en este dispositivo
clear-what = Este dispositivo guarda tus favoritos, tu idioma y la lista de servicios, para que la app funcione sin internet. Nada de esto se envía a ningún sitio.
clear-button = Borrar mis datos
clear-sure = ¿Borrar tus favoritos y el idioma elegido de este dispositivo? La lista de servicios se queda, así la app sigue funcionando sin internet.
clear-unsent = { $count ->
    [one] { $count } mensaje tuyo aún no se ha enviado al equipo del barrio. Es anónimo.
    [many] { $count } mensajes tuyos aún no se han enviado al equipo del barrio. Son anónimos.
   *[other] { $count } mensajes tuyos aún no se han enviado al equipo del barrio. Son anónimos.
}
clear-keep-feedback = Guardar mis mensajes para el equipo
clear-delete-feedback = Borrar también mis mensajes
clear-confirm = Sí, borrar
clear-cancel = Cancelar
clear-failed = No se pudo borrar. No ha cambiado nada; inténtalo de nuevo.
settings-neighbourhood = Barrio
handover-title = Derivación acompañada
handover-question = La pregunta
handover-next = Aquí te ayudarán
handover-no-offer = Primero elige un servicio para la derivación.
handover-make = Ficha de derivación
