# Home page: the seven functions of the network and the other two jobs.
home-title = Що ви шукаєте?
home-ask = У мене є питання
home-feedback = Поділіться думкою
home-functions = Послуги поруч
function-meeting = Зустрічі з людьми
function-childcare-school = Дитячий садок і школа
function-play = Ігри та дозвілля
function-family-health = Родина і здоров’я
function-public-space = Ігри надворі
function-basic-rights = Допомога і права
function-advocacy = Разом за свої права
