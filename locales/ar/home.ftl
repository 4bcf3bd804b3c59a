# Home page: the seven functions of the network and the other two jobs.
home-title = عمّ تبحث؟
home-ask = عندي سؤال
home-feedback = أعطِ رأيك
home-functions = في الحي
function-meeting = التعرّف على الناس
function-childcare-school = الحضانة والمدرسة
function-play = اللعب ووقت الفراغ
function-family-health = الأسرة والصحة
function-public-space = اللعب في الخارج
function-basic-rights = المساعدة والحقوق
function-advocacy = نرفع صوتنا معًا
