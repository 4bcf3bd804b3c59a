# Home page: the seven functions of the network and the other two jobs.
home-title = ¿Qué buscas?
home-ask = Tengo una pregunta
home-feedback = Da tu opinión
home-functions = En el barrio
function-meeting = Conocer gente
function-childcare-school = Guardería y escuela
function-play = Juego y tiempo libre
function-family-health = Familia y salud
function-public-space = Jugar fuera
function-basic-rights = Ayuda y derechos
function-advocacy = Alzar la voz juntos
