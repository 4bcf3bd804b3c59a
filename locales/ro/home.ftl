# Home page: the seven functions of the network and the other two jobs.
home-title = Ce căutați?
home-ask = Am o întrebare
home-feedback = Spuneți-vă părerea
home-functions = Oferta din cartier
function-meeting = Întâlniri cu oameni
function-childcare-school = Creșă și școală
function-play = Joacă și timp liber
function-family-health = Familie și sănătate
function-public-space = Joacă afară
function-basic-rights = Ajutor și drepturi
function-advocacy = Împreună ne facem auziți
