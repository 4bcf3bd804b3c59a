# Home page: the seven functions of the network and the other two jobs.
home-title = څه لټوئ؟
home-ask = پوښتنه لرم
home-feedback = خپل نظر ووایاست
home-functions = په سیمه کې خدمتونه
function-meeting = له خلکو سره لیدل
function-childcare-school = د ماشوم ساتنه او ښوونځی
function-play = لوبې او وزګار وخت
function-family-health = کورنۍ او روغتیا
function-public-space = بهر لوبې
function-basic-rights = مرسته او حقونه
function-advocacy = ګډ غږ
