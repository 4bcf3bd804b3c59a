## Staff pages: PIN, feedback dashboard, export, sending.

staff-pin-choose = Elige un PIN para el personal
staff-pin-choose-hint = El PIN protege las opiniones de este dispositivo. Solo se guarda un hash con sal. Usa de 6 a 12 cifras y guárdalo dentro del equipo.
staff-pin-new = PIN nuevo
staff-pin-repeat = Repite el mismo PIN
staff-pin-save = Guardar PIN
staff-pin-enter = PIN del personal
staff-pin-wrong = Ese PIN no es correcto.
staff-pin-wait = Demasiados PIN incorrectos. Espera { $seconds } s y vuelve a intentarlo.
staff-pin-not-saved = No se pudo guardar el PIN en este dispositivo.
staff-pin-problem-too-short = Usa de 6 a 12 cifras.
staff-pin-problem-not-digits = Usa solo las cifras 0–9.
staff-pin-problem-mismatch = Los dos PIN no son iguales.
staff-setup-code = Código de configuración de la red
staff-setup-hint = Un dispositivo nuevo solo se puede configurar con el código de configuración que te da el coordinador de la red. Después eliges el PIN de este dispositivo.
staff-setup-wrong = Ese código de configuración no es correcto.
staff-setup-missing = Todavía no se puede configurar este dispositivo: no se ha encontrado ningún código de configuración de la red. Conéctate a internet o pregunta al coordinador de la red.
staff-setup-sample = Este es el código de configuración de ejemplo de la documentación. Publica un código de configuración propio antes del uso real.
staff-unlock = Abrir
staff-lock = Bloquear

staff-outbox = Opiniones en este dispositivo
staff-waiting = { $count ->
    [one] { $count } registro pendiente de enviar o exportar
    [many] { $count } registros pendientes de enviar o exportar
   *[other] { $count } registros pendientes de enviar o exportar
}
staff-outbox-unreadable = Ahora no se pueden leer las opiniones de este dispositivo. No se ha borrado nada.
staff-set-aside = { $count ->
    [one] { $count } registro fue rechazado por el servidor o no se pudo leer. Se ha apartado para que los demás sigan adelante y no se vuelve a enviar.
    [many] { $count } registros fueron rechazados por el servidor o no se pudieron leer. Se han apartado para que los demás sigan adelante y no se vuelven a enviar.
   *[other] { $count } registros fueron rechazados por el servidor o no se pudieron leer. Se han apartado para que los demás sigan adelante y no se vuelven a enviar.
}
staff-set-aside-download = Descargar los registros apartados
staff-set-aside-delete = Borrar los registros apartados
staff-set-aside-confirm = Sí, borrarlos definitivamente
staff-period = Periodo
staff-from = Desde
staff-to = Hasta
staff-kind-rating = valoraciones
staff-kind-signal = avisos
staff-kind-missing = búsquedas sin resultado
staff-kind-check = evaluaciones del barrio
staff-ratings = Valoraciones por servicio
staff-offer = Servicio
staff-count = Número
staff-average-3 = Media (1–3)
staff-average-7 = Media (1–7)
staff-checks = Evaluaciones del barrio
staff-check-count = { $count ->
    [one] { $count } evaluación
    [many] { $count } evaluaciones
   *[other] { $count } evaluaciones
}
staff-compass-label = Brújula de todas las evaluaciones del periodo: más hacia fuera es mejor. La tabla de abajo tiene los mismos valores.
staff-themes-caption = Media por tema (respuestas de niños convertidas a 1–7)
staff-messages = Avisos y comentarios
staff-nothing-yet = Aún nada en este periodo.
staff-more-in-export = { $count } más en la exportación.
staff-export = Exportar
staff-export-hint = Todos los registros del periodo. El CSV se abre en programas de hojas de cálculo (también en árabe); el JSON es para otros sistemas.
staff-export-csv = Descargar CSV
staff-export-json = Descargar JSON

sync-title = Enviar a un servidor
sync-hint = Opcional. Los registros se envían por lotes y solo salen de este dispositivo cuando el servidor los confirma.
sync-endpoint = Dirección del servidor
sync-endpoint-not-https = La dirección debe empezar por https:// (http solo para este mismo dispositivo).
sync-endpoint-spaces = La dirección no puede tener espacios.
sync-pin = PIN del equipo (necesario para cambiar la dirección)
sync-save = Guardar dirección
sync-send-now = Enviar ahora
sync-sending = Enviando…
sync-last-sent = Último envío: { $time } (registros: { $count })
sync-failed-network = No se puede conectar con el servidor. Se reintentará más tarde.
sync-failed-status = El servidor respondió con un error. Se reintentará más tarde.
sync-failed-garbage = No se entendió la respuesta del servidor. No se ha borrado nada. Se reintentará más tarde.
sync-failed-device = No se pudieron actualizar las opiniones de este dispositivo. No se ha borrado nada. Se reintentará más tarde.
sync-retry-in = Próximo intento en { $seconds } segundos.

kiosk-title = Modo quiosco (tableta compartida)
kiosk-hint = Para una tableta en una sala de espera. Tras un rato sin tocarla, empieza una cuenta atrás de 10 segundos; luego se borra todo lo de la familia anterior (idioma, favoritos, búsquedas, texto no enviado) y aparece una pantalla «toca para empezar». Las opiniones enviadas se quedan. Para salir del modo quiosco hace falta este PIN.
kiosk-on = Modo quiosco activado
kiosk-idle = Segundos sin tocar antes de la cuenta atrás (5–3600)
kiosk-language = Idioma inicial para cada familia
kiosk-save = Guardar ajustes del quiosco
kiosk-saved = Ajustes del quiosco guardados.
kiosk-not-saved = No se pudieron guardar los ajustes del quiosco en este dispositivo.

## Importing and exporting the offer
import-title = Importar servicios
import-hint = Un archivo CSV según la plantilla, un archivo HSDS 3 (JSON) o una exportación anterior. No cambia nada mientras haya errores.
import-file = Elegir un archivo
import-reading = Leyendo el archivo…
import-errors = { $count ->
    [one] { $count } error. No ha cambiado nada.
   *[other] { $count } errores. No ha cambiado nada.
}
import-in-file = Archivo
import-row = Fila { $row }
import-where = Dónde
import-column = Columna
import-what = Problema
import-value = Valor
import-problem = { $code ->
    [empty] Archivo vacío
    [too-large] Archivo demasiado grande (máx. 8 MB)
    [binary] No es un archivo de texto (UTF-8)
    [unbalanced-quotes] Comillas sin cerrar
    [column-count] Número de columnas incorrecto
    [unknown-column] Columna desconocida
    [missing-column] Falta una columna o un campo
    [wrong-type] Tipo de valor incorrecto
    [unsupported-version] Versión desconocida
    [wrong-language] La tercera columna no es un código de idioma (o es neerlandés)
    [unknown-key] Clave desconocida: este texto no existe (o ya no existe)
    [duplicate-key] La misma clave dos veces
    [source-changed] El neerlandés ha cambiado desde entonces: descarga una nueva hoja de traducción
   *[unreadable] Archivo ilegible
}
import-ok = Servicios: { $offers }; organizaciones: { $organizations }. Sin errores.
import-preview = Ver en la app
import-apply = Aplicar
import-apply-sure = ¿Sustituir los servicios de este dispositivo por los de este archivo?
import-apply-confirm = Sí, sustituir
import-cancel = Cancelar
import-applied = La nueva lista de servicios ya está en uso en este dispositivo. Publica la exportación JSON para tenerla en todos los dispositivos.
import-failed = No se pudo guardar. No ha cambiado nada.
export-title = Exportar servicios
export-json = JSON para la app
export-csv = CSV
export-hsds = HSDS 3 (JSON)
export-template = Plantilla CSV

## Every device's feedback, from the network's receiver
staff-source = Qué opiniones
staff-source-device = Este dispositivo
staff-source-network = Todos los dispositivos
staff-network-no-endpoint = Este barrio no tiene servidor. Configura uno abajo o exporta desde cada dispositivo.
staff-token = Clave del servidor
staff-network-fetch = Obtener
staff-network-failed = { $code ->
    [unauthorized] El servidor no acepta esta clave.
   *[failed] No se pudieron obtener los datos. Inténtalo de nuevo más tarde.
}
staff-network-from = Cifras de todos los dispositivos (obtenidas: { $time }).
staff-network-offline = Sin conexión: estas son las últimas cifras obtenidas.

## Translations of the offer and the questions
translations-title = Traducciones
translations-hint = Qué parte de los servicios y de las preguntas está escrita en cada idioma. Descarga una hoja de traducción (CSV) para un traductor: una fila por texto, con el neerlandés al lado. Después, carga aquí la hoja rellenada.
translations-language = Idioma
translations-offer = Servicios
translations-questions = Preguntas
translations-sheet = Hoja de traducción
translations-percent = { $percent } %
translations-loading = Cargando todos los idiomas…
translations-import = Cargar una hoja de traducción rellenada
translations-ok = Textos en { $language }: { $count }. Sin errores.
translations-apply = Añadir a los servicios de este dispositivo
translations-applied = La traducción ya está en los servicios de este dispositivo. Pon los dos archivos junto a catalogue.json en el sitio web para tenerla en todos los dispositivos.
translations-publish = Archivos para publicar
