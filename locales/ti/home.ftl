# Home page: the seven functions of the network and the other two jobs.
home-title = እንታይ ትደልዩ?
home-ask = ሕቶ ኣለኒ
home-feedback = ርእይቶኹም ሃቡ
home-functions = ኣገልግሎታት ኣብ ከባቢ
function-meeting = ምስ ሰባት ምርኻብ
function-childcare-school = ክንክን ቆልዑን ቤት ትምህርትን
function-play = ጸወታን ናጻ ግዜን
function-family-health = ስድራን ጥዕናን
function-public-space = ኣብ ደገ ምጽዋት
function-basic-rights = ሓገዝን መሰላትን
function-advocacy = ብሓባር ንቐውም
