# Home page: the seven functions of the network and the other two jobs.
home-title = What are you looking for?
home-ask = I have a question
home-feedback = Give your opinion
home-functions = In the neighbourhood
function-meeting = Meeting people
function-childcare-school = Childcare and school
function-play = Play and free time
function-family-health = Family and health
function-public-space = Playing outside
function-basic-rights = Help and rights
function-advocacy = Speaking up together
