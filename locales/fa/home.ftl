# Home page: the seven functions of the network and the other two jobs.
home-title = دنبال چه هستید؟
home-ask = سوال دارم
home-feedback = نظر خود را بگویید
home-functions = خدمات در محله
function-meeting = دیدار با دیگران
function-childcare-school = نگهداری کودک و مدرسه
function-play = بازی و وقت آزاد
function-family-health = خانواده و سلامتی
function-public-space = بازی در بیرون
function-basic-rights = کمک و حقوق
function-advocacy = با هم بایستیم
