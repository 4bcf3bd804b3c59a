# Home page: the seven functions of the network and the other two jobs.
home-title = Wat zoek je?
home-ask = Ik heb een vraag
home-feedback = Geef je mening
home-functions = Aanbod in de buurt
function-meeting = Mensen ontmoeten
function-childcare-school = Opvang en school
function-play = Spelen en vrije tijd
function-family-health = Gezin en gezondheid
function-public-space = Buiten spelen
function-basic-rights = Hulp en rechten
function-advocacy = Samen opkomen
