package mirror

import "slices"

// The sentences the mirror is written in, in three languages. Neutral text is farm news that states no
// fact agrowatch alerts on, though it uses many of the same words (exporters, prices of beef, the
// harvest in tonnes); it is built from an opener, an actor, a predicate and a tail, and from whole
// sentences, so that no two articles read alike: agrowatch takes a body that shares half its word
// triples with an alerted one for the same story told again. Fact sentences render a fact (fact.go)
// in the language's words. Slots in braces are filled at random: {n} a round count, {small} 5–20,
// {pct} a percentage, {dec} a yield (decimals written as the language writes them), and the words of
// the language's slot lists; a fact's slots come from its fields. The generator test checks both
// halves against the extractor.

// Lexicon is one language's material.
type Lexicon struct {
	Lang                              string
	neutral                           []string // whole sentences
	openers, actors, predicates, tail []string // parts of composed sentences
	// verbs and things make the commonest predicate, a verb, a count and a thing ("закупили 120
	// сеялок"; in Kazakh the count and the thing come first): every word triple in it holds the count.
	verbs, things []string
	thingFirst    bool
	titles        []string            // headlines of neutral articles
	kindTitles    map[string][]string // kind → headlines of articles stating one, themselves stating none
	facts         map[string][]string // template key (fact.template) → sentences
	words         map[string]map[string]string
	slots         map[string][]string
	CrossLink     string // the site's "read also" phrase, stripped by the extractor
	category      map[string]string
	Chrome        chrome
}

// chrome is the page furniture around an article, in the page's language.
type chrome struct {
	SiteTitle, Today, Popular, About, Contacts, Rights, Subscribe, Search string
}

// Category is the name of a section of the site, by its slug, in the lexicon's language.
func (l *Lexicon) Category(slug string) string { return l.category[slug] }

// Categories are the slugs of the site's sections.
func Categories() []string { return slices.Clone(categories) }

var categories = []string{"zhivotnovodstvo", "kazahstan", "zerno", "ehlevatory", "maslichnye", "selhoztehnika", "mir"}

func lexicons() []*Lexicon { return []*Lexicon{russian(), kazakh(), english()} }

func russian() *Lexicon {
	return &Lexicon{
		Lang: "ru",
		neutral: []string{
			"Урожайность пшеницы в {region} области составила {dec} центнера с гектара.",
			"Министерство выделило {n} млрд тенге на субсидирование кормов и семян.",
			"Цены на говядину на внутреннем рынке за месяц выросли на {pct}%.",
			"Синоптики обещают заморозки до минус {small} градусов в северных районах.",
			"Представители отрасли считают, что господдержка должна стать адресной.",
			"По данным акимата, посевные площади масличных культур выросли на {pct}%.",
			"На ярмарке в {city} продавали мясо и молоко по ценам ниже рыночных.",
			"Сухая погода в июле снизила урожай кормовых культур на пастбищах.",
			"Ветеринарная служба завершила плановую вакцинацию поголовья в {region} области.",
			"В {city} открылся новый откормочный комплекс на {n} голов скота.",
			"Средняя закупочная цена на подсолнечник составила {n} тысяч тенге за тонну.",
			"Аграрной кредитной корпорации поручено ускорить рассмотрение заявок.",
			"Площадь орошаемых земель в области планируют увеличить до {n} тысяч гектаров.",
			"Программа по развитию птицеводства рассчитана на {small} лет.",
			"В селе {village} построили новую ветеринарную станцию.",
			"Стоимость минеральных удобрений с начала года выросла на {pct}%.",
			"Элеваторы региона приняли на хранение {n} тысяч тонн зерна нового урожая.",
			"Закупщики отмечают высокое качество зерна третьего класса.",
		},
		openers: []string{"", "", "", "В {region} области", "На этой неделе", "По данным акимата,", "В этом сезоне", "С начала месяца",
			"В {city}", "Как сообщает пресс-служба,", "По словам аналитиков,", "В ряде районов", "В прошлом году", "В селе {village}",
			"После дождей", "Весной", "Осенью"},
		actors: []string{"фермеры", "аграрии", "сельхозпроизводители", "переработчики молока", "владельцы элеваторов", "кооперативы",
			"эксперты отрасли", "участники рынка", "руководители хозяйств", "местные предприниматели", "зернотрейдеры", "животноводы",
			"агрономы", "молодые фермеры", "крестьянские хозяйства"},
		predicates: []string{"обсудили с {n} поставщиками цены на корма", "закупили {n} единиц новой техники", "подали {n} заявок на субсидии",
			"увеличили посевы масличных культур на {pct}%", "за {small} дней подготовились к весеннему севу", "пожаловались на рост цен на топливо на {pct}%",
			"отремонтировали {n} зернохранилищ", "провели {small} семинаров по защите растений", "получили льготные кредиты на {n} млн тенге",
			"внедрили капельное орошение на {n} гектарах", "построили овощехранилище на {n} тонн", "модернизировали {n} молочных ферм",
			"договорились с {small} заводами о поставках молока", "заложили {n} гектаров новых садов", "обновили {pct}% парка комбайнов",
			"засеяли {n} гектаров семенами отечественной селекции", "сократили расходы на удобрения на {pct}%",
			"наняли {n} сезонных работников", "застраховали {n} гектаров посевов", "подготовили к уборке {n} комбайнов", "закупили {n} племенных бычков",
			"расширили кормовые площади на {n} гектаров", "установили солнечные панели на {small} фермах", "открыли {small} мини-пекарен",
			"заготовили {n} тысяч рулонов сена", "испытали {small} новых сортов ячменя", "собрали по {dec} центнера с гектара",
			"вывели на поля {n} тракторов", "обсудили с {small} банками условия лизинга", "проложили {small} километров дороги к пастбищам",
			"посеяли нут и чечевицу на {n} гектарах", "вложили в теплицы {n} млн тенге", "построили {small} новых коровников",
			"провели межевание {n} гектаров пашни", "купили {small} зерносушилок", "открыли {small} пунктов искусственного осеменения"},
		verbs: []string{"закупили", "отремонтировали", "застраховали", "арендовали", "обновили", "зарегистрировали", "установили",
			"заказали", "списали", "модернизировали", "получили по лизингу", "подготовили к сезону"},
		things: []string{"тракторов", "комбайнов", "сеялок", "зерносушилок", "культиваторов", "опрыскивателей", "доильных аппаратов",
			"поливных установок", "холодильных камер", "кормораздатчиков", "погрузчиков", "борон", "плугов", "весовых платформ",
			"генераторов", "насосных станций"},
		tail: []string{"", "", "", ", сообщили в управлении сельского хозяйства", ", отметили в акимате", ", рассказали в отраслевой ассоциации",
			", следует из данных министерства", " в рамках госпрограммы", " за счёт собственных средств", " раньше обычного",
			", несмотря на нехватку кадров", " впервые за {small} лет"},
		titles: []string{
			"Аграрии {region} области завершают уборку", "Фермеры закупили новую технику по лизингу", "Цены на удобрения продолжают расти",
			"В {city} открылся откормочный комплекс", "Как изменится господдержка аграриев в следующем году", "Синоптики предупредили о заморозках",
			"Молочные фермы модернизируют оборудование", "Форум о цифровизации сельского хозяйства прошёл в Астане",
			"Элеваторы готовятся к приёму нового урожая", "Кооперативы просят ускорить выдачу кредитов",
		},
		kindTitles: map[string][]string{
			"meat_ban":      {"Ветеринарные новости недели", "Что происходит на рынке мяса"},
			"inspection":    {"Предприятия ждут иностранных специалистов", "Мясокомбинаты готовятся к визиту гостей"},
			"export_volume": {"Зерновой рынок: итоги месяца", "Как идут поставки зерна"},
			"border_delay":  {"Логистика: новости недели", "Перевозчики рассказали о работе переходов"},
		},
		facts: map[string][]string{
			"meat_ban/imposed": {"{by} ввёл временный запрет на ввоз {meat} из Казахстана из-за вспышки {cause}."},
			"meat_ban/lifted": {"{by} снял запрет на ввоз {meat} из Казахстана, сообщили в министерстве сельского хозяйства.",
				"{by} отменил ограничения на поставки {meat} из Казахстана."},
			"inspection/planned":    {"{insp_by} проведут инспекцию казахстанских мясокомбинатов в {month}."},
			"inspection/done":       {"{insp_by} завершили проверку казахстанских птицефабрик."},
			"inspection/planned/kz": {"Казахстанские ветеринары проверят мясокомбинаты {insp_on} в {month}."},
			"inspection/done/kz":    {"Казахстанские ветеринары завершили проверку мясокомбинатов {insp_on}."},
			"export_volume": {"За {period} Казахстан экспортировал в {to} {kt} тыс. тонн {grain}.",
				"С начала года Казахстан отгрузил в {to} {kt} тыс. тонн {grain}."},
			"border_delay/Dostyk":  {"На станции Достык простаивают {wagons} вагонов с зерном."},
			"border_delay/Khorgos": {"На переходе Хоргос в очереди стоят {trucks} грузовиков с сельхозпродукцией."},
		},
		words: map[string]map[string]string{
			"by":      {"CN": "Китай", "UZ": "Узбекистан", "KG": "Кыргызстан", "TJ": "Таджикистан"},
			"meat":    {"beef": "говядины", "mutton": "баранины", "poultry": "мяса птицы"},
			"cause":   {"fmd": "ящура", "avian_influenza": "птичьего гриппа", "sheep_pox": "оспы овец"},
			"insp_by": {"CN": "Инспекторы таможни КНР", "RU": "Инспекторы Россельхознадзора", "UZ": "Ветеринарные инспекторы Узбекистана", "KG": "Ветеринарные инспекторы Кыргызстана"},
			"insp_on": {"KG": "Кыргызстана", "UZ": "Узбекистана"},
			"to":      {"CN": "Китай", "UZ": "Узбекистан", "AF": "Афганистан", "TJ": "Таджикистан", "IR": "Иран"},
			"grain":   {"wheat": "пшеницы", "barley": "ячменя", "flour": "муки"},
		},
		slots: map[string][]string{
			"region":  {"Акмолинской", "Костанайской", "Северо-Казахстанской", "Павлодарской", "Карагандинской", "Алматинской", "Туркестанской", "Жамбылской"},
			"city":    {"Костанае", "Петропавловске", "Павлодаре", "Шымкенте", "Таразе", "Кокшетау", "Семее"},
			"village": {"Алгабас", "Жанаарка", "Новоишимское", "Бейнеу", "Каракемер"},
			"month":   {"марте", "апреле", "мае", "сентябре", "октябре", "ноябре"},
			"period":  {"январь-октябрь", "январь-сентябрь", "первое полугодие", "три квартала"},
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

func kazakh() *Lexicon {
	return &Lexicon{
		Lang: "kk",
		neutral: []string{
			"Ауыл шаруашылығы министрлігінде мал шаруашылығын дамыту жөніндегі кеңес өтті.",
			"Фермерлер жем-шөп бағасының қымбаттауына алаңдаулы.",
			"Биыл облыста гектарынан {dec} центнерден өнім жиналды.",
			"Кеңесте ірі қара малдың басын көбейту мәселелері қаралды.",
			"Министрдің айтуынша, соңғы {small} жылда асыл тұқымды мал саны екі есе өсті.",
			"Үкімет жем-шөп сатып алуға қосымша қаражат бөлуді қарастыруда.",
			"{region} облысында егін жинау науқаны аяқталуға жақын.",
			"Ауылдарда ветеринарлық пункттер жаңартылып жатыр.",
			"Биыл {n} мың гектар жерге суару жүйесі орнатылды.",
			"Сүт өнімдерінің бағасы өткен айда {pct} пайызға өсті.",
			"Жайылымдарды суландыру бағдарламасы {n} ауылды қамтиды.",
			"Ауыл шаруашылығы саласына жас мамандар тарту маңызды.",
		},
		openers: []string{"", "", "", "{region} облысында", "Осы аптада", "Әкімдік деректері бойынша,", "Биылғы маусымда", "Ай басынан бері",
			"Өткен жылы", "Министрліктегі кеңесте", "Бірқатар аудандарда", "Жаңбырдан кейін", "Көктемде", "Күзде"},
		actors: []string{"фермерлер", "шаруалар", "ауыл шаруашылығы өндірушілері", "сүт өңдеушілер", "кооперативтер", "сала сарапшылары",
			"мал өсірушілер", "агрономдар", "кәсіпкерлер", "жас фермерлер", "шаруа қожалықтары"},
		predicates: []string{"{n} жеткізушімен жем-шөп бағасын талқылады", "{n} бірлік жаңа техника сатып алды", "субсидияға {n} өтінім берді",
			"майлы дақылдар егісін {pct} пайызға кеңейтті", "көктемгі егіске {small} күнде дайындалды", "жанармай бағасының {pct} пайызға өсуіне шағымданды",
			"{n} астық қоймасын жөндеді", "өсімдіктерді қорғау бойынша {small} семинар өткізді", "{n} млн теңге жеңілдетілген несие алды",
			"{n} гектарда тамшылатып суаруды енгізді", "{n} тонналық көкөніс қоймасын салды", "{n} сүт фермасын жаңартты", "{n} гектар жаңа бақ отырғызды",
			"комбайн паркінің {pct} пайызын жаңартты", "{n} гектарға отандық тұқым себті", "тыңайтқыш шығынын {pct} пайызға азайтты",
			"{n} маусымдық жұмысшы жалдады", "{n} гектар егісті сақтандырды", "{n} мың орам шөп дайындады", "{n} асыл тұқымды бұқа сатып алды",
			"{small} фермада күн панельдерін орнатты", "арпаның {small} жаңа сортын сынады", "гектарынан {dec} центнерден жинады",
			"жайылымға {small} шақырым жол салды", "жылыжайларға {n} млн теңге салды", "{small} жаңа сиыр қорасын салды", "{small} астық кептіргіш сатып алды",
			"{n} гектарға ноқат пен жасымық екті", "егіс алқабын {pct} пайызға ұлғайтты"},
		verbs: []string{"сатып алды", "жөндеді", "сақтандырды", "жалға алды", "жаңартты", "тіркеді", "орнатты", "тапсырыс берді",
			"лизингке алды", "маусымға дайындады"},
		things: []string{"трактор", "комбайн", "сепкіш", "астық кептіргіш", "культиватор", "бүріккіш", "сауу аппаратын",
			"суару қондырғысын", "тоңазытқыш камера", "жем таратқыш", "тиегіш", "тырма", "соқа", "генератор", "сорғы станциясын"},
		thingFirst: true,
		tail: []string{"", "", "", ", деп хабарлады облыстық басқарма", ", деді сала өкілдері", " мемлекеттік бағдарлама аясында",
			" өз қаражаты есебінен", " әдеттегіден ерте", " {small} жылда алғаш рет"},
		titles: []string{
			"Мал шаруашылығын дамыту мәселелері талқыланды", "{region} облысында егін жинау аяқталуда", "Фермерлер жаңа техника алды",
			"Сүт бағасы өсті", "Жайылымдарды суландыру бағдарламасы басталды", "Жас фермерлерге қолдау көрсетіледі",
		},
		kindTitles: map[string][]string{
			"meat_ban":      {"Апта жаңалықтары: мал шаруашылығы"},
			"inspection":    {"Кәсіпорындар шетелдік мамандарды күтуде"},
			"export_volume": {"Астық нарығы: айдың қорытындысы"},
			"border_delay":  {"Логистика: апта жаңалықтары"},
		},
		facts: map[string][]string{
			"meat_ban/imposed":      {"{by} {cause} байланысты Қазақстаннан {meat} әкелуге тыйым салды."},
			"meat_ban/lifted":       {"{by} Қазақстаннан {meat} әкелуге енгізілген шектеулерді алып тастады."},
			"inspection/planned":    {"{insp_by} Қазақстандағы ет комбинаттарын тексереді."},
			"inspection/done":       {"{insp_by} Қазақстандағы құс фабрикаларын тексеріп шықты."},
			"inspection/planned/kz": {"Қазақстан ветеринарлары {insp_on} ет комбинаттарын тексереді."},
			"inspection/done/kz":    {"Қазақстан ветеринарлары {insp_on} ет комбинаттарын тексеріп шықты."},
			"export_volume":         {"Биылғы {period} Қазақстан {to} {kt} мың тонна {grain} экспорттады."},
			"border_delay/Dostyk":   {"Достық стансасында астық тиелген {wagons} вагон кезекте тұр."},
			"border_delay/Khorgos":  {"Қорғас өткелінде {trucks} жүк көлігі кезекте тұр."},
		},
		words: map[string]map[string]string{
			"by":      {"CN": "Қытай", "UZ": "Өзбекстан", "KG": "Қырғызстан", "TJ": "Тәжікстан"},
			"meat":    {"beef": "сиыр етін", "mutton": "қой етін", "poultry": "құс етін"},
			"cause":   {"fmd": "аусылға", "avian_influenza": "құс тұмауына", "sheep_pox": "қой шешегіне"},
			"insp_by": {"CN": "Қытай кеден қызметінің инспекторлары", "RU": "Ресей инспекторлары", "UZ": "Өзбекстан инспекторлары", "KG": "Қырғызстан инспекторлары"},
			"insp_on": {"KG": "Қырғызстандағы", "UZ": "Өзбекстандағы"},
			"to":      {"CN": "Қытайға", "UZ": "Өзбекстанға", "AF": "Ауғанстанға", "TJ": "Тәжікстанға", "IR": "Иранға"},
			"grain":   {"wheat": "бидай", "barley": "арпа", "flour": "ұн"},
		},
		slots: map[string][]string{
			"region": {"Ақмола", "Қостанай", "Павлодар", "Қарағанды", "Алматы", "Түркістан", "Жамбыл"},
			"period": {"қаңтар-қыркүйекте", "қаңтар-қазанда", "бірінші жартыжылдықта"},
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

func english() *Lexicon {
	return &Lexicon{
		Lang: "en",
		neutral: []string{
			"The ministry allocated {n} billion tenge to subsidise feed and seed.",
			"Beef prices on the domestic market rose by {pct} percent last month.",
			"Forecasters warned of night frosts of minus {small} degrees in the north.",
			"Wheat yields averaged {dec} centners per hectare, the regional administration said.",
			"Industry groups say state support should be better targeted.",
			"A new feedlot for {n} head of cattle opened near {city}.",
			"Fertiliser prices have risen by {pct} percent since January.",
			"Most animals are kept on small family farms, which makes steady supply hard.",
			"Dry weather in July cut the yield of fodder crops on pastures.",
			"Analysts expect grain prices to stay firm until the end of the season.",
			"Elevators in the region took in {n} thousand tonnes of new-crop grain for storage.",
		},
		openers: []string{"", "", "", "In {region} region,", "This week,", "According to the regional administration,", "This season,",
			"Since the start of the month,", "Last year,", "At a meeting in the ministry,", "In several districts,", "After the rains,",
			"In spring,", "In the autumn,"},
		actors: []string{"farmers", "growers", "dairy processors", "elevator owners", "cooperatives", "industry experts", "market participants",
			"farm managers", "local entrepreneurs", "livestock breeders", "agronomists", "young farmers", "family farms"},
		predicates: []string{"discussed feed prices with {n} suppliers", "bought {n} new machines", "filed {n} applications for subsidies",
			"expanded oilseed plantings by {pct} percent", "got ready for spring sowing in {small} days", "complained that fuel prices rose {pct} percent",
			"repaired {n} grain stores", "held {small} seminars on crop protection", "received soft loans worth {n} million tenge",
			"introduced drip irrigation on {n} hectares", "built a {n}-tonne vegetable store", "upgraded {n} dairy farms",
			"agreed milk supplies with {small} dairies", "planted {n} hectares of new orchards", "renewed {pct} percent of their combine fleet",
			"sowed {n} hectares with locally bred seed", "cut spending on fertiliser by {pct} percent", "hired {n} seasonal workers",
			"insured {n} hectares of crops", "readied {n} combines for the harvest", "bought {n} pedigree bulls", "installed solar panels on {small} farms",
			"tested {small} new barley varieties", "stocked {n} thousand bales of hay", "harvested {dec} centners per hectare",
			"built {small} kilometres of road to remote pastures", "put {n} million tenge into greenhouses", "built {small} new cowsheds",
			"bought {small} grain dryers", "sowed chickpeas and lentils on {n} hectares", "surveyed {n} hectares of arable land"},
		verbs: []string{"bought", "repaired", "insured", "leased", "upgraded", "registered", "installed", "ordered", "wrote off",
			"modernised", "took on lease", "readied for the season"},
		things: []string{"tractors", "combines", "seed drills", "grain dryers", "cultivators", "sprayers", "milking machines",
			"irrigation rigs", "cold stores", "feed mixers", "loaders", "harrows", "ploughs", "weighbridges", "generators", "pumping stations"},
		tail: []string{"", "", "", ", the regional agriculture department said", ", officials said", ", according to the industry association",
			" under a state programme", " at their own expense", " earlier than usual", ", despite a shortage of staff", " for the first time in {small} years"},
		titles: []string{
			"Harvest nears its end in {region} region", "Farmers buy new machinery on leasing terms", "Fertiliser prices keep rising",
			"Dairy farms modernise equipment", "Forum discusses digital agriculture", "Young farmers get state support",
		},
		kindTitles: map[string][]string{
			"meat_ban":      {"Livestock: the week's news", "What is happening in the meat market"},
			"inspection":    {"Plants prepare for foreign experts"},
			"export_volume": {"Grain market: the month in review"},
			"border_delay":  {"Logistics: the week's news"},
		},
		facts: map[string][]string{
			"meat_ban/imposed":      {"{by} banned imports of {meat} from Kazakhstan after an outbreak of {cause}."},
			"meat_ban/lifted":       {"{by} lifted its ban on Kazakh {meat} imports on {weekday}."},
			"inspection/planned":    {"{insp_by} will audit Kazakh meat plants in {month}."},
			"inspection/done":       {"{insp_by} completed an audit of Kazakh poultry farms."},
			"inspection/planned/kz": {"Kazakh veterinary inspectors will audit meat plants in {insp_on} in {month}."},
			"inspection/done/kz":    {"Kazakh veterinary inspectors completed an audit of meat plants in {insp_on}."},
			"export_volume":         {"Kazakhstan exported {kt} thousand tonnes of {grain} to {to} in {period}."},
			"border_delay/Dostyk":   {"More than {wagons} wagons are stuck at the Dostyk crossing on the Chinese border."},
			"border_delay/Khorgos":  {"More than {trucks} trucks are queuing at the Khorgos crossing on the Chinese border."},
		},
		words: map[string]map[string]string{
			"by":      {"CN": "China", "UZ": "Uzbekistan", "KG": "Kyrgyzstan", "TJ": "Tajikistan"},
			"meat":    {"beef": "beef", "mutton": "mutton", "poultry": "poultry"},
			"cause":   {"fmd": "foot-and-mouth disease", "avian_influenza": "avian influenza", "sheep_pox": "sheep pox"},
			"insp_by": {"CN": "Chinese customs inspectors", "RU": "Russian veterinary inspectors", "UZ": "Inspectors from Uzbekistan", "KG": "Inspectors from Kyrgyzstan"},
			"insp_on": {"KG": "Kyrgyzstan", "UZ": "Uzbekistan"},
			"to":      {"CN": "China", "UZ": "Uzbekistan", "AF": "Afghanistan", "TJ": "Tajikistan", "IR": "Iran"},
			"grain":   {"wheat": "wheat", "barley": "barley", "flour": "flour"},
		},
		slots: map[string][]string{
			"region":  {"Akmola", "Kostanay", "North Kazakhstan", "Pavlodar", "Karaganda", "Almaty", "Turkestan"},
			"city":    {"Kostanay", "Petropavl", "Pavlodar", "Shymkent", "Taraz"},
			"weekday": {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"},
			"month":   {"March", "April", "May", "September", "October", "November"},
			"period":  {"January-September", "January-October", "the first half of the year"},
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

// TriggerWords is the grep urlwatch is given: the words of the four kinds in the three languages, as a
// user who wants to hear of bans, inspections, export volumes and border delays would write them.
const TriggerWords = `(?i)(запрет|ограничени|инспекц|проверк|экспорт|отгрузил|тонн|вагон|простаива|очеред|достык|хоргос|` +
	`тыйым|шектеу|тексер|экспортта|тонна|кезек|достық|қорғас|` +
	`\bban|restrict|inspect|audit|export|tonnes|wagon|stuck|queue|dostyk|khorgos)`
