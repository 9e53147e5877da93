package main

// The sentences the mirror is written in. Each language has neutral sentences (farm news that states
// no fact agrowatch alerts on, though many use the same words: exporters, the border, tonnes of a
// harvest, prices of beef) and, per kind, sentences that do state one. Slots in braces are filled at
// random: {n} a round count (10–900), {small} 5–20, {pct} a percentage, {dec} a yield, {kt} thousands
// and {mt} millions of tonnes (decimals written as the language writes them), and the words of the
// language's slot lists. The generator test checks both halves against the extractor.

// lexicon is one language's material.
type lexicon struct {
	Lang      string
	neutral   []string
	titles    []string            // headlines of neutral articles
	mentions  map[string][]string // kind → sentences that state a fact of that kind
	headlines map[string][]string // kind → headlines of articles that state one
	slots     map[string][]string
	CrossLink string // the site's "read also" phrase, stripped by the extractor
	months    []string
	category  map[string]string // slug → the category's name on the page
	Chrome    chrome
}

// chrome is the page furniture around an article, in the page's language.
type chrome struct {
	SiteTitle, Today, Popular, About, Contacts, Rights, Subscribe, Search string
}

var categories = []string{"zhivotnovodstvo", "kazahstan", "zerno", "ehlevatory", "maslichnye", "selhoztehnika", "mir"}

func lexicons() []*lexicon { return []*lexicon{russian(), kazakh(), english()} }

func russian() *lexicon {
	return &lexicon{
		Lang: "ru",
		neutral: []string{
			"Урожайность пшеницы в {region} области составила {dec} центнера с гектара.",
			"Аграрии {region} области завершили уборку на {pct}% площадей.",
			"Министерство выделило {n} млрд тенге на субсидирование кормов и семян.",
			"Цены на говядину на внутреннем рынке за месяц выросли на {pct}%.",
			"Фермеры закупили {n} единиц новой техники по программе льготного лизинга.",
			"Экспортёры обсудили логистику и тарифы на совещании в Астане.",
			"В хозяйствах области отмечают нехватку механизаторов и агрономов.",
			"Синоптики обещают заморозки до минус {small} градусов в северных районах.",
			"Элеваторы региона приняли на хранение {kt} тыс. тонн зерна нового урожая.",
			"Представители отрасли считают, что господдержка должна стать адресной.",
			"По данным акимата, посевные площади масличных культур выросли на {pct}%.",
			"На ярмарке в {city} фермеры продавали мясо и молоко по ценам ниже рыночных.",
			"Вице-министр сельского хозяйства провёл встречу с руководителями кооперативов.",
			"Сухая погода в июле снизила урожай кормовых культур на пастбищах.",
			"Участники рынка ждут решения правительства о ценах на дизельное топливо.",
			"Ветеринарная служба завершила плановую вакцинацию поголовья в {region} области.",
			"В {city} открылся новый откормочный комплекс на {n} голов скота.",
			"Средняя закупочная цена на подсолнечник составила {n} тысяч тенге за тонну.",
			"Молочные фермы региона модернизируют доильное оборудование.",
			"Эксперты советуют фермерам страховать посевы от засухи и града.",
			"Аграрной кредитной корпорации поручено ускорить рассмотрение заявок.",
			"Глава региона поручил обеспечить сельхозпроизводителей семенами к весне.",
			"В хозяйствах внедряют системы спутникового мониторинга полей.",
			"Площадь орошаемых земель в области планируют увеличить до {n} тысяч гектаров.",
			"Закупщики отмечают высокое качество зерна третьего класса.",
			"Программа по развитию птицеводства рассчитана на {small} лет.",
			"В селе {village} построили новую ветеринарную станцию.",
			"Стоимость минеральных удобрений с начала года выросла на {pct}%.",
			"Участники форума обсудили цифровизацию сельского хозяйства.",
			"Фермеры жалуются на рост цен на запчасти для импортной техники.",
			"Местные переработчики готовы закупать молоко по долгосрочным договорам.",
			"В министерстве считают, что отрасль нуждается в новых кадрах.",
		},
		titles: []string{
			"Аграрии {region} области завершают уборку",
			"Фермеры закупили новую технику по лизингу",
			"Цены на удобрения продолжают расти",
			"В {city} открылся откормочный комплекс",
			"Как изменится господдержка аграриев в следующем году",
			"Синоптики предупредили о заморозках",
			"Молочные фермы модернизируют оборудование",
			"Форум о цифровизации сельского хозяйства прошёл в Астане",
			"Элеваторы готовятся к приёму нового урожая",
			"Кооперативы просят ускорить выдачу кредитов",
		},
		mentions: map[string][]string{
			"meat_ban": {
				"{ban_country} ввёл временный запрет на ввоз {meat_gen} из Казахстана из-за вспышки {disease_gen}.",
				"{ban_country} снял запрет на ввоз {meat_gen} из Казахстана, сообщили в министерстве сельского хозяйства.",
				"{ban_country} отменил ограничения на поставки {meat_gen} из Казахстана.",
			},
			"inspection": {
				"Таможня КНР проведёт инспекцию {n} казахстанских мясокомбинатов в {month_prep}.",
				"Эксперты ГТУ КНР завершили проверку птицефабрик в {region} области.",
			},
			"export_volume": {
				"За {period} Казахстан экспортировал в {dest_acc} {kt} тыс. тонн {grain_gen}.",
				"С начала года Казахстан отгрузил в {dest_acc} {kt} тыс. тонн {grain_gen}.",
			},
			"border_delay": {
				"На станции Достык простаивают {n} вагонов с зерном.",
				"На переходе Хоргос в очереди стоят более {n} грузовиков с сельхозпродукцией.",
			},
		},
		headlines: map[string][]string{
			"meat_ban":      {"Ограничения на поставки мяса: что известно", "Ветеринарные ограничения коснулись экспортёров"},
			"inspection":    {"Китайские инспекторы приедут на предприятия", "Предприятия готовятся к визиту инспекторов"},
			"export_volume": {"Экспорт зерна: итоги месяца", "Казахстан наращивает поставки зерна"},
			"border_delay":  {"На границе с Китаем скопились грузы", "Перевозчики жалуются на простой на границе"},
		},
		slots: map[string][]string{
			"region":      {"Акмолинской", "Костанайской", "Северо-Казахстанской", "Павлодарской", "Карагандинской", "Алматинской", "Туркестанской", "Жамбылской"},
			"city":        {"Костанае", "Петропавловске", "Павлодаре", "Шымкенте", "Таразе", "Кокшетау", "Семее"},
			"village":     {"Алгабас", "Жанаарка", "Новоишимское", "Бейнеу", "Каракемер"},
			"ban_country": {"Китай", "Узбекистан", "Кыргызстан", "Таджикистан"},
			"meat_gen":    {"говядины", "баранины", "мяса птицы", "конины", "субпродуктов"},
			"disease_gen": {"ящура", "птичьего гриппа", "оспы овец"},
			"month_prep":  {"марте", "апреле", "мае", "сентябре", "октябре", "ноябре"},
			"period":      {"январь-октябрь", "январь-сентябрь", "первое полугодие", "три квартала"},
			"dest_acc":    {"Китай", "Узбекистан", "Афганистан", "Таджикистан", "Иран"},
			"grain_gen":   {"пшеницы", "ячменя", "муки", "льна", "подсолнечника"},
		},
		CrossLink: "Читать по теме:",
		category: map[string]string{
			"zhivotnovodstvo": "Животноводство", "kazahstan": "Казахстан", "zerno": "Зерно", "ehlevatory": "Элеваторы",
			"maslichnye": "Масличные", "selhoztehnika": "Сельхозтехника", "mir": "Мир",
		},
		Chrome: chrome{
			SiteTitle: "ElDala.kz — агробизнес Казахстана", Today: "Вторник, 1 декабря, 2026", Popular: "Популярное",
			About: "О нас", Contacts: "Контакты", Rights: "Все права защищены", Subscribe: "Подписаться на рассылку", Search: "Поиск",
		},
	}
}

func kazakh() *lexicon {
	return &lexicon{
		Lang: "kk",
		neutral: []string{
			"Ауыл шаруашылығы министрлігінде мал шаруашылығын дамыту жөніндегі кеңес өтті.",
			"Фермерлер жем-шөп бағасының қымбаттауына алаңдаулы.",
			"Биыл облыста {dec} центнерден өнім жиналды.",
			"Кеңесте ірі қара малдың басын көбейту мәселелері қаралды.",
			"Министрдің айтуынша, соңғы {small} жылда асыл тұқымды мал саны екі есе өсті.",
			"Үкімет жем-шөп сатып алуға қосымша қаражат бөлуді қарастыруда.",
			"{region} облысында егін жинау науқаны аяқталуға жақын.",
			"Шаруалар жаңа техника сатып алу үшін жеңілдетілген несие алды.",
			"Ауылдарда ветеринарлық пункттер жаңартылып жатыр.",
			"Сарапшылар фермерлерге егістікті құрғақшылықтан сақтандыруға кеңес береді.",
			"Биыл {n} мыңнан астам гектар жерге суару жүйесі орнатылды.",
			"Сүт өнімдерінің бағасы өткен айда {pct} пайызға өсті.",
			"Кооперативтер өнімді өңдеу цехтарын ашуды жоспарлап отыр.",
			"Жайылымдарды суландыру бағдарламасы {n} ауылды қамтиды.",
			"Облыс әкімі көктемгі егіс жұмыстарына дайындықты тексерді.",
			"Ауыл шаруашылығы саласына жас мамандар тарту маңызды.",
		},
		titles: []string{
			"Мал шаруашылығын дамыту мәселелері талқыланды",
			"{region} облысында егін жинау аяқталуда",
			"Фермерлер жаңа техника алды",
			"Сүт бағасы өсті",
			"Жайылымдарды суландыру бағдарламасы басталды",
		},
		mentions: map[string][]string{
			"meat_ban": {
				"{ban_country_kk} Қазақстаннан {meat_kk} әкелуге тыйым салды.",
				"{ban_country_kk} Қазақстаннан {meat_kk} әкелуге енгізілген шектеулерді алып тастады.",
			},
			"inspection": {
				"Қытай кеден қызметінің инспекторлары Қазақстандағы {n} ет комбинатын тексереді.",
			},
			"export_volume": {
				"Биылғы {period_kk} Қазақстан {dest_kk} {n} мың тонна {grain_kk} экспорттады.",
			},
			"border_delay": {
				"Қорғас өткелінде {n}-ден астам жүк көлігі кезекте тұр.",
			},
		},
		headlines: map[string][]string{
			"meat_ban":      {"Ет экспортына қатысты жаңа шешім"},
			"inspection":    {"Қытай мамандары кәсіпорындарға келеді"},
			"export_volume": {"Астық экспорты: айдың қорытындысы"},
			"border_delay":  {"Шекарада жүк көліктері жиналып қалды"},
		},
		slots: map[string][]string{
			"region":         {"Ақмола", "Қостанай", "Павлодар", "Қарағанды", "Алматы", "Түркістан", "Жамбыл"},
			"ban_country_kk": {"Қытай", "Өзбекстан", "Қырғызстан"},
			"meat_kk":        {"сиыр етін", "құс етін", "қой етін", "жылқы етін"},
			"period_kk":      {"қаңтар-қыркүйекте", "қаңтар-қазанда", "бірінші жартыжылдықта"},
			"dest_kk":        {"Қытайға", "Өзбекстанға", "Ауғанстанға", "Тәжікстанға"},
			"grain_kk":       {"бидай", "арпа", "ұн"},
		},
		CrossLink: "Тақырыпқа қатысты:",
		category: map[string]string{
			"zhivotnovodstvo": "Мал шаруашылығы", "kazahstan": "Қазақстан", "zerno": "Астық", "ehlevatory": "Элеваторлар",
			"maslichnye": "Майлы дақылдар", "selhoztehnika": "Ауыл шаруашылығы техникасы", "mir": "Әлем",
		},
		Chrome: chrome{
			SiteTitle: "ElDala.kz — Қазақстанның агробизнесі", Today: "Сейсенбі, 1 желтоқсан, 2026", Popular: "Көп оқылған",
			About: "Біз туралы", Contacts: "Байланыс", Rights: "Барлық құқықтар қорғалған", Subscribe: "Жазылу", Search: "Іздеу",
		},
	}
}

func english() *lexicon {
	return &lexicon{
		Lang: "en",
		neutral: []string{
			"Farmers in {region_en} region have harvested {pct} percent of the sown area.",
			"The ministry allocated {n} billion tenge to subsidise feed and seed.",
			"Exporters discussed logistics and rail tariffs at a meeting in Astana.",
			"Beef prices on the domestic market rose by {pct} percent last month.",
			"Forecasters warned of night frosts of minus {small} degrees in the north.",
			"Wheat yields averaged {dec} centners per hectare, the regional administration said.",
			"Industry groups say state support should be better targeted.",
			"A new feedlot for {n} head of cattle opened near {city_en}.",
			"Fertiliser prices have risen by {pct} percent since January.",
			"Most animals are kept on small family farms, which makes steady supply hard.",
			"The ministry said it would help farmers form cooperatives and invest in cold storage.",
			"A new subsidy programme for feedlots should be approved by the government in the spring.",
			"Dry weather in July cut the yield of fodder crops on pastures.",
			"Dairy farms in the region are upgrading their milking equipment.",
			"Participants of the forum discussed the digitalisation of agriculture.",
			"Analysts expect grain prices to stay firm until the end of the season.",
		},
		titles: []string{
			"Harvest nears its end in {region_en} region",
			"Farmers buy new machinery on leasing terms",
			"Fertiliser prices keep rising",
			"Dairy farms modernise equipment",
			"Forum discusses digital agriculture",
		},
		mentions: map[string][]string{
			"meat_ban": {
				"{ban_country_en} banned imports of {meat_en} from Kazakhstan after an outbreak of {disease_en}.",
				"{ban_country_en} lifted its ban on Kazakh {meat_en} imports on {weekday}.",
			},
			"inspection": {
				"Chinese customs inspectors will audit {n} Kazakh meat plants in {month_en}.",
			},
			"export_volume": {
				"Kazakhstan exported {mt} million tonnes of {grain_en} to {dest_en} in {period_en}.",
			},
			"border_delay": {
				"More than {n} wagons are stuck at the Dostyk crossing on the Chinese border.",
				"Trucks wait for days at Khorgos as Chinese customs slowed clearance.",
			},
		},
		headlines: map[string][]string{
			"meat_ban":      {"Meat trade: new veterinary rules", "What the veterinary decision means for exporters"},
			"inspection":    {"Chinese experts to visit Kazakh plants"},
			"export_volume": {"Grain shipments: the month in figures"},
			"border_delay":  {"Cargo piles up on the Chinese border"},
		},
		slots: map[string][]string{
			"region_en":      {"Akmola", "Kostanay", "North Kazakhstan", "Pavlodar", "Karaganda", "Almaty", "Turkestan"},
			"city_en":        {"Kostanay", "Petropavl", "Pavlodar", "Shymkent", "Taraz"},
			"ban_country_en": {"China", "Uzbekistan", "Kyrgyzstan", "Tajikistan"},
			"meat_en":        {"beef", "mutton", "poultry", "horse meat"},
			"disease_en":     {"foot-and-mouth disease", "avian influenza", "sheep pox"},
			"weekday":        {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"},
			"month_en":       {"March", "April", "May", "September", "October", "November"},
			"grain_en":       {"wheat", "barley", "flour"},
			"dest_en":        {"China", "Uzbekistan", "Afghanistan", "Tajikistan", "Iran"},
			"period_en":      {"January-September", "January-October", "the first half of the year"},
		},
		CrossLink: "Read also:",
		category: map[string]string{
			"zhivotnovodstvo": "Livestock", "kazahstan": "Kazakhstan", "zerno": "Grain", "ehlevatory": "Elevators",
			"maslichnye": "Oilseeds", "selhoztehnika": "Machinery", "mir": "World",
		},
		Chrome: chrome{
			SiteTitle: "ElDala.kz — agribusiness of Kazakhstan", Today: "Tuesday, 1 December 2026", Popular: "Most read",
			About: "About", Contacts: "Contacts", Rights: "All rights reserved", Subscribe: "Subscribe", Search: "Search",
		},
	}
}

// triggerWords is the grep urlwatch is given: the words of the four kinds in the three languages, as a
// user who wants to hear of bans, inspections, export volumes and border delays would write them.
const triggerWords = `(?i)(запрет|ограничени|инспекц|проверк|экспорт|отгрузил|тонн|вагон|простаива|очеред|достык|хоргос|` +
	`тыйым|шектеу|тексер|экспортта|тонна|кезек|достық|қорғас|` +
	`\bban|restrict|inspect|audit|export|tonnes|wagon|stuck|queue|dostyk|khorgos)`
