## Feedback from families: ratings, "something missing or wrong?", the neighbourhood check.

feedback-missing-or-wrong = ¿Falta algo o hay algo mal?
feedback-about = Sobre:
feedback-topic = ¿De qué se trata?
feedback-words = Dilo con tus palabras (en cualquier idioma)
feedback-empty = Primero elige un dibujo o escribe algo.
feedback-send = Enviar
feedback-another = Decir otra cosa
feedback-say-more = Cuéntanos más
feedback-held = Este dispositivo no pudo guardar tu mensaje. Lo guardamos mientras la app esté abierta y lo intentamos de nuevo. Deja la app abierta un momento.
text-counter = { $count } / { $max } caracteres

topic-missing-offer = Falta algo que necesito
topic-wrong-info = La información está mal
topic-neighbourhood = Algo del barrio
topic-app = La app no funciona bien
topic-other = Otra cosa

thanks-title = ¡Muchas gracias!
thanks-what-happens = Tu mensaje está guardado en este dispositivo, sin tu nombre. El equipo del barrio lee cada mensaje y los usa para mejorar los servicios.

rate-title = ¿Qué tal fue?
rate-say-more = Di por qué (si quieres)
rate-reasons = ¿Por qué?
rate-words = ¿Algo más? (si quieres)
face-sad = Mal
face-neutral = Regular
face-happy = Bien
reason-too-expensive = Demasiado caro
reason-too-far = Demasiado lejos
reason-closed = Cerrado cuando fui
reason-language = No entendí el idioma
reason-waited-long = Esperé mucho
reason-friendly = Amables
reason-helped = Me ayudó

check-question = ¿Qué tal es nuestro barrio?
check-start = Empezar la evaluación
check-who = ¿Quién responde?
check-intro = 14 preguntas cortas sobre vivir aquí. Puedes saltar las preguntas que quieras. No te pedimos el nombre.
check-adult = Adulto
check-child = Niño o niña (6 a 12)
check-progress = Pregunta { $step } de { $total }
check-back = Atrás
check-skip = Saltar
check-scale-low = 1 = hay mucho que mejorar
check-scale-high = 7 = hay poco que mejorar
check-your-compass = Tus respuestas
check-compass-label = Brújula de tus respuestas: más hacia fuera es mejor. La tabla de abajo tiene las mismas respuestas.
check-table-caption = Tus respuestas por tema
check-theme = Tema
check-answer = Respuesta
check-skipped = Saltada
check-score-of-7 = { $score } de 7
check-area = Barrio o código postal (si quieres)
check-area-hint = Solo el barrio, no tu dirección.
check-again = Volver a empezar

theme-moving-around = Moverse
theme-moving-around-question = ¿Puedo caminar e ir en bici fácilmente por mi barrio?
theme-public-transport = Transporte público
theme-public-transport-question = ¿El transporte público se ajusta a lo que necesito?
theme-traffic-parking = Tráfico y aparcamiento
theme-traffic-parking-question = ¿Puede todo el mundo moverse seguro entre el tráfico y los coches aparcados?
theme-streets-spaces = Calles y plazas
theme-streets-spaces-question = ¿Los edificios, las calles y las plazas hacen agradable estar aquí?
theme-natural-space = Naturaleza
theme-natural-space-question = ¿Puedo disfrutar a menudo de parques, árboles y agua?
theme-play-recreation = Juego y tiempo libre
theme-play-recreation-question = ¿Pueden jugar los niños, y puedo hacer deporte y aficiones cerca?
theme-facilities-amenities = Tiendas y servicios
theme-facilities-amenities-question = ¿Hay tiendas, escuelas, médicos y otros servicios que necesito?
theme-work-economy = Trabajo y economía local
theme-work-economy-question = ¿Hay buen trabajo y formación cerca?
theme-housing-community = Vivienda
theme-housing-community-question = ¿Hay aquí buenas viviendas para personas distintas?
theme-social-contact = Contacto social
theme-social-contact-question = ¿Hay suficientes lugares para conocer gente?
theme-identity-belonging = Sentirse en casa
theme-identity-belonging-question = ¿Siento este barrio como mi casa, un lugar al que pertenezco?
theme-feeling-safe = Seguridad
theme-feeling-safe-question = ¿Me siento a salvo aquí?
theme-care-maintenance = Mantenimiento
theme-care-maintenance-question = ¿Están bien cuidados los edificios y los lugares públicos?
theme-influence-control = Participación
theme-influence-control-question = ¿Siento que puedo participar en las decisiones sobre mi barrio?
feedback-goes-to = Tu opinión llega de forma anónima a la red del barrio ({ $host }). Sin nombre, sin datos del dispositivo.
feedback-send-yes = Sí, enviar
feedback-send-no = Solo en este dispositivo
thanks-ask-first = Tu mensaje está guardado en este dispositivo, sin tu nombre. Elige abajo si puede ir al equipo del barrio.
thanks-no-receiver = Tu mensaje está guardado en este dispositivo, sin tu nombre. No llega solo al equipo del barrio: lo ven solo cuando recogen los mensajes de este dispositivo. ¿Quieres estar seguro de que lo saben? Díselo a la recepción.
thanks-kept-here = Tu mensaje se queda en este dispositivo y no se envía, como elegiste. Por eso el equipo del barrio no lo ve. Puedes cambiarlo en Ajustes.
you-said-title = Nos dijisteis, lo hicimos
you-said = Nos dijisteis:
we-did = Hicimos:
