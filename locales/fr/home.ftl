# Home page: the seven functions of the network and the other two jobs.
home-title = Que cherchez-vous ?
home-ask = J’ai une question
home-feedback = Donnez votre avis
home-functions = Dans le quartier
function-meeting = Rencontrer des gens
function-childcare-school = Garde et école
function-play = Jeux et loisirs
function-family-health = Famille et santé
function-public-space = Jouer dehors
function-basic-rights = Aide et droits
function-advocacy = Se faire entendre
