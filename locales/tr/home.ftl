# Home page: the seven functions of the network and the other two jobs.
home-title = Ne arıyorsunuz?
home-ask = Bir sorum var
home-feedback = Görüşünüzü söyleyin
home-functions = Mahalledeki hizmetler
function-meeting = İnsanlarla tanışmak
function-childcare-school = Çocuk bakımı ve okul
function-play = Oyun ve boş zaman
function-family-health = Aile ve sağlık
function-public-space = Dışarıda oynamak
function-basic-rights = Yardım ve haklar
function-advocacy = Birlikte sesimizi duyurmak
