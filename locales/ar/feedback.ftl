## Feedback from families: ratings, "something missing or wrong?", the neighbourhood check.

feedback-missing-or-wrong = هل هناك شيء ناقص أو خطأ؟
feedback-about = عن:
feedback-topic = ما الموضوع؟
feedback-words = أخبرنا بكلماتك (بأي لغة)
feedback-empty = اختر صورة أو اكتب شيئًا أولًا.
feedback-send = إرسال
feedback-another = أخبرنا بشيء آخر
feedback-say-more = أخبرنا أكثر
feedback-held = لم يستطع هذا الهاتف حفظ رسالتك. نحتفظ بها ما دام التطبيق مفتوحًا ونحاول من جديد. من فضلك اترك التطبيق مفتوحًا قليلًا.
text-counter = الأحرف: { $count } / { $max }

topic-missing-offer = شيء أحتاجه غير موجود
topic-wrong-info = المعلومات خطأ
topic-neighbourhood = شيء في الحي
topic-app = التطبيق لا يعمل جيدًا
topic-other = شيء آخر

thanks-title = شكرًا!
thanks-what-happens = حُفظت رسالتك على هذا الجهاز بدون اسمك. فريق الحي يقرأ كل رسالة ويستعمل الرسائل لتحسين الخدمات.

rate-title = كيف كان الأمر؟
rate-say-more = أخبرنا لماذا (إن أردت)
rate-reasons = لماذا؟
rate-words = شيء آخر؟ (إن أردت)
face-sad = سيئ
face-neutral = متوسط
face-happy = جيد
reason-too-expensive = غالٍ جدًا
reason-too-far = بعيد جدًا
reason-closed = كان مغلقًا عندما جئت
reason-language = لم أفهم اللغة
reason-waited-long = انتظرت طويلًا
reason-friendly = استقبال لطيف
reason-helped = ساعدني

check-question = كيف هو حيّنا؟
check-start = ابدأ تقييم الحي
check-who = من يجيب؟
check-intro = 14 سؤالًا قصيرًا عن الحياة هنا. يمكنك ترك أي سؤال. لا نسأل عن اسمك.
check-adult = شخص بالغ
check-child = طفل (من 6 إلى 12 سنة)
check-progress = السؤال { $step } من { $total }
check-back = رجوع
check-skip = تخطي
check-scale-low = 1 = يحتاج إلى تحسين كثير
check-scale-high = 7 = يحتاج إلى تحسين قليل
check-your-compass = إجاباتك
check-compass-label = بوصلة إجاباتك: كلما ابتعدت عن المركز كان أفضل. الجدول أدناه فيه الإجابات نفسها.
check-table-caption = إجاباتك حسب الموضوع
check-theme = الموضوع
check-answer = الإجابة
check-skipped = بدون إجابة
check-score-of-7 = { $score } من 7
check-area = الحي أو الرمز البريدي (إن أردت)
check-area-hint = الحي فقط، وليس عنوانك.
check-again = ابدأ من جديد

theme-moving-around = التنقل
theme-moving-around-question = هل أستطيع المشي وركوب الدراجة بسهولة في حيّي؟
theme-public-transport = النقل العام
theme-public-transport-question = هل يلبّي النقل العام حاجاتي؟
theme-traffic-parking = المرور ومواقف السيارات
theme-traffic-parking-question = هل يستطيع الناس التنقل بأمان بين السيارات المارّة والمتوقفة؟
theme-streets-spaces = الشوارع والساحات
theme-streets-spaces-question = هل تجعل المباني والشوارع والساحات المكان جميلًا ومريحًا؟
theme-natural-space = الطبيعة
theme-natural-space-question = هل أستطيع أن أستمتع كثيرًا بالحدائق والأشجار والماء؟
theme-play-recreation = اللعب ووقت الفراغ
theme-play-recreation-question = هل يستطيع الأطفال اللعب، وهل أستطيع ممارسة الرياضة والهوايات قريبًا من بيتي؟
theme-facilities-amenities = المرافق والخدمات
theme-facilities-amenities-question = هل توجد محلات ومدارس وأطباء وخدمات أخرى أحتاجها؟
theme-work-economy = العمل والاقتصاد المحلي
theme-work-economy-question = هل يوجد عمل جيد وتدريب قريبًا من هنا؟
theme-housing-community = السكن والمجتمع
theme-housing-community-question = هل يوجد هنا سكن جيد لكل أنواع الناس؟
theme-social-contact = التواصل مع الناس
theme-social-contact-question = هل توجد أماكن متنوعة للقاء الناس؟
theme-identity-belonging = الشعور بالانتماء
theme-identity-belonging-question = هل أشعر أن هذا المكان بيتي وأنني أنتمي إليه؟
theme-feeling-safe = الشعور بالأمان
theme-feeling-safe-question = هل أشعر بالأمان هنا؟
theme-care-maintenance = العناية والصيانة
theme-care-maintenance-question = هل يُعتنى بالمباني والأماكن العامة جيدًا؟
theme-influence-control = المشاركة في القرار
theme-influence-control-question = هل أشعر أنني أستطيع المشاركة في القرارات عن حيّي؟
feedback-goes-to = يُرسَل رأيك إلى شبكة الحي ({ $host }) بدون اسم. لا نرسل اسمك ولا ما يدل على جهازك.
feedback-send-yes = نعم، أرسل
feedback-send-no = على هذا الجهاز فقط
thanks-ask-first = حُفظت رسالتك على هذا الجهاز بدون اسمك. اختر أدناه إن كان يمكن إرسالها إلى فريق الحي.
thanks-no-receiver = حُفظت رسالتك على هذا الجهاز بدون اسمك. لا تصل إلى فريق الحي وحدها: يرونها فقط عندما يجمعون رسائل هذا الجهاز. هل تريد أن تتأكد أنهم يعرفون؟ أخبر الاستقبال.
thanks-kept-here = تبقى رسالتك على هذا الجهاز ولا تُرسل، كما اخترت. لذلك لا يراها فريق الحي. يمكنك تغيير ذلك في الإعدادات.
you-said-title = قلتم، ففعلنا
you-said = قلتم:
we-did = فعلنا:
