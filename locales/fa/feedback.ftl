## Feedback from families: ratings, "something missing or wrong?", the neighbourhood check.

feedback-missing-or-wrong = چیزی کم است یا درست نیست؟
feedback-about = درباره:
feedback-topic = موضوع چیست؟
feedback-words = با کلمات خودتان بگویید (به هر زبانی)
feedback-empty = اول یک تصویر انتخاب کنید یا چیزی بنویسید.
feedback-send = فرستادن
feedback-another = چیز دیگری بگویید
feedback-say-more = بیشتر بگویید
feedback-held = این دستگاه نتوانست پیام شما را ذخیره کند. تا وقتی برنامه باز است، آن را نگه می‌داریم و دوباره امتحان می‌کنیم. لطفاً برنامه را کمی باز بگذارید.
text-counter = { $count } / { $max } حرف

topic-missing-offer = چیزی که لازم دارم نیست
topic-wrong-info = اطلاعات درست نیست
topic-neighbourhood = چیزی در محله
topic-app = برنامه خوب کار نمی‌کند
topic-other = چیز دیگر

thanks-title = تشکر از شما!
thanks-what-happens = پیام شما بدون نام شما روی این دستگاه ذخیره شد. تیم محله همه پیام‌ها را می‌خواند و از آن‌ها برای بهتر کردن خدمات استفاده می‌کند.

rate-title = چطور بود؟
rate-say-more = بگویید چرا (اگر می‌خواهید)
rate-reasons = چرا؟
rate-words = چیز دیگری هست؟ (اگر می‌خواهید)
face-sad = بد
face-neutral = متوسط
face-happy = خوب
reason-too-expensive = خیلی گران
reason-too-far = خیلی دور
reason-closed = وقتی آمدم بسته بود
reason-language = زبان را نفهمیدم
reason-waited-long = زیاد منتظر ماندم
reason-friendly = مهربان بودند
reason-helped = به من کمک کرد

check-question = محله ما چقدر خوب است؟
check-start = شروع بررسی محله
check-who = چه کسی جواب می‌دهد؟
check-intro = 14 سوال کوتاه درباره زندگی در اینجا. اگر خواستید، از هر سوالی بگذرید. نام شما را نمی‌پرسیم.
check-adult = بزرگسال
check-child = کودک (6 تا 12)
check-progress = سوال { $step } از { $total }
check-back = برگشت
check-skip = رد شدن
check-scale-low = 1 = باید خیلی بهتر شود
check-scale-high = 7 = کمی باید بهتر شود
check-your-compass = جواب‌های شما
check-compass-label = قطب‌نمای جواب‌های شما: هرچه بیرون‌تر، بهتر. جدول زیر همین جواب‌ها را دارد.
check-table-caption = جواب‌های شما برای هر موضوع
check-theme = موضوع
check-answer = جواب
check-skipped = رد شد
check-score-of-7 = { $score } از 7
check-area = محله یا کد پستی (اگر می‌خواهید)
check-area-hint = فقط محله، نه آدرس شما.
check-again = دوباره شروع کنید

theme-moving-around = رفت و آمد
theme-moving-around-question = آیا در محله‌ام راحت می‌توانم پیاده بروم و دوچرخه‌سواری کنم؟
theme-public-transport = حمل و نقل عمومی
theme-public-transport-question = آیا حمل و نقل عمومی برای نیازهای من مناسب است؟
theme-traffic-parking = ترافیک و پارکینگ
theme-traffic-parking-question = آیا همه می‌توانند بین ترافیک و ماشین‌های پارک‌شده با امنیت راه بروند؟
theme-streets-spaces = خیابان‌ها و میدان‌ها
theme-streets-spaces-question = آیا ساختمان‌ها، خیابان‌ها و میدان‌ها اینجا را جای خوبی می‌کنند؟
theme-natural-space = طبیعت
theme-natural-space-question = آیا می‌توانم اغلب از پارک‌ها، درختان و آب لذت ببرم؟
theme-play-recreation = بازی و وقت آزاد
theme-play-recreation-question = آیا کودکان می‌توانند بازی کنند و آیا من می‌توانم نزدیک خانه ورزش و سرگرمی داشته باشم؟
theme-facilities-amenities = امکانات
theme-facilities-amenities-question = آیا فروشگاه، مدرسه، پزشک و خدمات دیگری که لازم دارم، هست؟
theme-work-economy = کار و اقتصاد محلی
theme-work-economy-question = آیا در نزدیکی، کار خوب و آموزش هست؟
theme-housing-community = مسکن
theme-housing-community-question = آیا اینجا خانه خوب برای مردم مختلف هست؟
theme-social-contact = ارتباط با دیگران
theme-social-contact-question = آیا جاهای کافی برای دیدار با مردم هست؟
theme-identity-belonging = احساس خانه
theme-identity-belonging-question = آیا این محله مثل خانه من است، جایی که به آن تعلق دارم؟
theme-feeling-safe = احساس امنیت
theme-feeling-safe-question = آیا اینجا احساس امنیت می‌کنم؟
theme-care-maintenance = نگهداری
theme-care-maintenance-question = آیا از ساختمان‌ها و جاهای عمومی خوب نگهداری می‌شود؟
theme-influence-control = شریک در تصمیم
theme-influence-control-question = آیا احساس می‌کنم که می‌توانم در تصمیم‌های محله‌ام شریک باشم؟
feedback-goes-to = نظر شما بی‌نام به شبکه محله ({ $host }) فرستاده می‌شود. نام شما و اطلاعات دستگاهتان فرستاده نمی‌شود.
feedback-send-yes = بله، فرستاده شود
feedback-send-no = فقط روی این دستگاه
thanks-ask-first = پیام شما بدون نامتان روی این دستگاه ذخیره شد. پایین انتخاب کنید که آیا می‌تواند به تیم محله برود.
thanks-no-receiver = پیام شما بدون نامتان روی این دستگاه ذخیره شد. خودبه‌خود به تیم محله نمی‌رسد: آن‌ها فقط وقتی پیام‌های این دستگاه را جمع کنند آن را می‌بینند. می‌خواهید مطمئن شوید که می‌دانند؟ به پذیرش بگویید.
thanks-kept-here = همان‌طور که انتخاب کردید، پیام شما روی این دستگاه می‌ماند و فرستاده نمی‌شود. پس تیم محله آن را نمی‌بیند. می‌توانید این را در تنظیمات تغییر دهید.
you-said-title = شما گفتید، ما انجام دادیم
you-said = شما گفتید:
we-did = ما انجام دادیم:
