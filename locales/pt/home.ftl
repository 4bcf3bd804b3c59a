# Home page: the seven functions of the network and the other two jobs.
home-title = O que procura?
home-ask = Tenho uma pergunta
home-feedback = Dê a sua opinião
home-functions = No bairro
function-meeting = Conhecer pessoas
function-childcare-school = Creche e escola
function-play = Brincar e lazer
function-family-health = Família e saúde
function-public-space = Brincar ao ar livre
function-basic-rights = Ajuda e direitos
function-advocacy = Juntos temos voz
