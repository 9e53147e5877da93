package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// role is what a country does in a sentence, read from its case, the preposition before it and the
// words beside it.
type role uint8

const (
	roleNone   role = iota // a partner ("с Китаем", "between"), or a transit country
	roleAgent              // the subject or the authority: bans, lifts, inspects, exports or imports
	roleDest               // where goods go: "в Китай", "to China", "Қытайға", "输华"
	roleSource             // where goods come from: "из Казахстана", "from Kazakhstan", "Қазақстаннан"
	roleOrigin             // whose goods: "казахстанской говядины", "Kazakh beef", "of Kazakhstan"
	roleLoc                // where something happens: "в Казахстане", "in China", "Қытайда"
	roleObject             // a direct object: "проинспектирует Казахстан"
	roleShare              // "пришлось на Казахстан": the exporter of a share of imports, or the buyer of a share of exports
	roleRegion             // a region or city of the country named as a place: "в Павлодарской области", "Қостанай облысындағы"
)

// cmention is one country named in a sentence, with its role.
type cmention struct {
	code      string
	role      role
	pos, end  int  // in the whole text
	inspector bool // names who inspects: "китайские специалисты", "experts from China"
	service   bool // a country's service: "ветеринарная служба Казахстана" acts in a ban, is inspected in an inspection
	region    bool // a region or city of the country, not the country itself
	reporter  bool // names who reports the news ("according to GACC", "Минсельхоз РК сообщает"): no role of its own
	rel       bool // the subject of a relative clause ("which China suspended", "которые Китай приостановил")
	item      bool // an item of a list, "Иран – 12 тыс. тонн": a destination, or a source in a list of suppliers
	buyer     bool // took, received or bought the figure after it: "China took 510,000 tonnes"
	partner   bool // the other side of a deal: "с китайской компанией", "with a Chinese company", "Қытай компаниясымен"
}

// countryLexicon lists countries in each language and form. Only the forms matter to the rules;
// roles come from prepositions in countryRole. An English possessive is written once, with the
// typewriter apostrophe, and read with the typographic one too: "Tajikistan’s".
func countryLexicon() []lexEntry {
	return withCurlyPossessives(countryNames())
}

// withCurlyPossessives adds to list the twin with a typographic apostrophe of every possessive written
// with the typewriter one ("=tajikistan's" gives "=tajikistan’s") that list does not hold already.
func withCurlyPossessives(list []lexEntry) []lexEntry {
	have := make(map[string]bool, len(list))
	for _, e := range list {
		have[e.pat] = true
	}
	out := list
	for _, e := range list {
		if e.form != formPoss || !strings.HasSuffix(e.pat, "'s") {
			continue
		}
		if p := strings.TrimSuffix(e.pat, "'s") + "’s"; !have[p] {
			have[p] = true
			e.pat = p
			out = append(out, e)
		}
	}
	return out
}

// countryNames lists the names of countries, as countryLexicon says.
func countryNames() []lexEntry {
	return join(
		// Kazakhstan.
		country("KZ", formNom, "=казахстан", "=рк", "=республика казахстан", "=kazakhstan", "=republic of kazakhstan",
			"=қазақстан", "=қр", "=қазақстан республикасы", "=qazaqstan", "=qr", "=qazaqstan respýblıkasy",
			"哈萨克斯坦", "哈国", "哈方", "=kazakhstan republic",
			// Taiwanese usage writes Kazakhstan 哈薩克, without 斯坦: "哈薩克牛肉", "自哈薩克進口".
			"哈萨克",
			// English copies of Kazakh releases keep the Russian abbreviation: "the Ministry of Agriculture of RK".
			"=rk", "=the rk"),
		country("KZ", formGen, "=казахстана", "=республики казахстан", "=қазақстанның", "=қр-ның", "=қр-дың",
			"=қазақстан республикасының", "=qazaqstannyń", "=qazaqstannyn", "=qazaqstan respýblıkasynyń"),
		country("KZ", formDat, "=казахстану", "=республике казахстан", "=қазақстанға", "=қр-ға",
			"=қазақстан республикасына", "=qazaqstanǵa", "=qazaqstanga", "=qazaqstan respýblıkasyna"),
		country("KZ", formAcc, "=республику казахстан", "=қазақстанды", "=qazaqstandy"),
		country("KZ", formLoc, "=казахстане", "=қазақстанда", "=қр-да", "=qazaqstanda"),
		country("KZ", formIns, "=казахстаном", "=республикой казахстан", "=қазақстанмен", "=qazaqstanmen"),
		country("KZ", formAbl, "=қазақстаннан", "=қр-дан", "=қазақстан республикасынан", "=qazaqstannan"),
		country("KZ", formAdj, "казахстанск", "=kazakh", "=kazakhstani", "=қазақстандық", "=qazaqstandyq",
			"=kazakh-origin"),
		country("KZ", formPoss, "=kazakhstan's", "=kazakhstan’s"),

		// China.
		country("CN", formNom, "=китай", "=кнр", "=китайская народная республика", "=поднебесная", "=синьцзян",
			"=china", "=prc", "=people's republic of china", "=xinjiang", "=қытай", "=қхр",
			"=қытай халық республикасы", "=qytaı", "=qytai", "=qhr", "中国", "中华人民共和国", "中方", "我国", "新疆", "=сuar", "=суар"),
		country("CN", formGen, "=китая", "=китайской народной республики", "=поднебесной", "=синьцзяна",
			"=қытайдың", "=қхр-дың", "=қхр-ның", "=qytaıdyń", "=qytaidyn", "=qhr-dyń"),
		country("CN", formDat, "=китаю", "=китайской народной республике", "=қытайға", "=қхр-ға", "=qytaıǵa",
			"=qytaiga", "=qhr-ǵa"),
		country("CN", formAcc, "=китайскую народную республику", "=поднебесную", "=қытайды", "=qytaıdy"),
		country("CN", formLoc, "=китае", "=синьцзяне", "=қытайда", "=қхр-да", "=qytaıda"),
		country("CN", formIns, "=китаем", "=китайской народной республикой", "=қытаймен", "=qytaımen"),
		country("CN", formAbl, "=қытайдан", "=қхр-дан", "=qytaıdan", "=qytaidan"),
		country("CN", formAdj, "китайск", "=chinese", "=қытайлық", "=qytaılyq", "синьцзян-уйгурск"),
		country("CN", formPoss, "=china's", "=china’s", "=prc's"),
		country("CN", formAgency, "гту кнр", "=гту", "главное таможенное управление", "главного таможенного управления",
			"главным таможенным управлением", "главному таможенному управлению", "=гункик", "=гунк",
			"=gacc", "general administration of customs", "main customs administration",
			"china's customs administration", "china customs", "chinese customs",
			"state technical university of china", "state customs university", "customs administration of china",
			"қхр бас кеден", "бас кеден басқарма", "qhr bas keden", "bas keden basqarma",
			"海关总署", "中国海关", "中华人民共和国海关", "国家质量监督检验检疫总局", "质检总局"),
		[]lexEntry{{pat: "输华", feat: fCountry | fExport, code: "CN", form: formDest},
			{pat: "输往中国", feat: fCountry | fExport, code: "CN", form: formDest}, {pat: "出口到中国", feat: fCountry | fExport, code: "CN", form: formDest}},
		[]lexEntry{{pat: "输俄", feat: fCountry | fExport, code: "RU", form: formDest}},
		// Taiwanese usage: 輸台 is "to Taiwan", as 输华 is "to China": "哈薩克今年前三季輸台小麥".
		[]lexEntry{{pat: "输台", feat: fCountry | fExport, code: "TW", form: formDest}},
		// And 輸港 "to Hong Kong": "哈薩克斯坦冰鮮羊肉首度輸港".
		[]lexEntry{{pat: "输港", feat: fCountry | fExport, code: "HK", form: formDest}},
		// Experts named by their country's one-character short name: "俄专家将赴哈检查肉类企业", "哈专家".
		// 白俄 is Belarus. The experts stand for their country, as an agency does.
		[]lexEntry{{pat: "俄专家", feat: fCountry | fInspector, code: "RU", form: formAgency},
			{pat: "白俄专家", feat: fCountry | fInspector, code: "BY", form: formAgency},
			{pat: "哈专家", feat: fCountry | fInspector, code: "KZ", form: formAgency},
			{pat: "吉专家", feat: fCountry | fInspector, code: "KG", form: formAgency},
			{pat: "蒙专家", feat: fCountry | fInspector, code: "MN", form: formAgency}},
		country("CN", formDest, "对华", "来华", "赴华", "入华"),
		// "专家组访哈": a visit to Kazakhstan, written with the country's one-character short name.
		[]lexEntry{{pat: "访哈", feat: fCountry | fVisit, code: "KZ", form: formDest},
			{pat: "访哈萨克斯坦", feat: fCountry | fVisit, code: "KZ", form: formDest},
			{pat: "赴哈", feat: fCountry | fVisit, code: "KZ", form: formDest},
			{pat: "来哈", feat: fCountry | fVisit, code: "KZ", form: formDest},
			{pat: "抵哈", feat: fCountry | fVisit, code: "KZ", form: formDest}},
		// "中国自哈进口亚麻籽47万吨", "同期对哈出口蔬菜": trade with Kazakhstan by its short name.
		[]lexEntry{{pat: "自哈进口", feat: fCountry | fImport, code: "KZ", form: formAbl},
			{pat: "从哈进口", feat: fCountry | fImport, code: "KZ", form: formAbl},
			{pat: "对哈出口", feat: fCountry | fExport, code: "KZ", form: formDest},
			{pat: "向哈出口", feat: fCountry | fExport, code: "KZ", form: formDest}},

		// Russia.
		country("RU", formNom, "=россия", "=рф", "=российская федерация", "=russia", "=russian federation", "=ресей",
			"=reseı", "俄罗斯", "俄方"),
		country("RU", formGen, "=россии", "=российской федерации", "=ресейдің", "=reseıdiń"),
		country("RU", formAcc, "=россию", "=российскую федерацию"),
		country("RU", formDat, "=ресейге", "=reseıge"),
		country("RU", formLoc, "=ресейде", "=reseıde"),
		country("RU", formIns, "=россией", "=ресеймен", "=reseımen"),
		country("RU", formAbl, "=ресейден", "=reseıden"),
		country("RU", formAdj, "российск", "=russian", "=ресейлік", "=reseılik", "оренбургск", "омской", "омская",
			"новосибирск", "челябинск", "курганск", "саратовск", "астраханск", "самарск", "тюменск", "волгоградск",
			"алтайского края", "алтайский край", "алтайском крае"),
		country("RU", formPoss, "=russia's", "=russia’s"),
		country("RU", formAgency, "россельхознадзор", "ресельхознадзор", "rosselkhoznadzor", "rosselhoznadzor", "rosselxoznadzor", "reselhoznadzor",
			// Kazakh news calques the name: «Ресельхозқадағалау инспекторлары».
			"ресельхозқадағалау", "россельхозқадағалау", "reselhozqadaǵalaý", "rosselhozqadaǵalaý"),
		// Kazakhstan's veterinary committee named in Kazakh stands for its country, as Rosselkhoznadzor does.
		country("KZ", formAgency, "ветеринариялық бақылау және қадағалау комитеті", "veterınarlyq baqylaý jáne qadaǵalaý komıteti"),
		// So does the bare "Үкімет" of Kazakh news: a foreign government is named with its country, "Қытай үкіметі".
		country("KZ", formAgency, "=үкімет", "=úkimet"),
		// Kazakh names a neighbour's goods by the bare ethnonym: "қырғыз сүт өнімдеріне", "ózbek jemisteri".
		country("KG", formAdj, "=қырғыз", "=qyrǵyz"), country("UZ", formAdj, "=өзбек", "=ózbek"),
		country("AF", formAdj, "=ауған", "=aýǵan"), country("TJ", formAdj, "=тәжік", "=tájik"), // "Ауған нарығына"
		country("TJ", formAdj, "=тәжік", "=tájik"),
		country("KZ", formAdj, "=қазақ", "=qazaq"), // "Қазақ тарапы", "Qazaq tarapy": the Kazakh side

		stanCountry("UZ", "узбекистан", "узбекск", "өзбекстан", "ózbekstan", "uzbekistan", "uzbek", "乌兹别克斯坦"),
		stanCountry("TJ", "таджикистан", "таджикск", "тәжікстан", "tájikstan", "tajikistan", "tajik", "塔吉克斯坦"),
		stanCountry("KG", "кыргызстан", "кыргызск", "қырғызстан", "qyrǵyzstan", "kyrgyzstan", "kyrgyz", "吉尔吉斯斯坦"),
		stanCountry("AF", "афганистан", "афганск", "ауғанстан", "aýǵanstan", "afghanistan", "afghan", "阿富汗"),
		stanCountry("TM", "туркменистан", "туркменск", "түрікменстан", "túrikmenstan", "turkmenistan", "turkmen", "土库曼斯坦"),
		stanCountry("IR", "иран", "иранск", "иран", "ıran", "iran", "iranian", "伊朗"),
		stanCountry("PK", "пакистан", "пакистанск", "пәкістан", "pákistan", "pakistan", "pakistani", "巴基斯坦"),
		country("KG", formGen, "=киргизии"), country("KG", formNom, "=киргизия"), country("KG", formAdj, "киргизск"),
		// The older Russian names in their other cases: «вывез в Киргизию», «с Киргизией», «в Туркмению».
		country("KG", formAcc, "=киргизию"), country("KG", formIns, "=киргизией"),
		country("TM", formNom, "=туркмения"), country("TM", formGen, "=туркмении"), country("TM", formAcc, "=туркмению"),
		country("TM", formIns, "=туркменией"),
		iyaCountry("TR", "турци", "турецк", "türkiye", "turkish", "土耳其"),
		iyaCountry("MN", "монголи", "монгольск", "mongolia", "mongolian", "蒙古"),
		iyaCountry("GE", "грузи", "грузинск", "georgia", "georgian", "格鲁吉亚"),
		country("TW", formNom, "台湾", "=taiwan", "=тайвань"), country("TW", formAdj, "=taiwanese", "тайваньск"),
		country("TW", formGen, "=тайваня"), kkCountry("TW", "тайвань", "taıvan"),
		iyaCountry("IN", "инди", "индийск", "india", "indian", "印度"),
		iyaCountry("JP", "япони", "японск", "japan", "japanese", "日本"), // a buyer of Kazakh horse meat
		// European countries whose bird flu and swine fever outbreaks Kazakhstan and its neighbours
		// ban goods for.
		iyaCountry("BE", "бельги", "бельгийск", "belgium", "belgian", "比利时"),
		iyaCountry("HU", "венгри", "венгерск", "hungary", "hungarian", "匈牙利"),
		iyaCountry("IT", "итали", "итальянск", "italy", "italian", "意大利"),
		iyaCountry("ES", "испани", "испанск", "spain", "spanish", "西班牙"),
		iyaCountry("CZ", "чехи", "чешск", "czechia", "czech", "捷克"),
		iyaCountry("LV", "латви", "латвийск", "latvia", "latvian", "拉脱维亚"),
		iyaCountry("EE", "эстони", "эстонск", "estonia", "estonian", "爱沙尼亚"),
		iyaCountry("RS", "серби", "сербск", "serbia", "serbian", "塞尔维亚"),
		iyaCountry("AT", "австри", "австрийск", "austria", "austrian", "奥地利"),
		iyaCountry("DK", "дани", "датск", "denmark", "danish", "丹麦"),
		iyaCountry("AM", "армени", "армянск", "armenia", "armenian", "亚美尼亚"),
		country("NL", formNom, "=нидерланды", "=netherlands", "=the netherlands", "荷兰"),
		country("NL", formGen, "=нидерландов"), country("NL", formAdj, "нидерландск", "=dutch"),
		country("LT", formNom, "=литва", "=lithuania", "立陶宛"), country("LT", formGen, "=литвы"),
		country("LT", formAdj, "литовск", "=lithuanian"),
		country("CA", formNom, "=канада", "=canada", "加拿大"), country("CA", formGen, "=канады"),
		country("CA", formAdj, "канадск", "=canadian"),
		country("AE", formNom, "=оаэ", "=uae", "=united arab emirates", "阿联酋", "=баә", "=біріккен араб әмірліктері",
			"=baá", "=birikken arab ámirlikteri"),
		country("AE", formAdj, "эмиратск", "=emirati"), // "Emirati experts", «эмиратские ветеринары»
		country("AE", formNom, "=объединенные арабские эмираты", "=объединённые арабские эмираты", "=the emirates"),
		country("AE", formGen, "=объединенных арабских эмиратов", "=объединённых арабских эмиратов", "=біріккен араб әмірліктерінің",
			"=birikken arab ámirlikteriniń", "=баә-ның", "=baá-nyń"),
		country("AE", formDat, "=біріккен араб әмірліктеріне", "=birikken arab ámirlikterine", "=баә-ға", "=baá-ǵa"),
		country("AE", formLoc, "=біріккен араб әмірліктерінде", "=birikken arab ámirlikterinde", "=баә-да", "=baá-da"),
		country("AE", formAbl, "=біріккен араб әмірліктерінен", "=birikken arab ámirlikterinen", "=баә-дан", "=baá-dan"),
		country("AE", formPoss, "=uae's", "=uae’s"),
		// South Korea, a buyer of Kazakh poultry and beef: "Ońtústik Koreıa delegatsııasy", 韩国, 韩方.
		country("KR", formNom, "=южная корея", "=республика корея", "=south korea", "=republic of korea", "韩国", "韩方"),
		country("KR", formGen, "=южной кореи", "=республики корея"), country("KR", formAcc, "=южную корею"),
		country("KR", formLoc, "=южной корее"), country("KR", formIns, "=южной кореей"),
		country("KR", formAdj, "южнокорейск", "корейск", "=south korean", "=korean"),
		country("KR", formPoss, "=south korea's", "=south korea’s"),
		// The European Union inspects and buys as one: "欧盟审核组", «инспекторы Евросоюза», "Eýroodaq aýdıtorlary".
		country("EU", formNom, "=евросоюз", "=европейский союз", "=ес", "=eu", "=european union", "欧盟"),
		country("EU", formGen, "=евросоюза", "=европейского союза"), country("EU", formDat, "=евросоюзу"),
		country("EU", formLoc, "=евросоюзе"), country("EU", formPoss, "=eu's", "=eu’s"),
		country("EU", formAgency, "=european commission", "european commission's", "=еврокомиссия", "=еврокомиссии"),
		kkCountry("EU", "еуроодақ", "eýroodaq"),
		kkCountry("KR", "оңтүстік корея", "ońtústik koreıa"), kkCountry("KR", "корея", "koreıa"),
		country("AZ", formNom, "=азербайджан", "=azerbaijan", "阿塞拜疆"),
		country("AZ", formGen, "=азербайджана"),
		country("AZ", formAdj, "азербайджанск", "=azerbaijani"),
		country("BY", formNom, "=беларусь", "=belarus", "白俄罗斯", "=belarýs"),
		country("BY", formGen, "=беларуси", "=белоруссии"),
		country("BY", formAbl, "=беларусьтен", "=belarýsten"),
		// Kazakh Cyrillic also drops the soft sign and takes back endings, as the Latin letters do:
		// «Беларустағы ет комбинаттары», «Беларусқа».
		country("BY", formLoc, "=беларуста", "=беларустағы"), country("BY", formDat, "=беларусқа"),
		country("BY", formAbl, "=беларустан"), country("BY", formGen, "=беларустың"), country("BY", formAcc, "=беларусты"),
		country("BY", formAdj, "=беларустық"),
		country("BY", formNom, "=белоруссия"), country("BY", formAcc, "=белоруссию"), // the older Russian name
		country("PL", formAbl, "=польшадан", "=polshadan"),
		country("MN", formNom, "=моңғолия", "=mońǵolıa"),
		country("TR", formNom, "=түркия", "=túrkıa", "=turkey", "=turkiye"),
		country("PL", formNom, "=польша", "=polsha", "=poland", "波兰"),
		country("PL", formGen, "=польши"),
		country("PL", formAdj, "польск", "=polish"),
		country("DE", formNom, "=германия", "=germany", "德国"),
		country("DE", formGen, "=германии"),
		country("UA", formNom, "=украина", "=ukraine", "乌克兰"),
		country("UA", formGen, "=украины"),
		country("BR", formNom, "=бразилия", "=brazil", "巴西"),
		country("BR", formGen, "=бразилии"), country("BR", formAcc, "=бразилию"),
		country("AU", formNom, "=австралия", "=australia", "澳大利亚"),
		country("AU", formGen, "=австралии"),
		country("IR", formDat, "=iranǵa", "=iranga"),
		country("IR", formAbl, "=irannan"),
		country("KZ", formLoc, "=қазақстандағы", "=qazaqstandaǵy", "=қр-дағы"),
		country("CN", formLoc, "=қытайдағы", "=qytaıdaǵy"),
		country("RU", formLoc, "=ресейдегі", "=reseıdegi"),
		country("BY", formAdj, "белорусск", "=belarusian"),
		country("VN", formNom, "=вьетнам", "=vietnam", "越南"),
		country("VN", formGen, "=вьетнама"), country("VN", formDat, "=вьетнаму"), country("VN", formLoc, "=вьетнаме"),
		country("VN", formAdj, "вьетнамск", "=vietnamese"), country("VN", formNom, "越方"), // «Вьетнамская сторона»
		country("VN", formPoss, "=vietnam's", "=vietnam’s"),
		country("SA", formNom, "=саудовская аравия", "=saudi arabia", "沙特"),
		country("SA", formGen, "=саудовской аравии"),
		country("SA", formAcc, "=саудовскую аравию"), // "в Саудовскую Аравию": the country, not an adjective
		country("SA", formNom, "=сауд арабиясы", "=saýd arabııasy", "=saud arabiyasy"),
		country("SA", formGen, "=сауд арабиясының", "=saýd arabııasynyń"),
		country("SA", formDat, "=сауд арабиясына", "=saýd arabııasyna"),
		// A side in Chinese is its country, as 中方, 哈方 and 俄方 are: "沙方尽快解除禁令".
		country("SA", formNom, "沙方"), country("KG", formNom, "吉方"), country("UZ", formNom, "乌方"),
		country("MN", formNom, "蒙方"), country("TJ", formNom, "塔方"), country("IR", formNom, "伊方"),
		country("SA", formAdj, "саудовск", "=saudi"),
		country("SA", formLoc, "=саудовской аравии"), country("SA", formPoss, "=saudi arabia's", "=saudi arabia’s"),
		// The other sides by their one-character names: "越方", "韩方", "日方", "马方" (Malaysia).
		country("JP", formNom, "日方"), country("MY", formNom, "马方"),
		// Singapore buys Kazakh eggs and poultry and bans them in an outbreak: "新加坡食品局暂停进口哈萨克斯坦禽蛋".
		country("SG", formNom, "新加坡"),
		// Markets of halal beef and mutton whose veterinary services inspect Kazakh plants, in Kazakh too:
		// "Сауд Арабиясының мамандары", "Mysyr mamandarynyń", "Malaızııa mamandary".
		country("SA", formNom, "=сауд арабиясы", "=saýd arabıasy", "=сауд арабия", "=saýd arabıa"),
		country("SA", formGen, "=сауд арабиясының", "=saýd arabıasynyń"),
		country("SA", formDat, "=сауд арабиясына", "=saýd arabıasyna"),
		country("SA", formLoc, "=сауд арабиясында", "=saýd arabıasynda"),
		country("SA", formAbl, "=сауд арабиясынан", "=saýd arabıasynan"),
		country("SA", formAdj, "=сауд арабиялық", "=saýd arabıalyq"),
		iyaCountry("MY", "малайзи", "малайзийск", "malaysia", "malaysian", "马来西亚"),
		iyaCountry("ID", "индонези", "индонезийск", "indonesia", "indonesian", "印度尼西亚"),
		country("ID", formNom, "印尼"),
		country("EG", formAdj, "египетск", "=egyptian"), country("EG", formNom, "埃及"),
		country("EG", formLoc, "=египте"), country("EG", formDat, "=египту"), country("EG", formPoss, "=egypt's", "=egypt’s"),
		country("MY", formPoss, "=malaysia's"), country("ID", formPoss, "=indonesia's"), country("JP", formPoss, "=japan's"),
		country("MN", formPoss, "=mongolia's"), country("TR", formPoss, "=turkey's", "=türkiye's"),
		country("SA", formNom, "沙特阿拉伯"),
		// Capitals stand for their governments: "Beijing is expected to lift the ban".
		country("CN", formNom, "=beijing", "=пекин", "=бейжің", "=beıjiń", "北京"),
		country("IR", formNom, "=tehran", "=тегеран", "=tegeran", "德黑兰"), country("IR", formGen, "=тегерана"),
		country("KG", formNom, "=bishkek", "=бишкек", "比什凯克"), country("KG", formGen, "=бишкека"),
		country("TJ", formNom, "=dushanbe", "=душанбе", "杜尚别"),
		country("AZ", formNom, "=baku", "=баку", "巴库"), country("TR", formNom, "=ankara", "=анкара", "安卡拉"),
		country("BY", formNom, "=minsk", "=минск", "明斯克"), country("BY", formGen, "=минска"),
		country("SA", formNom, "=riyadh", "=эр-рияд", "利雅得"), country("EG", formNom, "=cairo", "=каир", "开罗"),
		country("CN", formGen, "=пекина"),
		country("KZ", formNom, "=astana", "=астана", "阿斯塔纳"),
		country("KZ", formAcc, "=астану"),
		country("KZ", formLoc, "=астане"),
		country("RU", formNom, "=moscow", "=москва", "莫斯科"),
		country("RU", formGen, "=москвы"),
		country("UZ", formNom, "=tashkent", "=ташкент", "塔什干"),
		country("US", formNom, "=сша", "=usa", "=united states", "=u.s.", "=the us", "美国"), // "the US", never the pronoun
		country("US", formAdj, "американск", "=american"),
		country("JO", formNom, "=иордания", "=jordan"),
		country("JO", formGen, "=иордании"),
		country("IQ", formNom, "=ирак", "=iraq"),
		country("IQ", formGen, "=ирака"),
		country("EG", formNom, "=египет", "=egypt"),
		country("EG", formGen, "=египта"),
		country("KW", formNom, "=кувейт", "=kuwait"), country("KW", formGen, "=кувейта"),
		country("BH", formNom, "=бахрейн", "=bahrain", "巴林"), country("BH", formGen, "=бахрейна"),
		country("QA", formNom, "=катар", "=qatar", "卡塔尔"),
		// The Gulf and the Levant by adjective and case: «катарская сторона», "Kuwaiti inspectors", 科威特.
		country("QA", formGen, "=катара"), country("QA", formAdj, "катарск", "=qatari"),
		country("KW", formAdj, "кувейтск", "=kuwaiti"), country("KW", formNom, "科威特"),
		country("BH", formAdj, "бахрейнск", "=bahraini"),
		country("OM", formNom, "=оман", "=oman", "阿曼"), country("OM", formGen, "=омана"),
		country("OM", formAdj, "оманск", "=omani"),
		country("JO", formAdj, "иорданск", "=jordanian"), country("JO", formNom, "约旦"),
		country("IQ", formAdj, "иракск", "=iraqi"), country("IQ", formNom, "伊拉克"),
		kkCountry("QA", "катар", "katar"), kkCountry("OM", "оман", "oman"), kkCountry("IQ", "ирак", "ırak"),
		country("KG", formNom, "=кыргызская республика", "=киргизская республика", "=kyrgyz republic",
			// Chinese writes the republic and, in Hong Kong and Taiwan, the short name: "吉尔吉斯共和国", "吉爾吉斯".
			"吉尔吉斯共和国", "吉尔吉斯"),
		country("KG", formGen, "=кыргызской республики", "=киргизской республики"),
		country("UZ", formNom, "=республика узбекистан"), country("UZ", formGen, "=республики узбекистан"),
		country("TJ", formNom, "=республика таджикистан"), country("TJ", formGen, "=республики таджикистан"),
		country("BY", formNom, "=республика беларусь"), country("BY", formGen, "=республики беларусь"),
		country("RU", formAgency, "兽医和植物卫生监督局", "兽医和植物检疫监督局", "=рсхн"),

		// Origins by adjective: "бразильской говядины", "Brazilian beef", "бразилиялық сиыр еті".
		country("BR", formAdj, "бразильск", "=brazilian", "=бразилиялық", "=brazılıalyq"),
		country("AR", formNom, "=аргентина", "=argentina", "阿根廷"), country("AR", formGen, "=аргентины"),
		country("AR", formAdj, "аргентинск", "=argentine", "=argentinian", "=аргентиналық", "=argentınalyq"),
		country("AU", formAdj, "австралийск", "=australian", "=австралиялық", "=avstralıalyq"),
		// Hong Kong and Taiwan ban and lift on their own: "香港食物安全中心宣布…暫停進口", "防檢署暫停…輸入".
		country("HK", formNom, "=гонконг", "=hong kong", "香港"), country("HK", formGen, "=гонконга"),
		country("TW", formNom, "=тайвань", "=taiwan", "台湾"), country("TW", formGen, "=тайваня"),
		country("HK", formAgency, "食物安全中心", "食安中心"), country("TW", formAgency, "动植物防疫检疫署", "防检署"),
		// Hong Kong names itself 本港 (this territory) and its government 港府, as the mainland writes 我国; Taiwan's
		// customs statistics are its own imports: "本港自哈薩克斯坦進口冷凍牛肉", "據台灣財政部關務署統計".
		country("HK", formNom, "本港", "港府", "特区政府"), country("TW", formAgency, "关务署"),
		country("NZ", formNom, "=новая зеландия", "=new zealand", "新西兰"), country("NZ", formGen, "=новой зеландии"),
		country("NZ", formAdj, "новозеландск", "=new zealand's"),
		country("UY", formNom, "=уругвай", "=uruguay", "乌拉圭"), country("UY", formGen, "=уругвая"),
		country("UY", formAdj, "уругвайск", "=uruguayan"),
		country("CA", formNom, "=канада", "=canada", "加拿大"), country("CA", formGen, "=канады"),
		country("CA", formAdj, "канадск", "=canadian"),
		country("FR", formNom, "=франция", "=france", "法国"), country("FR", formGen, "=франции"),
		country("FR", formAdj, "французск", "=french"),
		country("DE", formAdj, "немецк", "германск", "=german"),
		country("UA", formAdj, "украинск", "=ukrainian"),
		country("PY", formNom, "=парагвай", "=paraguay", "巴拉圭"), country("PY", formAdj, "парагвайск", "=paraguayan"),
		country("TH", formNom, "=таиланд", "=thailand", "泰国"), country("TH", formAdj, "тайск", "=thai"),
		country("MN", formAdj, "=моңғолиялық", "=mońǵolıalyq", "=mońǵolııalyq",
			// The people's name stands for the adjective: "Моңғол ветеринарлары", "Mońǵol veterınarlary".
			"=моңғол", "=монғол", "=mońǵol", "=mongol"),
		country("RU", formAdj, "=russian-origin"),
		country("US", formAdj, "=американдық", "=amerıkandyq", "=америкалық", "=amerıkalyq"),
		// АҚШ read by its last letter, voiceless: "АҚШ-тан", "AQSh-tan", "АҚШ-қа".
		country("US", formAbl, "=ақш-тан", "=aqsh-tan"), country("US", formGen, "=ақш-тың", "=aqsh-tyń"),
		country("US", formDat, "=ақш-қа", "=aqsh-qa"), country("US", formLoc, "=ақш-та", "=aqsh-ta"),
		country("BR", formNom, "=brazılıa"), country("AU", formNom, "=avstralıa"),
		// Inner Mongolia is a region of China, not Mongolia.
		// Chinese provinces the news names as where plants are inspected or goods come from.
		region("CN", "шаньдун", "ляонин", "хэйлунцзян", "цзилинь", "ганьсу", "хэнань", "хэбэй", "нинся",
			"=shandong", "=liaoning", "=heilongjiang", "=jilin", "=gansu", "=henan", "=hebei", "=ningxia",
			"山东", "辽宁", "黑龙江", "吉林", "甘肃", "河南", "河北", "宁夏"),
		region("CN", "内蒙古", "=inner mongolia", "=внутренняя монголия", "=внутренней монголии",
			"=ішкі моңғолия", "=ishki mońǵolıa", "二连浩特", "=erenhot", "满洲里", "=manzhouli", "=эрлянь"),
		// Chinese cities and provinces Kazakh goods are sent to (a destination only when a preposition or
		// case says so: volume.go's regionDest), Xinjiang in Kazakh among them.
		region("CN", "сиань", "урумчи", "ляньюньган", "чунцин", "чэнду", "шэньси", "ланьчжоу", "чжэнчжоу",
			"кашгар", "тяньцзин", "циндао", "гуанчжоу", "сычуан", "цзянсу", "шыңжаң", "үрімжі",
			"=xi'an", "=xi’an", "=xian", "=urumqi", "=lianyungang", "=chongqing", "=chengdu", "=shaanxi",
			"=lanzhou", "=zhengzhou", "=kashgar", "=tianjin", "=qingdao", "=guangzhou", "=yiwu", "=sichuan",
			"=jiangsu", "=shanghai", "=jinan", "=шанхай", "=шанхая", "=шанхае", "цзинань", "shyńjań", "úrimji", "sıan",
			"gansý", "=gansuǵa", "=gansuga", "=shanhaı", "=shanhaıǵa",
			"西安", "乌鲁木齐", "连云港", "重庆", "成都", "陕西", "兰州", "郑州", "天津", "青岛", "广州", "义乌",
			"四川", "江苏", "塔城"),

		// Kazakh declension of every country name, Cyrillic and Latin.
		kkCountry("KZ", "қазақстан", "qazaqstan"), kkCountry("CN", "қытай", "qytaı"),
		kkCountry("CN", "қхр", "qhr"), kkCountry("KZ", "қр", "qr"),
		kkCountry("RU", "ресей", "reseı"), kkCountry("UZ", "өзбекстан", "ózbekstan"),
		kkCountry("KG", "қырғызстан", "qyrǵyzstan"), kkCountry("TJ", "тәжікстан", "tájikstan"),
		kkCountry("TM", "түрікменстан", "túrikmenstan"), kkCountry("AF", "ауғанстан", "aýǵanstan"),
		kkCountry("MN", "моңғолия", "mońǵolıa"), kkCountry("TR", "түркия", "túrkıa"),
		kkCountry("IR", "иран", "ıran"), kkCountry("BY", "беларусь", "belarýs"),
		kkCountry("PL", "польша", "polsha"), kkCountry("DE", "германия", "germanıa"),
		kkCountry("IN", "үндістан", "úndistan"), kkCountry("BE", "бельгия", "belgıa"),
		// The Kazakh adjective of India is "үнді" + "лік" (Indian), not built on the country's name.
		country("IN", formAdj, "=үнділік", "=úndilik"),
		kkCountry("HU", "венгрия", "vengrıa"), kkCountry("NL", "нидерланд", "nıderland"),
		kkCountry("IT", "италия", "ıtalıa"), kkCountry("ES", "испания", "ıspanıa"), kkCountry("PK", "пәкістан", "pákistan"),
		kkCountry("US", "ақш", "aqsh"), kkCountry("AZ", "әзірбайжан", "ázirbaıjan"),
		kkCountry("UA", "украина", "ýkraına"), kkCountry("BR", "бразилия", "brazılıa"),
		kkCountry("AR", "аргентина", "argentına"), kkCountry("AU", "австралия", "avstralıa"),
		kkCountry("MY", "малайзия", "malaızıa"), kkCountry("ID", "индонезия", "ındonezıa"),
		kkCountry("EG", "мысыр", "mysyr"), kkCountry("EG", "египет", "egıpet"),
		kkCountry("AZ", "әзербайжан", "ázerbaıjan"), kkCountry("VN", "вьетнам", "vetnam"),
		kkCountry("JO", "иордания", "ıordanıa"), kkCountry("GE", "грузия", "gruzıa"), kkCountry("GE", "грузия", "grýzııa"),
		kkCountry("LT", "литва", "lıtva"), kkCountry("KW", "кувейт", "kýveıt"), kkCountry("BH", "бахрейн", "bahreın"),
		kkCountry("JP", "жапония", "japonıa"),
		// The European -ия names the Russian and English tables know: "Armenııa … shekteýlerdi joıdy".
		kkCountry("AM", "армения", "armenıa"), kkCountry("LV", "латвия", "latvıa"), kkCountry("EE", "эстония", "estonıa"),
		kkCountry("RS", "сербия", "serbıa"), kkCountry("AT", "австрия", "avstrıa"), kkCountry("DK", "дания", "danıa"),
		kkCountry("CZ", "чехия", "chehıa"),
		kkCountry("CN", "шыңжаң", "shyńjań"), // Xinjiang stands for China, as Синьцзян does

		// Regions and cities: a place in the country, never its actor.
		region("KZ", "костанайск", "павлодарск", "жамбылск", "алматинск", "акмолинск", "актюбинск", "атырауск",
			"карагандинск", "кызылординск", "мангистауск", "туркестанск", "северо-казахстанск",
			"восточно-казахстанск", "западно-казахстанск", "южно-казахстанск", "абайск", "жетысуск", "улытауск",
			"=костанай", "=павлодар", "=жамбыл", "=алматы", "=караганд", "=актобе", "=атырау", "=шымкент",
			// Kazakh names are stems, for their cases: "Алматыға", "Almatyǵa", "Шымкенттен".
			"қостанай", "павлодар", "жамбыл", "алматы", "ақмола", "ақтөбе", "атырау", "қарағанды",
			"қызылорда", "маңғыстау", "түркістан", "жетісу", "ұлытау", "=абай", "шымкент",
			"qostanaı", "pavlodar", "jambyl", "almaty", "aqmola", "aqtóbe", "atyraý", "qaraǵandy",
			"qyzylorda", "mańǵystaý", "túrkistan", "jetisý", "ulytaý", "shymkent", "абай облыс", "abaı oblys",
			"=kostanay", "=kostanai", "=zhambyl", "=akmola", "=aktobe", "=atyrau", "=karaganda", "=kyzylorda",
			"=mangystau", "=turkestan", "=shymkent",
			"巴甫洛达尔", "科斯塔奈", "江布尔", "阿拉木图",
			// Cities by their Russian cases and the ports and towns whose plants and terminals are
			// inspected: «в Костанае», "in Aktau", "Aqtaýdaǵy", "Өскемендегі".
			"=костанае", "=костаная", "=павлодаре", "=павлодара", "=шымкенте", "=шымкента", "=караганде",
			"=караганды", "=актау", "=aktau", "阿克套", "=усть-каменогорск", "=усть-каменогорске",
			// Ақтау is also "to acquit" and тараз the stem of таразы (scales): their cases only.
			"=ақтау", "=ақтауда", "=ақтаудағы", "=ақтауға", "=ақтаудан", "=ақтаудың", "=aqtaý", "=aqtaýda",
			"=aqtaýdaǵy", "=aqtaýǵa", "=aqtaýdan", "=aqtaýdyń",
			"өскемен", "óskemen", "=oskemen", "=ust-kamenogorsk", "=петропавловск", "=петропавловске", "петропавл",
			"petropavl", "=petropavlovsk", "=уральск", "=уральске", "=uralsk", "=кокшетау", "көкшетау",
			"kókshetaý", "=kokshetau", "=тараз", "=таразе", "=таразда", "=тараздағы", "=таразға", "=тараздан",
			"=taraz", "=tarazda", "=tarazdaǵy", "=tarazǵa", "=tarazdan", "=талдыкорган", "=талдыкоргане",
			"талдықорған", "taldyqorǵan", "=taldykorgan", "=semey", "=semei",
			// The capital in the Kazakh dative and ablative is a place goods go to or come from ("Шымкенттен
			// Астанаға"); its nominative and the Russian «в Астану» stay the country's name.
			"=астанаға", "=астанадан", "=astanaǵa", "=astanadan",
			// Regions named after the country are places in it: "Шығыс Қазақстан облысында", "Batys
			// Qazaqstan oblysynda", "East Kazakhstan region", "东哈萨克斯坦州" name no actor.
			"шығыс қазақстан", "батыс қазақстан", "солтүстік қазақстан", "оңтүстік қазақстан",
			"shyǵys qazaqstan", "batys qazaqstan", "soltústik qazaqstan", "ońtústik qazaqstan",
			"=east kazakhstan", "=west kazakhstan", "=north kazakhstan", "=south kazakhstan",
			"东哈萨克斯坦州", "西哈萨克斯坦州", "北哈萨克斯坦州", "东哈州", "西哈州", "北哈州"),
		region("RU", "свердловск", "краснодарск", "оренбургск", "омской", "омская", "омскую", "новосибирск", "курганск",
			"челябинск", "тюменск", "алтайского края", "алтайский край", "саратовск", "самарск", "астраханск",
			"ставропольск", "ростовск", "воронежск", "белгородск", "ленинградск", "московской област",
			"=sverdlovsk", "=krasnodar", "=tyumen", "=saratov", "=samara", "=astrakhan", "=rostov",
			"=орынбор", "=orynbor", "=orenburg", "=омбы", "=omby", "=omsk", "=novosibirsk", "=kurgan",
			"=chelyabinsk", "=qorǵan", "=қорған", "库尔干", "奥伦堡", "鄂木斯克"),
		// Foreign ports and cities goods are sent to: a destination names its country as a Chinese city
		// does (regionDest), and is no actor. Capitals that stand for their governments ("Tehran lifted
		// the ban", «Ташкент»), and Moscow, Beijing, are left to the countries.
		region("RU", "=новороссийск", "=новороссийска", "=новороссийске", "новороссийск", "novorossıısk",
			"=novorossiysk", "=novorossiisk", "=санкт-петербург", "=санкт-петербурга", "=санкт-петербурге",
			"=st. petersburg", "=saint petersburg", "=st petersburg", "=махачкала", "=махачкалу", "=махачкалы",
			"=makhachkala", "新罗西斯克", "圣彼得堡"),
		region("AE", "=дубай", "=дубае", "=дубая", "дубай", "dýbaı", "=dubai", "=абу-даби", "=abu dhabi",
			"=джебель-али", "=jebel ali", "迪拜", "阿布扎比"),
		region("IR", "=бандар-аббас", "=бандар-аббаса", "=бандар-аббасе", "=бендер-аббас", "=бендер-аббаса",
			"=бендер-аббасе", "бандар-аббас", "бендер-аббас", "bandar-abbas", "=bandar abbas", "=bandar-abbas",
			"=амирабад", "=амирабада", "=amirabad", "=энзели", "=анзали", "=bandar anzali", "=enzeli", "=anzali",
			"阿巴斯港"),
		region("LV", "=рига", "=риги", "=ригу", "=риге", "=ригой", "=ригаға", "=ригадан", "=rıgaǵa", "=rıgadan",
			"=riga", "里加"),
		region("LT", "=клайпеда", "=клайпеду", "=клайпеды", "=клайпеде", "=klaipeda", "克莱佩达"),
		region("AZ", "=баку", "=бакуге", "=бакуден", "=bakýge", "=bakýden", "=baku", "=алят", "=alyat", "巴库"),
		region("GE", "=поти", "=потиге", "=potıge", "=poti", "=батуми", "=батумиге", "=batýmıge", "=batumi",
			"波季", "巴统"),
		region("TR", "=мерсин", "=мерсина", "=мерсине", "=mersin", "=стамбул", "=стамбула", "=стамбуле",
			"ыстамбұл", "ystambul", "=istanbul", "梅尔辛", "伊斯坦布尔"),
		region("UZ", "=термез", "=термеза", "=термезе", "=termez", "=самарканд", "=самарканда", "=самарканде",
			"=samarkand", "铁尔梅兹", "撒马尔罕"),
		region("AF", "=хайратон", "=хайратона", "=хайратоне", "=hairatan", "=hayratan", "=мазари-шариф",
			"=мазари-шарифа", "=мазари-шарифе", "=mazar-i-sharif", "=mazar-e-sharif", "海拉坦", "马扎里沙里夫"),
		region("SA", "=джидда", "=джидду", "=джидды", "=джидде", "=jeddah", "=даммам", "=dammam", "吉达"),
	)
}

// kkAblativeAt reports a Kazakh ablative ending right after a region's stem at low[i:] ("Солтүстік
// Қазақстаннан", "Almatydan", "Шымкенттен"): the region is where the goods come from, as «из» says.
func kkAblativeAt(low string, i int) bool {
	for _, e := range [...]string{"дан", "ден", "тан", "тен", "нан", "нен", "dan", "den", "tan", "ten", "nan", "nen"} {
		if strings.HasPrefix(low[i:], e) {
			r, _ := utf8.DecodeRuneInString(low[i+len(e):])
			return !isLetter(r)
		}
	}
	return false
}

// vetWord reports a word of veterinary matters ("veterinary", «ветеринарной», 兽医): an adjective of
// the inspectors or of a service, not a noun of the plants inspected.
func vetWord(pat string) bool {
	return hasAnyPrefix(pat, "ветеринар", "veterinar", "veterınar", "兽医")
}

// region writes the regions and cities of one country.
func region(code string, pats ...string) []lexEntry { return country(code, formRegion, pats...) }

// kkCountry writes the Kazakh cases of a country name in Cyrillic and in the Latin alphabet of 2018,
// by vowel harmony and the last sound of the stem: Қазақстанның, Ресейдің, Қытайға, Моңғолиядан,
// Qytaıǵa, Ózbekstannan, qazaqstandyq.
func kkCountry(code, cyr, lat string) []lexEntry {
	var out []lexEntry
	stems := []string{cyr, lat}
	if rest, ok := strings.CutPrefix(lat, "ı"); ok {
		// The capital of ı is I, which lowercases to i: "Irannyń", "Indonezııanyń" open a sentence or a
		// name.
		stems = append(stems, "i"+rest)
	}
	if yot := kkLatinYot(lat); yot != lat {
		// Й after a vowel is ı in the alphabet of 2018, but many write it i: "Resei", "Qytai".
		stems = append(stems, yot)
	}
	latBack, latLast := kkHarmony(lat)
	softBack, softLast := kkHarmony(cyr)
	if strings.HasSuffix(cyr, "ь") {
		// The Latin alphabet drops the soft sign; the front endings it called for are written as well as
		// the back ones the Latin letters call for: Belarýstegi beside Belarýstaǵy.
		stems = append(stems, lat)
	}
	for si, stem := range stems {
		back, last := kkHarmony(stem)
		if stem != cyr {
			back, last = latBack, latLast
		}
		if si >= 2 && stem == lat {
			back, last = softBack, softLast // the soft stem's second, front writing
		}
		v := func(b, f string) string {
			if back {
				return b
			}
			return f
		}
		var gen, dat, loc, abl, acc, ins, adj string
		lat := stem != cyr
		switch last {
		case 'v': // a vowel
			gen, dat, loc, abl, acc, ins, adj = v("ның", "нің"), v("ға", "ге"), v("да", "де"), v("дан", "ден"), v("ны", "ні"), "мен", v("лық", "лік")
		case 'n': // м, н, ң
			gen, dat, loc, abl, acc, ins, adj = v("ның", "нің"), v("ға", "ге"), v("да", "де"), v("нан", "нен"), v("ды", "ді"), "мен", v("дық", "дік")
		case 's': // a sonorant: р, л, й, у
			gen, dat, loc, abl, acc, ins, adj = v("дың", "дің"), v("ға", "ге"), v("да", "де"), v("дан", "ден"), v("ды", "ді"), "мен", v("лық", "лік")
		case 'z': // ж, з
			gen, dat, loc, abl, acc, ins, adj = v("дың", "дің"), v("ға", "ге"), v("да", "де"), v("дан", "ден"), v("ды", "ді"), "бен", v("дық", "дік")
		default: // voiceless
			gen, dat, loc, abl, acc, ins, adj = v("тың", "тің"), v("қа", "ке"), v("та", "те"), v("тан", "тен"), v("ты", "ті"), "пен", v("тық", "тік")
		}
		sep := ""
		if isAbbrev(stem) {
			sep = "-" // abbreviations take a hyphen: ҚХР-ға, ҚР-дан
		}
		forms := []struct {
			f   form
			suf string
		}{{formNom, ""}, {formGen, gen}, {formDat, dat}, {formLoc, loc}, {formAbl, abl}, {formAcc, acc}, {formIns, ins},
			{formAdj, adj}, {formLoc, loc + v("ғы", "гі")}}
		for _, fs := range forms {
			suf := fs.suf
			if lat {
				suf = kkLatin(suf)
			}
			out = append(out, country(code, fs.f, "="+stem+suf)...)
			if sep != "" && suf != "" {
				out = append(out, country(code, fs.f, "="+stem+sep+suf)...)
			}
		}
	}
	return out
}

// kkLatinYot writes the ı that stands for й after a vowel as i, as informal Latin Kazakh does:
// "reseı" → "resei", "ázirbaıjan" → "ázirbaijan".
func kkLatinYot(lat string) string {
	var b strings.Builder
	prevVowel := false
	for _, r := range lat {
		if r == 'ı' && prevVowel {
			r = 'i'
		}
		b.WriteRune(r)
		prevVowel = strings.ContainsRune("aeouyáóúi", r)
	}
	return b.String()
}

// isAbbrev reports a stem written as an abbreviation (ҚХР, ҚР, АҚШ, QHR).
func isAbbrev(s string) bool {
	switch s {
	case "қхр", "қр", "ақш", "qhr", "qr", "aqsh":
		return true
	}
	return false
}

// kkHarmony returns whether the last vowel of a Kazakh stem is back, and the class of its last sound:
// 'v' vowel, 'n' nasal, 's' sonorant, 'z' voiced sibilant, 'k' voiceless.
func kkHarmony(stem string) (back bool, last rune) {
	back = true
	for _, r := range stem {
		switch r {
		case 'а', 'о', 'ұ', 'ы', 'я', 'a', 'o', 'u', 'y':
			back = true
		case 'ә', 'ө', 'ү', 'і', 'е', 'á', 'ó', 'ú', 'i', 'e':
			back = false
		}
	}
	r, _ := utf8.DecodeLastRuneInString(stem)
	switch r {
	case 'а', 'о', 'ұ', 'ы', 'я', 'ә', 'ө', 'ү', 'і', 'е', 'и', 'a', 'o', 'u', 'y', 'á', 'ó', 'ú', 'i', 'e':
		last = 'v'
	case 'м', 'н', 'ң', 'm', 'n', 'ń':
		last = 'n'
	case 'р', 'л', 'й', 'у', 'r', 'l', 'ı', 'ý':
		last = 's'
	case 'ж', 'з', 'j', 'z':
		last = 'z'
	default:
		last = 'k'
	}
	if r == 'ь' {
		// Беларусь: the soft sign after a voiceless consonant makes the endings voiceless and front,
		// Беларусьтен, Беларусьтегі.
		last, back = 'k', false
	}
	if isAbbrev(stem) {
		last = 'v' // read by letter names ending in a vowel or sonorant: ҚХР-дың is also written ҚХР-ның
	}
	return back, last
}

// kkLatin writes a Cyrillic case ending in the Latin alphabet of 2018, letter by letter; what is not
// one of the endings' letters is kept.
func kkLatin(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if l := kkLatinLetter(r); l != "" {
			b.WriteString(l)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// kkLatinLetter is the Latin letter of 2018 of a Cyrillic letter of Kazakh case endings, or "".
func kkLatinLetter(r rune) string {
	switch r {
	case 'ң':
		return "ń"
	case 'ғ':
		return "ǵ"
	case 'қ':
		return "q"
	case 'ы':
		return "y"
	case 'і':
		return "i"
	case 'а':
		return "a"
	case 'е':
		return "e"
	case 'н':
		return "n"
	case 'д':
		return "d"
	case 'т':
		return "t"
	case 'л':
		return "l"
	case 'м':
		return "m"
	case 'б':
		return "b"
	case 'п':
		return "p"
	case 'г':
		return "g"
	case 'к':
		return "k"
	}
	return ""
}

// stanCountry writes the regular forms of a country whose Russian name declines like "Узбекистан"
// and whose Kazakh name takes back-vowel endings after -н.
func stanCountry(code, ru, ruAdj, kk, kkLat, en, enAdj, zh string) []lexEntry {
	return join(
		country(code, formNom, "="+ru, "="+kk, "="+kkLat, "="+en, zh),
		country(code, formGen, "="+ru+"а", "="+kk+"ның", "="+kkLat+"nyń"),
		country(code, formDat, "="+ru+"у", "="+kk+"ға", "="+kkLat+"ǵa"),
		country(code, formLoc, "="+ru+"е", "="+kk+"да", "="+kkLat+"da"),
		country(code, formIns, "="+ru+"ом", "="+kk+"мен", "="+kkLat+"men"),
		country(code, formAbl, "="+kk+"нан", "="+kkLat+"nan"),
		country(code, formAdj, ruAdj, "="+kk+"дық", "="+enAdj),
		country(code, formPoss, "="+en+"'s"),
	)
}

// iyaCountry writes a country whose Russian name ends in -ия (Турция, Монголия).
func iyaCountry(code, ruStem, ruAdj, en, enAdj, zh string) []lexEntry {
	return join(
		country(code, formNom, "="+ruStem+"я", "="+en, zh),
		country(code, formGen, "="+ruStem+"и"),
		country(code, formAcc, "="+ruStem+"ю"),
		country(code, formIns, "="+ruStem+"ей"),
		country(code, formAdj, ruAdj, "="+enAdj),
	)
}

// isCompass reports an English word of the part of a country: "northern", "south-eastern".
func isCompass(p string) bool {
	switch p {
	case "northern", "southern", "eastern", "western", "central", "north-eastern", "north-western", "south-eastern",
		"south-western", "northeastern", "northwestern", "southeastern", "southwestern":
		return true
	}
	return false
}

// fromTerritory reports "from (the) territory of" ending at the "of" that starts at ofPos.
func fromTerritory(low string, from, ofPos int) bool {
	q, at := prevToken(low, from, ofPos)
	if q != "territory" && q != "territories" {
		return false
	}
	if q, at = prevToken(low, from, at); q == "the" {
		q, _ = prevToken(low, from, at)
	}
	return q == "from"
}

// prepRole is the role a preposition or postposition before a country gives it.
func prepRole(p string) (role, bool) {
	switch p {
	case "из", "изо", "from", "от", "ex", "从", "自":
		return roleSource, true
	case "в", "во", "into", "to", "向", "往", "至", "到", "赴", "输", "抵":
		return roleDest, true
	case "in", "在", "within", "inside":
		return roleLoc, true
	case "by", "由":
		return roleAgent, true
	case "на":
		return roleDest, true
	case "для", "for", "против", "against", "toward", "towards", "对":
		return roleOrigin, true
	case "у":
		return roleSource, true // "закупил у Казахстана": bought from it
	case "share":
		return roleShare, true
	case "с", "со", "with", "между", "between", "через", "via", "through", "к", "与", "同", "经":
		return roleNone, true
	}
	return roleNone, false
}

// besides reports a country named as the one set aside ("помимо Афганистана", "кроме Китая", "besides
// Afghanistan", "apart from Iran", "除阿富汗外"): what the sentence says goes to or comes from the others,
// so it takes no side of the figure. p is the token before the country, at ppos. (Kazakh "-нан басқа"
// is left alone: "Қазақстаннан басқа елдерге" is also "from Kazakhstan to other countries".)
func besides(low string, from, ppos int, p string) bool {
	switch p {
	case "помимо", "кроме", "besides":
		return true
	case "from":
		q, _ := prevToken(low, from, ppos)
		return q == "apart" || q == "aside"
	case "除", "了":
		if p == "了" {
			if q, qpos := prevToken(low, from, ppos); q == "除" {
				ppos = qpos
			} else {
				return false
			}
		}
		// 除 opens its phrase: after 解, 排, 废 it ends a verb ("解除哈萨克斯坦…禁令").
		q, _ := prevToken(low, from, ppos)
		return q == "" || !isHan(firstRune(q))
	}
	return false
}

// figureNext reports a figure right after a country ending at end, as Chinese writes the share of a
// total bound for it: "其中对乌兹别克斯坦100万吨", "对塔吉克斯坦为50万吨".
func figureNext(low string, end int) bool {
	rest := strings.TrimPrefix(low[end:], "为")
	if rest == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if !('0' <= r && r <= '9' || hanNumeral(r)) {
		return false
	}
	// A count of plants is no share: "对哈萨克斯坦7家牛肉加工企业的视频检查" inspects them.
	i := 0
	for i < len(rest) && (rest[i] >= '0' && rest[i] <= '9') {
		i++
	}
	if i == 0 {
		_, n := utf8.DecodeRuneInString(rest)
		i = n
	}
	return !strings.HasPrefix(rest[i:], "家")
}

// kazakhVia reports the Kazakh postposition of passage after a country ending at end, past a word of
// territory: "Түрікменстан арқылы" (via Turkmenistan), "Qazaqstan aýmaǵy arqyly", as "через" and "via".
func kazakhVia(low string, end int) bool {
	rest := strings.TrimPrefix(low[end:], " ")
	for _, t := range [...]string{"аумағы ", "aýmaǵy ", "территориясы ", "terrıtorıasy "} {
		if strings.HasPrefix(rest, t) {
			rest = rest[len(t):]
			break
		}
	}
	return strings.HasPrefix(rest, "арқылы") || strings.HasPrefix(rest, "arqyly")
}

// codeInvite marks the words of an invitation in the lexicon: "invitation of", «по приглашению», 邀请,
// шақыруымен. They carry no feature; invitedHost reads around them.
const codeInvite = "invite"

// invitedHost reports a country named as the host that invited: after 应 with 邀请 to follow, the first
// country after "invitation of", "invited by", «по приглашению», or one before Kazakh «шақыруымен» or a
// verb of inviting. guests says inspectors follow the country right after it: before the verb, those are
// its inspectors, the ones invited ("Qytaı sarapshylaryn … shaqyrdy").
func invitedHost(low string, from, pos, end int, p string, last *cmention, guests bool) bool {
	if p == "应" {
		return strings.Contains(low[end:min(end+30, len(low))], "邀请")
	}
	// 180 bytes are 90 Cyrillic letters: the host's name may be long ("по приглашению Комитета
	// ветеринарного контроля и надзора МСХ РК").
	a := max(from, pos-180)
	for _, w := range [...]string{"invitation of", "invited by", "по приглашению", "по инициативе"} {
		// The host is the noun phrase the words govern: "по приглашению Минсельхоза Казахстана", not the
		// experts who came after it.
		if i := strings.LastIndex(low[a:pos], w); i >= 0 && (last == nil || last.end <= a+i) {
			if g := gapWords(low, a+i+len(w), pos); g >= 0 && g <= 8 {
				return true
			}
		}
	}
	if guests {
		return false
	}
	tail := low[end:min(end+90, len(low))]
	if i := strings.IndexAny(tail, ",;.:"); i >= 0 {
		tail = tail[:i]
	}
	// The host may be the subject of the verb: "Kazakhstan's ministry invited Saudi inspectors", «Минсельхоз
	// РК пригласил экспертов», "Qazaqstan … sarapshylaryn shaqyrdy"; "experts invited by …" are the guests.
	if i := strings.Index(tail, "invited "); i >= 0 && !strings.HasPrefix(tail[i:], "invited by") {
		return true
	}
	return containsAny(tail, "шақыруы", "shaqyrýy", "пригласил", "шақырды", "shaqyrdy")
}

// verbFeats are the words of acting that follow a subject: banning, lifting, trading, inspecting.
const verbFeats = fImposed | fLifted | fInForce | fExport | fImport | fShip | fInspect

// isConj reports words that join two countries into one role: "из России и Казахстана".
func isConj(p string) bool {
	switch p {
	case "и", "или", "and", "or", ",", "және", "мен", "men", "jáne", "和", "及", "、", "/",
		"пен", "бен", "pen", "ben": // the Kazakh "мен" after a voiceless consonant or a vowel: "Беларусь пен Қазақстан"
		return true
	}
	return false
}

// prevToken returns the word (lowercase) or the punctuation rune just before low[pos], not looking
// before from. A Han character counts as a word of its own.
func prevToken(low string, from, pos int) (string, int) {
	j := pos
	for j > from {
		r, n := decodeLastRune(low[from:], j-from)
		if !isSpace(r) {
			break
		}
		j -= n
	}
	if j <= from {
		return "", from
	}
	r, n := decodeLastRune(low[from:], j-from)
	if isHan(r) || !isWordRune(r) {
		return low[j-n : j], j - n
	}
	k := j
	for k > from {
		// ASCII and Cyrillic from their bytes; the rest decoded.
		if c := low[k-1]; c < utf8.RuneSelf {
			if !asciiWord[c] {
				break
			}
			k--
			continue
		} else if k-2 >= from && c&0xC0 == 0x80 && low[k-2] >= 0xD0 && low[k-2] <= 0xD3 {
			if low[k-2] == 0xD2 && c >= 0x82 && c <= 0x89 {
				break // U+0482–U+0489: a sign and combining marks
			}
			k -= 2
			continue
		}
		r, n := decodeLastRune(low[from:], k-from)
		if !isWordRune(r) || isHan(r) {
			break
		}
		k -= n
	}
	return low[k:j], k
}

// gapWords counts the words between two positions, or -1 when punctuation that separates clauses
// stands between them.
func gapWords(low string, a, b int) int {
	if b < a {
		return -1
	}
	// A stem ends inside its word: the rest of that word is no gap ("эксперт|ы из Китая").
	a = wordEnd(low, a, b)
	n, inWord := 0, false
	low = low[:b]
	for i := a; i < b; {
		if j := skipWord(low, i); j > i {
			// A run of ASCII and Cyrillic letters and digits, read from its bytes: one word, or the rest
			// of the word before.
			if !inWord {
				n++
			}
			inWord = true
			if i = j; i >= b {
				break
			}
		}
		if low[i] == ' ' {
			inWord = false // the space between words, without decoding it
			i++
			continue
		}
		r, m := decodeRune(low, i)
		i += m
		switch {
		case isSpace(r) || r == '-' || r == '«' || r == '»' || r == '"' || r == '“' || r == '”':
			inWord = false
		case isHan(r):
			n++
			inWord = false
		case isWordRune(r) || r == '\'' || r == '’' || r == '.':
			if !inWord {
				n++
			}
			inWord = true
		default:
			return -1
		}
	}
	return n
}

// countryRoles reads the role of every country in the sentence hits hs.
// ownAgencyAhead reports the next country word after hit k to be an agency of the same country at most
// gap words on: "Russia's veterinary watchdog Rosselkhoznadzor", "Қытайдың кеден органы ГТУ КНР".
func ownAgencyAhead(low string, words []word, hs []hit, k, gap int) bool {
	for j := k + 1; j < len(hs); j++ {
		w := &words[hs[j].w]
		if w.feat&fCountry == 0 {
			continue
		}
		g := gapWords(low, int(hs[k].end), int(hs[j].pos))
		return w.form == formAgency && w.code == words[hs[k].w].code && g >= 0 && g <= gap
	}
	return false
}

// onlyRegionNouns reports the hits before hit k that end past pos to be region nouns only ("провинции",
// "области"), no country and no word of trade: a noun phrase goes on through them.
func onlyRegionNouns(words []word, hs []hit, k, pos int) bool {
	for j := k - 1; j >= 0 && int(hs[j].end) > pos; j-- {
		if w := &words[hs[j].w]; w.feat&fRegion == 0 || w.feat&fCountry != 0 {
			return false
		}
	}
	return true
}

func (x *Extractor) countryRoles(low string, from int, hs []hit, dst []cmention) []cmention {
	words := x.lex.words
	var last *cmention
	banCtx, suppliers, purchase := false, false, false
	buyers := false    // a country of the sentence took or bought its figure: the list is of buyers
	lastKKNom := false // the last country was a Kazakh name in the nominative
	invite := false    // the sentence has a word of invitation: its lexicon hits tell, no search of the text
	for _, h := range hs {
		invite = invite || words[h.w].code == codeInvite
	}
	// A list opened after a colon, and the role of its items.
	colonList, listRole := false, roleNone
	var trade feat
	for _, h := range hs {
		if words[h.w].feat&(fBanNoun|fImposed) != 0 {
			banCtx = true // "a ban on Kazakh meat imports", "Belarusian beef imports … were halted"
		}
		if words[h.w].feat&fSupplier != 0 {
			suppliers = true
		}
		purchase = purchase || words[h.w].feat&fPurchase != 0
		trade |= words[h.w].feat & (fExport | fImport | fShip)
	}
	if trade == fImport && !purchase {
		// "China imported: Australia – 3 Mt, Kazakhstan – 0.5 Mt": the items are sources. Those who
		// bought are buyers: "Больше всего закупил Китай – 1,6 млн тонн, Иран – 310 тыс. тонн".
		suppliers = true
	}
	start := len(dst)
	for k := range hs {
		h := hs[k]
		w := &words[h.w]
		if w.feat&fCountry == 0 {
			continue
		}
		pos, end := int(h.pos), int(h.end)
		m := cmention{code: w.code, pos: pos, end: end, region: w.form == formRegion}
		var prev, next *word
		prevGap, nextGap := -1, -1
		if k > 0 {
			prev = &words[hs[k-1].w]
			prevGap = gapWords(low, int(hs[k-1].end), pos)
		}
		if k+1 < len(hs) {
			next = &words[hs[k+1].w]
			nextGap = gapWords(low, end, int(hs[k+1].pos))
		}
		nextIs := func(f feat, maxGap int) bool {
			return next != nil && nextGap >= 0 && nextGap <= maxGap && next.feat&f != 0
		}
		// importerAhead: an import word right after, past commodity words: "Chinese grain imports". Past a
		// commodity only in English and not under a ban: "a ban on Kazakh meat imports", "қазақстандық
		// сиыр етін әкелуге" are imports of Kazakh meat (Russian and Kazakh adjectives agree with the goods).
		importerAhead := func() bool {
			at := end
			english := w.pat[0] < utf8.RuneSelf && !strings.ContainsAny(w.pat, "ıýǵńqáóú")
			for j := k + 1; j < len(hs) && j <= k+3; j++ {
				if j > k+1 && (!english || banCtx) {
					return false
				}
				g := gapWords(low, at, int(hs[j].pos))
				w2 := &words[hs[j].w]
				if g < 0 || g > 1 || w2.feat&fCountry != 0 {
					return false
				}
				if w2.feat&fImport != 0 {
					return true
				}
				if w2.feat&fCommodity == 0 {
					return false
				}
				at = int(hs[j].end)
			}
			return false
		}
		// ahead looks a few words past adjectives and the like: "Russian veterinary inspectors".
		ahead := func(f feat) bool {
			at := end
			for j := k + 1; j < len(hs) && j <= k+3; j++ {
				g := gapWords(low, at, int(hs[j].pos))
				w2 := &words[hs[j].w]
				if g < 0 || g > 2 || w2.feat&fCountry != 0 {
					return false
				}
				if w2.feat&f != 0 {
					return true
				}
				if f&fInspector != 0 && j == k+1 && w2.feat&fCommodity != 0 && w2.feat&(fInspector|fTarget) == 0 {
					// "imports of Kazakh beef once the inspectors' remarks…": the adjective agrees with the
					// goods right after it, not with inspectors past them.
					return false
				}
				if f&fInspector != 0 && j == k+1 && w2.feat&fTarget != 0 && w2.feat&fInspector == 0 &&
					!vetWord(w2.pat) {
					// "Проверка казахстанских мясокомбинатов экспертами из Саудовской Аравии", "трех
					// казахстанских рыбоперерабатывающих предприятий специалистами ГТУ КНР": the adjective
					// agrees with the plants it stands before, not with the inspectors past them.
					return false
				}
				if f&fInspector != 0 && w2.feat&(fVisit|fInspect) != 0 && w2.feat&fInspector == 0 {
					// "казахстанские птицефабрики посетит делегация инспекторов ГТУ КНР": the adjective
					// agrees with the plants it stands before; the inspectors after the verb are another
					// noun phrase.
					return false
				}
				if j == k+1 && g == 0 && w2.feat&fCommodity != 0 && j+1 < len(hs) && gapWords(low, int(hs[j].end), int(hs[j+1].pos)) > 0 {
					// "imports of Kazakh beef until the veterinary authority provided…": the adjective names
					// the goods right after it; a service words later heads another noun phrase.
					return false
				}
				at = int(hs[j].end)
			}
			return false
		}
		prevIs := func(f feat, maxGap int) bool {
			return prev != nil && prevGap >= 0 && prevGap <= maxGap && prev.feat&f != 0
		}
		// ownsInspectors reports the country that ends the long name of an agency whose inspectors a
		// word right before the agency names: «делегация Министерства окружающей среды, водных ресурсов и
		// сельского хозяйства Саудовской Аравии», "a delegation of the Ministry of Environment, Water and
		// Agriculture of Saudi Arabia". Only words of the name (plants, goods, words the lexicon lacks)
		// stand between the agency and the country.
		ownsInspectors := func() bool {
			for j := k - 1; j >= 0 && j >= k-4; j-- {
				w2 := &words[hs[j].w]
				switch {
				case w2.feat&fCountry != 0:
					return false
				case w2.feat&fAgency != 0:
					if gapWords(low, int(hs[j].end), pos) > 9 {
						return false
					}
					// The inspectors right before the agency, past words of its name: "experts from the
					// Veterinary Directorate of Turkey".
					for i, at := j-1, int(hs[j].pos); i >= 0 && i >= j-3; i-- {
						w3 := &words[hs[i].w]
						if g := gapWords(low, int(hs[i].end), at); g < 0 || g > 2 {
							return false
						}
						if w3.feat&fInspector != 0 {
							return true
						}
						if w3.feat&fTarget == 0 || w3.feat&(fCountry|fAgency) != 0 {
							return false
						}
						at = int(hs[i].pos)
					}
					return false
				case w2.feat&(fTarget|fCommodity) == 0:
					return false
				}
			}
			return false
		}
		ownerInspects := false
		// vetAgencyAhead: a veterinary word and an agency or inspectors right after it, no gap between,
		// make the country the agency's: "哈萨克斯坦兽医监督委员会专家赴白俄罗斯", not Kazakhstan's plants.
		vetAgencyAhead := func() bool {
			if next == nil || nextGap != 0 || !vetWord(next.pat) || k+2 >= len(hs) {
				return false
			}
			w3 := &words[hs[k+2].w]
			return w3.feat&(fAgency|fInspector) != 0 && w3.feat&fCountry == 0 && gapWords(low, int(hs[k+1].end), int(hs[k+2].pos)) == 0
		}

		p, ppos := prevToken(low, from, pos)
		if isCompass(p) {
			// "in northern Kazakhstan": the place of something past its part of the compass. (Only "in":
			// "to southern Kazakhstan" is a part of the country, which a shipment there does not leave.)
			if q, qpos := prevToken(low, from, ppos); q == "in" {
				p, ppos = q, qpos
			}
		}
		pr, isPrep := prepRole(p)
		if besides(low, from, ppos, p) {
			pr, isPrep = roleNone, true // "Помимо Афганистана, … ушли в Таджикистан": no side of the figure
		}
		followed := false // "followed by Uzbekistan with 390,000 tonnes": the next of a ranking, in the role of the one before
		if p == "by" && last != nil {
			if q, _ := prevToken(low, from, ppos); q == "followed" {
				pr, isPrep, followed = roleNone, false, true
			} else if (q == "led" || q == "headed") && listItem(low, end) {
				// "exports reached 287,000 tonnes, led by Turkey (96,000 tonnes), India (71,000 tonnes)": the
				// head of the list of the figure's items, not an agent.
				pr, isPrep = roleNone, false
			}
		}
		if (p == "с" || p == "со") && listItem(low, end) {
			if q, _ := prevToken(low, from, ppos); q == "главе" {
				// «экспорт достиг 290 тыс. тонн, во главе с Турцией (100 тыс. тонн)», as "led by Turkey": the
				// head of the list of the figure's items.
				pr, isPrep = roleNone, false
			}
		}
		if last != nil && hasAnySuffix(low[from:pos], "其次是", "其次为", "其次则是", "其后是", "紧随其后的是", "排在其后的是", "随后是") {
			pr, isPrep, followed = roleNone, false, true // "阿富汗是最大买家…，其次是乌兹别克斯坦": the next of the ranking
		}
		if p == "на" {
			// "пришлось на Казахстан": the share came from it.
			if q, _ := prevToken(low, from, ppos); strings.HasPrefix(q, "пришл") || strings.HasPrefix(q, "приход") {
				pr = roleShare
			}
		}
		if p == "территории" && (w.form == formGen || w.form == formNom) {
			// «ввоз с территории Бразилии»: goods from a country's territory are its own.
			if q, _ := prevToken(low, from, ppos); q == "с" || q == "со" || q == "из" {
				pr, isPrep = roleSource, true
			}
		}
		if !isPrep && (w.form == formGen || w.form == formNom) && !prevIs(fAgency|fService|fMarket|fBanNoun|fInspector, 3) {
			// "из ряда штатов США", "из Оренбургской области Российской Федерации": the preposition
			// governs the whole noun phrase.
			at := ppos
			for n := 0; n < 3 && at > from; n++ {
				q, qpos := prevToken(low, from, at)
				if k > 0 && qpos < int(hs[k-1].end) && !onlyRegionNouns(words, hs, k, qpos) {
					// Another word of the lexicon stands between: "посетят Казахстан" after "из Китая". A
					// region's noun is part of the phrase: «из провинции Юньнань КНР».
					break
				}
				if r, ok := prepRole(q); ok {
					if r == roleSource {
						pr, isPrep = r, true
					}
					break
				}
				if q == "" || !isWordRune([]rune(q)[0]) {
					break
				}
				at = qpos
			}
		}
		if p == "for" {
			// "bound for China", "destined for Iran": a destination.
			if q, _ := prevToken(low, from, ppos); q == "bound" || q == "destined" || q == "headed" || q == "heading" {
				pr = roleDest
			}
		}
		switch p {
		case "supply", "supplies", "supplied", "supplying", "provide", "provides", "provided", "providing":
			// "ready to supply China with up to 1 million tonnes": who is supplied with goods receives them.
			if nx, _ := nextToken(low, end, min(end+8, len(low))); nx == "with" {
				pr, isPrep = roleDest, true
			}
		}
		if p == "with" {
			// "exports totaled 210,000 tonnes, with Turkey taking 80,000 tonnes": the buyer of a share.
			if nx, _ := nextToken(low, end, min(end+16, len(low))); nx == "taking" || nx == "buying" || nx == "receiving" || nx == "importing" {
				pr, isPrep = roleShare, true
			}
		}
		with := p == "с" || p == "со" || p == "with" || p == "与" || p == "同"
		if with && w.form == formAdj && nextIs(fCommodity, 1) {
			// "54 контейнерных поезда с казахстанским зерном", "wagons loaded with Kazakh wheat": the
			// adjective of the goods a train or wagon carries names their origin, no partner.
			pr, with = roleOrigin, false
		}
		if !isPrep && (p == "a" || p == "an") {
			// "signed a contract with a Chinese company": the partner of a deal.
			if q, _ := prevToken(low, from, ppos); q == "with" {
				pr, isPrep, with = roleNone, true, true
			}
		}
		if !isPrep && (p == "of" || p == "the") {
			// "the Ministry of Agriculture of Kazakhstan", "access to the Chinese market".
			q, _ := prevToken(low, from, ppos)
			if p == "the" {
				if r, ok := prepRole(q); ok {
					pr, isPrep = r, true
				}
			} else if fromTerritory(low, from, ppos) {
				pr, isPrep = roleSource, true // "from the territory of Brazil"
			} else if (w.form == formPoss || strings.HasPrefix(low[end:], "'s ") || strings.HasPrefix(low[end:], "’s ")) &&
				ahead(fBanNoun) {
				// "the lifting of Tehran's sheep pox restrictions": "of" governs the restrictions; the
				// possessive holds them.
				pr, isPrep = roleAgent, true
			} else {
				pr, isPrep = roleOrigin, true
				if prevIs(fAgency, 4) {
					pr = roleAgent
				} else if ownsInspectors() {
					pr, ownerInspects = roleAgent, true
				} else if prevIs(fInspector, 2) && w.form == formPoss && nextIs(fService|fAgency, 0) ||
					prevIs(fService, 1) && k >= 2 && words[hs[k-2].w].feat&fInspector != 0 &&
						gapWords(low, int(hs[k-2].end), int(hs[k-1].pos)) <= 2 {
					// "experts of Egypt's veterinary services", "experts of the veterinary service of Egypt": the
					// country of the service whose experts come inspects.
					pr, ownerInspects = roleAgent, true
				} else if vetAgencyAhead() && prevIs(fInspector|fVisit, 2) {
					// "the delegation of Iran veterinary organization": the country names the agency after
					// it, whose delegation visits.
					pr, ownerInspects = roleAgent, true
				} else if prevIs(fMarket, 1) {
					pr = roleDest
				}
			}
		}
		kkGen := w.form == formGen && (strings.HasSuffix(w.pat, "ң") || strings.HasSuffix(w.pat, "ń"))
		m.rel = isRelPronoun(p) || w.form == formNom && !isPrep && participleAhead(low, hs, k, words, 2)
		switch {
		case invite && invitedHost(low, from, pos, end, p, last, nextIs(fInspector, 1)):
			// "应哈萨克斯坦农业部邀请，中国海关总署专家组…访哈", "At the invitation of Kazakhstan's ministry,
			// GACC experts visited…": the host that invited, not who inspects.
			m.role = roleNone
		case zhTradeParty(low[end:]) != roleNone:
			// "与哈萨克斯坦供应商签订合同", "阿富汗面粉进口商…采购": the country of the suppliers sells, the
			// country of the importers or buyers buys, whatever preposition governs it. After a copula the
			// buyers are the subject's, of the country's goods: "阿富汗仍是哈萨克斯坦面粉最大买家".
			m.role = zhTradeParty(low[end:])
			if m.role == roleDest && strings.HasSuffix(low[from:pos], "是") {
				m.role = roleSource
			}
		case w.form != formAgency && kazakhVia(low, end):
			m.role = roleNone // "Түрікменстан арқылы", "Qazaqstan aýmaǵy arqyly": the country goods pass through
		case w.form == formAgency:
			m.role = roleAgent
			m.inspector = true
		case (w.form == formPoss || kkGen) && ownAgencyAhead(low, words, hs, k, 6):
			// "Russia's animal and plant health watchdog Rosselkhoznadzor has restricted imports": the
			// possessive names the country of its own agency a few words on, who acts.
			m.role = roleAgent
		case (w.form == formAdj || w.form == formPoss || w.form == formGen || w.form == formNom && !isPrep) &&
			standardAhead(low, hs, k, words):
			// "Chinese sanitary standards", "китайским ветеринарным требованиям", "қытайлық санитарлық
			// талаптарға", "中国卫生标准": the country wrote the standards; whose goods they are is not said.
			m.role = roleNone
		case (w.form == formGen || p == "of") && prevIs(fStandard, 1):
			m.role = roleNone // "требованиям Китая", "the standards of China"
		case w.form == formRegion:
			// A region is where goods come from or where something happens, never who acts.
			m.role = roleRegion
			if pr == roleSource || ahead(fRegionFrom) || kkAblativeAt(low, m.end) {
				m.role = roleSource
			}
		case kkGen && !isPrep:
			// Kazakh puts the genitive before its head: "Қытай сарапшылары", "Ресейдің Орынбор облысындағы",
			// "Қазақстанның ветеринарлық қызметі". Look ahead, never back.
			switch {
			case ahead(fRegionFrom):
				m.role = roleSource
			case ahead(fInspector | fAgency):
				m.role, m.inspector = roleAgent, true
			case ahead(fService):
				m.role, m.service = roleAgent, true
			case kkAgencyHead(low, hs, words, k, end) != "":
				// "Qyrǵyzstannyń Veterınarııa jáne fıtosanıtarııa qaýipsizdigi departamenti … toqtatty": the
				// genitive governs the head of an agency's name, however many words the name runs to.
				m.role, m.inspector = roleAgent, true
			case nextIs(fRegion, 1):
				// "Қырғызстанның Шу облысында аусыл тіркелуіне байланысты енгізілген": the genitive governs
				// the region right after it, a place, whatever participle follows.
				m.role = roleLoc
			case participleAhead(low, hs, k, words, 3):
				// "Қытайдың қазақстандық қой етіне салған тыйымы": the genitive is the subject of the
				// participle, who imposed the ban, past the goods it names.
				m.role = roleAgent
			case ahead(fRegion):
				m.role = roleLoc
			default:
				m.role = roleOrigin
			}
		case w.form == formAdj && !isPrep && nextIs(fInspect, 0) && next.feat&(fTarget|fStandard|fCommodity) == 0:
			// "A Chinese audit of Kazakh beef plants", «Китайская инспекция казахстанских мясокомбинатов»,
			// "Қытайлық тексеру": the adjective of an inspection names who inspects.
			m.role, m.inspector = roleAgent, true
		case (w.form == formAdj || w.form == formPoss) && !isPrep && ahead(fActNoun) && !nextIs(fCommodity, 0):
			// "no official Chinese announcement", "China's decision"; an adjective right before goods agrees
			// with them: «ввоз бразильской говядины до решения» is of Brazilian beef.
			m.role = roleAgent
		case (w.form == formNom || w.form == formPoss) && pr != roleSource && pr != roleDest && regionAhead(low, hs, k, words):
			m.role = roleLoc // "俄罗斯库尔干州", "in Russia's Orenburg region": the place of a region
			if isPrep && pr != roleLoc {
				m.role = pr
			}
		case (w.form == formAdj || w.form == formPoss || w.form == formGen || w.form == formNom && !isPrep) &&
			pr != roleSource && ahead(fInspector|fAgency):
			m.role, m.inspector = roleAgent, true // "китайские специалисты", "Chinese customs officials"
		case w.form == formGen && ahead(fRegionFrom):
			m.role = roleSource // "Ресейдің Орынбор облысынан"
		case (p == "因" || p == "于") && hasAnyPrefix(low[end:], "发生", "暴发", "爆发", "出现", "境内", "部分地区"):
			// "因哈萨克斯坦发生禽流感疫情，中方暂停…": the country of the outbreak is where the goods come
			// from, not who bans them.
			m.role = roleLoc
		case p == "向" && ahead(fMeat) && ahead(fLifted) && !ahead(fExport):
			// "向哈萨克斯坦乳制品开放市场": a market opened to a country's goods, as "reopened its market to
			// Kazakh dairy", names whose goods they are, not where they go.
			m.role = roleOrigin
		case p == "向" && zhBuysFrom(low, words, hs, k):
			// "向哈萨克斯坦供应商采购硬质小麦5万吨": 向 before a verb of buying names the seller, where the
			// goods come from, as "从" does; before a verb of shipping it names where they go.
			m.role = roleSource
		case p == "中" && strings.HasSuffix(low[:ppos], "其") && (strings.HasPrefix(low[end:], "占") && figureNext(low, end+len("占")) ||
			figureNext(low, end)):
			// "其中意大利占30万吨": the part of the total it took, as «пришлось на»; so is the first of a list
			// of parts with no verb, "其中阿富汗63.5万吨、乌兹别克斯坦41.2万吨".
			m.role = roleShare
		case p == "对":
			// "对哈萨克斯坦的禁令" concerns Kazakhstan's goods; "对阿富汗出口" goes to Afghanistan.
			m.role = roleOrigin
			if ahead(fExport) || figureNext(low, end) {
				m.role = roleDest // "对阿富汗出口", "其中对乌兹别克斯坦100万吨": a share bound for it
			}
		case (w.form == formAdj || w.form == formPoss || w.form == formGen) && !isPrep && importerAhead():
			m.role = roleAgent // "Total Chinese grain imports": the importer
		case w.form == formDest:
			m.role = roleDest
		case w.form == formAbl:
			m.role = roleSource
			m.inspector = ahead(fInspector) // "Қытайдан келген ветеринарлар"
		case isConj(p) && last != nil && (gapWords(low, last.end, pos) >= 0 && gapWords(low, last.end, pos) <= 1 ||
			gapWords(low, last.end, ppos) == 0) && !(p == "," && w.form == formNom && nextIs(verbFeats, 1)) &&
			!(p == "," && w.form == formAdj && last.region) &&
			!((w.form == formDat || w.form == formAbl || w.form == formLoc) && kazakhPattern(w.pat)):
			// A comma before a country that a verb follows opens a clause, it joins no list: "Due to an
			// outbreak in Poland, Kazakhstan has halted poultry imports".
			// The joining word may be a comma itself, which no word gap spans: "в Китай, Иран и Узбекистан";
			// not before an adjective after a city, which opens the next phrase: "подписанному в Урумчи,
			// казахстанская компания поставит".
			m.role = last.role
			m.inspector = last.inspector
		case isPrep:
			m.role = pr
			switch {
			case pr == roleDest && (w.form == formLoc || w.form == formDat):
				m.role = roleLoc // "в Казахстане", "в Республике Казахстан"
			case pr == roleDest && w.form == formAdj && !nextIs(fMarket, 2):
				m.role = roleOrigin // "запрет на казахстанскую говядину", "reopening its market to Kazakh beef"
			case pr == roleDest && (w.form == formGen || w.form == formIns):
				m.role = roleSource // "в" cannot govern these: a misread; keep the safer reading
				if p == "на" && w.form == formGen {
					m.role = roleDest
				}
			case (pr == roleDest || pr == roleOrigin) && w.form == formAdj && nextIs(fMarket, 2):
				m.role = roleDest
			case pr == roleSource && nextIs(fInspector, 1):
				m.inspector = true
			}
			if pr == roleSource && (prevIs(fActNoun, 1) || prevIs(fPending|fPendingStrong, 1) && !nextIs(fCommodity|fMeat, 2)) {
				m.role = roleAgent // "no official word from Beijing", "is expected from Beijing": the author of an act
			}
			if pr == roleDest && w.form == formAdj && next != nil && next.feat&fCountry != 0 && next.code == w.code &&
				nextGap == 0 {
				m.role = roleDest // "в китайский Синьцзян": the adjective of a place takes the place's role
			}
			if (prevIs(fInspector, 1) || p == "the" && prevIs(fInspector, 2)) && pr == roleSource {
				// "специалисты из Китая", "experts from China", "officials from the UAE"
				m.role, m.inspector = roleAgent, true
			}
		default:
			switch w.form {
			case formNom:
				m.role = roleAgent
				if nextIs(fMarket, 1) {
					m.role = roleDest
				} else if isHan(firstRune(w.pat)) && vetAgencyAhead() {
					m.inspector = true
				} else if (nextIs(fCommodity|fTarget, 0) || nextIs(fCause, 0) && isHan(firstRune(w.pat)) ||
					isHan(firstRune(w.pat)) && next != nil && next.feat&(fCommodity|fTarget) != 0 && (hanQuantifier(low, end, int(hs[k+1].pos)) || hanGoodsState(low, end, int(hs[k+1].pos)))) &&
					!nextIs(fAgency, 1) && !(kazakhPattern(w.pat) && nextIs(fCommodity|fTarget, 0) && !izafetAt(low, int(hs[k+1].end)) &&
					!(lastKKNom && last.role == roleAgent && gapWords(low, last.end, pos) == 0)) {
					// In Kazakh the goods of a country carry the possessive ("Қазақстан бидайы", "Qazaqstan
					// eti"); goods in another case make the country the subject: "Reseı qus etine shekteý
					// engizdi" is Russia's ban. Right after a subject, the name is the goods' own: "Qazaqstan
					// Belarýs sút ónimderine … tyıymdy alyp tastady".
					m.role = roleOrigin // "Kazakhstan beef", "哈萨克斯坦牛肉", "哈萨克斯坦企业"
				}
				if prevIs(fMarket, 0) {
					m.role = roleDest
				}
				if isHan(firstRune(w.pat)) {
					// Chinese puts the country right after the verb: "进口哈萨克斯坦牛肉", "出口中国".
					if prevIs(fImport, 0) {
						m.role = roleSource
					} else if prevIs(fExport, 0) {
						m.role = roleDest
					} else if prev != nil && prev.feat&(fInspect|fVisit) != 0 && prev.feat&fInspector == 0 &&
						(low[hs[k-1].end:pos] == "" || low[hs[k-1].end:pos] == "了") {
						// "考察了哈方国家兽医参考实验室", "检查哈萨克斯坦企业": the country right after a verb of
						// inspecting or visiting is what is inspected, not who inspects.
						m.role = roleObject
					}
				}
				if prevIs(fAgency|fInspector, 3) || nextIs(fAgency|fInspector, 2) {
					m.inspector = true
				}
				if isHan(firstRune(w.pat)) && next != nil && k+1 < len(hs) {
					switch between := low[end:hs[k+1].pos]; {
					case next.feat&fInspect != 0 && between == "的":
						m.role, m.inspector = roleAgent, true // "中方的视频检查": China's check
					case next.feat&(fExport|fImport) != 0 && between == "" && k+2 < len(hs) &&
						hs[k+2].pos == hs[k+1].end && words[hs[k+2].w].feat&fTarget != 0:
						m.role = roleOrigin // "哈萨克斯坦出口企业": Kazakhstan's exporting plants
					}
				}
			case formAcc:
				m.role = roleObject
			case formDat:
				m.role = roleDest
			case formLoc:
				m.role = roleLoc
			case formIns:
				m.role = roleAgent // "введённые Китаем": the agent of a passive; "с Китаем" took the preposition branch
			case formGen:
				switch {
				case prevIs(fService, 2):
					m.role, m.service = roleAgent, true // "ветеринарные службы Казахстана"
				case ruAgencyHeadAt(low, from, pos, hs, words, k, false) >= 0:
					// «Департамент ветеринарной и фитосанитарной безопасности Кыргызстана приостановил»: the
					// genitive closes an agency's name that its head noun opens, however many words it runs to.
					m.role, m.inspector = roleAgent, true
				case prevIs(fMarket, 1):
					m.role = roleDest
				case prevIs(fAgency|fInspector, 3) || nextIs(fAgency|fInspector, 2):
					m.role, m.inspector = roleAgent, true
				case prevIs(fBanNoun, 0):
					m.role = roleAgent // "запрет Китая"
				case ownsInspectors():
					m.role, m.inspector = roleAgent, true
				default:
					m.role = roleOrigin
				}
			case formAdj, formPoss:
				switch {
				case nextIs(fMarket, 2):
					m.role = roleDest
				case nextIs(fAgency|fInspector, 2):
					m.role, m.inspector = roleAgent, true
				case nextIs(fBanNoun|fBanRef, 0) && w.form == formAdj:
					// "The Chinese measure", "the Russian ban": the adjective of a ban names who holds it.
					m.role = roleAgent
				case ahead(fService):
					// "Иранская ветеринарная служба сняла ограничения": the country's service acts in a ban,
					// and is what an inspection inspects.
					m.role, m.service = roleAgent, true
				case w.form == formPoss && nextIs(fBanNoun|fImposed|fLifted|fInspect|fExport|fImport, 2):
					m.role = roleAgent
				case w.form == formPoss:
					m.role = roleOrigin
				default:
					m.role = roleOrigin
				}
			}
		}
		if ownerInspects && m.role == roleAgent {
			m.inspector = true
		}
		if w.form == formIns && kazakhPattern(w.pat) || w.form == formNom && !nextIs(fCountry, 0) && kkComitativeAfter(low, end) ||
			(w.form == formAdj || w.form == formLoc) && kazakhPattern(w.pat) && kkWithNoun(low, wordEnd(low, end, len(low))) {
			// "Қытай компаниясымен … келісімшартқа қол қойылды", "Qytaımen kelisim": the partner of a deal, who
			// acts in nothing.
			m.role, with = roleNone, true
		}
		m.partner = with && m.role == roleNone
		cop, copula := roleNone, false
		if !isPrep && w.form == formNom {
			cop, copula = copulaRole(low, pos, end, p, hs, k, words)
		}
		if !copula && (!isPrep && w.form == formNom && receivedAfterFigure(low, from, pos) || p == "из" && buyersFromAfter(low, from, ppos)) {
			// «еще 97 тысяч тонн получил Узбекистан»: the subject after a verb of receiving, the figure
			// before it, is the buyer; so are buyers or processors from a country («Еще 74 тыс. тонн
			// получили переработчики из Узбекистана»).
			m.role, m.buyer = roleDest, true
		} else if copula {
			// "Afghanistan remained the largest buyer", «Крупнейшим покупателем … остается Узбекистан, куда
			// поставлено…», "最大买家是乌兹别克斯坦": the buyer the copula names, or the exporter
			// («Крупнейшим экспортером муки остается Казахстан – 1,7 млн тонн»), whatever figure follows.
			m.role, m.buyer = cop, cop == roleDest
		} else if head := rankHead(dst[start:]); followed && head != nil {
			// A ranking of buyers goes on with buyers ("Afghanistan remained the largest buyer …, followed by
			// Uzbekistan"), one of exporters with exporters ("Kazakhstan exported …, followed by Russia"):
			// the role of the ranking's head, not of the destination named last.
			m.role, m.buyer = head.role, head.buyer
		} else if !isPrep && w.form != formAgency && w.form != formRegion && listItem(low, end) {
			// "Узбекистан – 620 тыс. тонн, Афганистан – 480 тыс. тонн", "Iran: 12,000 tons": each country
			// of a list owns the figure after it, as a destination, or as a source in a list of suppliers.
			m.role, m.item = roleDest, true
			if suppliers {
				m.role = roleSource
			}
		} else if ok, buyer := figureItem(low, from, pos, end); ok && !isPrep && w.form != formAgency && w.form != formRegion &&
			w.form != formDat && w.form != formAbl {
			// A Kazakh case says the role itself: "…, Грузияға 35 мың тонна" is a destination, never a
			// supplier of a list.
			buyer = buyer || buyers // "Iran received 240,000 tonnes and China 190,000 tonnes"
			buyers = buyer
			// "Uzbekistan with 1.1 million tonnes", "China took 510,000 tonnes, Belgium 85,000 tonnes": a
			// country and its figure. The subject of taking or buying is a buyer, whatever the list.
			m.role, m.item, m.buyer = roleDest, !buyer, buyer
			if suppliers && !buyer {
				m.role = roleSource
			}
			if cp, _ := prevToken(low, from, pos); cp == ":" || cp == "：" {
				// A list opened after a colon is of the side the words before it do not name: "Kazakh wheat
				// exports: Uzbekistan 1.9 mln t" lists buyers, "Импорт пшеницы в Узбекистан: Казахстан 2,9
				// млн т" suppliers, and "Wheat exports by country: Kazakhstan 9.5 mln t" neither that a word
				// says: each country owns its figure, in no role.
				colonList, listRole = true, otherSide(dst[start:], suppliers, homeWords.inAny(low[from:pos]))
			}
			if colonList && !buyer {
				m.role = listRole
			}
		} else if buyers && !isPrep && w.form != formAgency && w.form != formRegion && (buyerAfterGoods(low, from, pos, end) ||
			shareOfBuyers(low, end)) {
			m.role, m.buyer = roleDest, true
		}
		pp := p
		if p == "a" || p == "an" || p == "the" {
			pp, _ = prevToken(low, from, ppos) // "to an Italian pasta maker"
		}
		if w.form == formAdj && m.role == roleOrigin && recipientAdj(low, pp, end, len(low), kazakhPattern(w.pat)) {
			// "to deliver 300,000 tonnes of rapeseed to Chinese crushers", «поставят китайским
			// переработчикам», "қытайлық өңдеушілерге": the adjective of the buyers, not of the goods.
			m.role = roleDest
		}
		if x.reporting(low, hs, k) || dateline(low, from, pos, end) {
			m.role, m.inspector = roleNone, false // "сообщает пресс-служба Минсельхоза РК", ", the ministry said"
			m.reporter = true
		}
		if last != nil && lastKKNom && (w.form == formDat || w.form == formAbl || w.form == formLoc) &&
			(p == "мен" || p == "пен" || p == "бен" || p == "және" || p == "men" || p == "pen" || p == "ben" || p == "jáne") &&
			gapWords(low, last.end, ppos) == 0 {
			// Kazakh puts the case of coordinated names on the last one only: "Өзбекстан мен Тәжікстанға"
			// is to both, "Беларусь пен Қазақстаннан" from both.
			last.role = m.role
		}
		if last != nil && m.region && !last.region && last.code == m.code && last.role == roleOrigin && m.role != roleSource &&
			gapWords(low, last.end, pos) == 0 {
			// "Ресейдің Орынбор облысына", "Russia's Orenburg region": the country owns the region after it,
			// which says where the goods go; it is no origin of them.
			last.role = roleNone
		}
		dst = append(dst, m)
		last = &dst[len(dst)-1]
		lastKKNom = w.form == formNom && kazakhPattern(w.pat)
	}
	listItemsAsSources(dst[start:])
	return dst
}

// kkComitativeAfter reports the Kazakh noun right after a country that ends at end in the possessive
// and the comitative, -ы/-і + -мен (Latin -y/-ı/-i + -men): "Қытай компаниясымен", "Iran
// kompanııasymen", "Ресей тарапымен". Neither the joining word мен nor "businessmen" is one.
func kkComitativeAfter(low string, end int) bool {
	if end >= len(low) || low[end] != ' ' {
		return false
	}
	t, _ := nextToken(low, end, min(end+40, len(low)))
	return hasAnySuffix(t, "ымен", "імен", "ymen", "ımen", "imen")
}

// kkWithNoun reports the Kazakh noun in the comitative right after a country's adjective or locative
// that ends at end: "түркиялық серіктесімен", "Қытайлық серіктеспен", "Túrkııadaǵy seriktesimen" name the
// partner of a deal by its country, as "Қытай компаниясымен" does.
func kkWithNoun(low string, end int) bool {
	if end >= len(low) || low[end] != ' ' {
		return false
	}
	t, _ := nextToken(low, end, min(end+40, len(low)))
	return len(t) > len("мен") && hasAnySuffix(t, "мен", "пен", "бен", "men", "pen", "ben")
}

// rankHead returns the head of a ranking the countries cs open: the first buyer a copula named, else the
// first subject; nil when there is neither.
func rankHead(cs []cmention) *cmention {
	for i := range cs {
		if cs[i].buyer && !cs[i].item {
			return &cs[i]
		}
	}
	for i := range cs {
		if cs[i].role == roleAgent && !cs[i].reporter {
			return &cs[i]
		}
	}
	return nil
}

// zhCopulaAfter returns the length of a Chinese copula with the adverb before it that opens rest
// ("仍是", "依然是", "也是", "继续成为", and 是 itself, which nextToken reads with the words after it), or 0.
func zhCopulaAfter(rest string) int {
	for _, p := range [...]string{"仍然是", "依然是", "依旧是", "仍是", "还是", "也是", "则是", "继续是", "一直是", "仍为",
		"依然为", "也为", "则为", "继续成为", "再次成为", "仍然成为", "依然成为", "仍居", "位居", "成为", "是", "为"} {
		if strings.HasPrefix(rest, p) {
			return len(p)
		}
	}
	return 0
}

// isCopula reports a verb that joins a subject to what it is: "remained", «остается», 是.
func isCopula(w string) bool {
	switch w {
	case "is", "was", "remained", "remains", "became", "becomes", "остается", "остаётся", "остался", "осталась",
		"стал", "стала", "является", "являлся", "являлась", "был", "была", "是", "为", "成为":
		return true
	}
	return false
}

// copulaRole returns the role of country hit k (at [pos, end)) that a copula joins to a word of buyers or
// of suppliers: before it ("Крупнейшим покупателем казахстанского зерна остается Узбекистан", "最大买家是
// 乌兹别克斯坦", past the goods named between) or after it ("Afghanistan remained the largest buyer",
// "Kazakhstan remained the largest supplier"). A buyer is a destination, a supplier or exporter a source.
// p is the token before the country.
func copulaRole(low string, pos, end int, p string, hs []hit, k int, words []word) (role, bool) {
	noun := func(w *word) (role, bool) {
		switch {
		case w.feat&fMarket != 0:
			return roleDest, true
		case w.feat&fSupplier != 0 || hasAnyPrefix(w.pat, "экспортер", "экспортёр", "exporter", "экспорттаушы", "eksporttaýshy"):
			return roleSource, true
		}
		return roleNone, false
	}
	if isCopula(p) || p == "–" || p == "—" {
		// A dash stands for the copula: «Крупнейший покупатель – Узбекистан», "Ең ірі сатып алушысы – Ауғанстан".
		to := pos
		if p == "–" || p == "—" {
			to = strings.LastIndex(low[:pos], p) // the gap up to the dash, which no word gap spans
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			w := &words[hs[j].w]
			if g := gapWords(low, int(hs[j].end), to); g < 0 || g > 5 {
				return roleNone, false
			}
			if r, ok := noun(w); ok {
				return r, true
			}
			if w.feat&(fCommodity|fCountry) == 0 {
				return roleNone, false
			}
		}
		return roleNone, false
	}
	c, at := nextToken(low, end, min(end+24, len(low)))
	if zc := zhCopulaAfter(low[end:]); zc > 0 {
		c, at = "是", end+zc-len("是") // "阿富汗仍是最大买家": an adverb before the copula
	}
	if !isCopula(c) || k+1 >= len(hs) {
		return roleNone, false
	}
	n := hs[k+1]
	if g := gapWords(low, at+len(c), int(n.pos)); g < 0 || g > 3 {
		return roleNone, false
	}
	return noun(&words[n.w])
}

// participleAhead reports a verb of restriction or lifting right after country hit k that is a
// participle, which makes the country the subject of a relative clause: Kazakh -ған/-қан/-ген/-кен
// ("Қытай тоқтатқан ет экспорты"), Chinese 的 after the verb ("中方暂停的进口").
func participleAhead(low string, hs []hit, k int, words []word, reach int) bool {
	at := int(hs[k].end)
	for j := k + 1; j < len(hs) && j <= k+reach; j++ {
		g := gapWords(low, at, int(hs[j].pos))
		if g < 0 || g > 3 {
			return false
		}
		if words[hs[j].w].feat&(fImposed|fLifted) != 0 {
			e := int(hs[j].end)
			if isHan(firstRune(words[hs[j].w].pat)) {
				return strings.HasPrefix(low[e:], "的")
			}
			e = wordEnd(low, e, len(low))
			return hasAnySuffix(low[hs[j].pos:e], "ған", "қан", "ген", "кен", "ǵan", "qan", "gen", "ken")
		}
		at = int(hs[j].end)
	}
	return false
}

// kazakhPattern reports a country word written only in Kazakh: with a letter of the Kazakh alphabets
// that Russian and English lack, or Ресей (Resei).
//
// The letters are matched by a switch, not strings.ContainsAny: a set of non-ASCII runes makes
// ContainsAny search the set for every rune of the pattern, and countryRoles asks for every country.
func kazakhPattern(pat string) bool {
	if pat == "ресей" || pat == "resei" {
		return true
	}
	for _, r := range pat {
		switch r {
		case 'ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і', 'ı', 'á', 'ó', 'ú', 'ý', 'ǵ', 'ń', 'q':
			return true
		}
	}
	return false
}

// izafetAt reports a word that, from its stem ending at e, ends in the Kazakh possessive -ы/-і (-y/-i
// in the Latin alphabet): "бидайы", "еті", "eti".
func izafetAt(low string, e int) bool {
	e = wordEnd(low, e, len(low))
	r, _ := utf8.DecodeLastRuneInString(low[:e])
	return r == 'ы' || r == 'і' || r == 'y' || r == 'i'
}

// isRelPronoun reports a relative pronoun: the country right after it is the subject of the relative
// clause ("exports, which China suspended", "поставки, которые Китай приостановил").
func isRelPronoun(p string) bool {
	switch p {
	case "which", "that", "whom", "который", "которая", "которое", "которые", "которую", "которого",
		"которой", "которых", "которым", "коим":
		return true
	}
	return false
}

// standardAhead reports a word of standards or requirements right after country hit k, past at most
// two modifiers that are not themselves lexicon words of goods or trade: "Chinese sanitary standards",
// "китайским ветеринарно-санитарным требованиям", "қытайлық санитарлық талаптарға", "中国卫生标准". In
// Russian and Kazakh the modifiers must look like adjectives, so that "казахстанская продукция
// соответствует требованиям" keeps its origin.
func standardAhead(low string, hs []hit, k int, words []word) bool {
	at := int(hs[k].end)
	han := isHan(firstRune(words[hs[k].w].pat))
	for j := k + 1; j < len(hs) && j <= k+3; j++ {
		w2 := &words[hs[j].w]
		g := gapWords(low, at, int(hs[j].pos))
		if g < 0 || g > 2 {
			return false
		}
		if !han && g > 0 && !modifiersOnly(low[at:hs[j].pos]) {
			return false
		}
		if w2.feat&fStandard != 0 {
			// "哈萨克斯坦符合要求的乳制品": goods that meet the requirements are the country's goods.
			return !(han && strings.HasSuffix(low[at:hs[j].pos], "符合"))
		}
		if w2.feat&(fTarget|fService) == 0 || w2.feat&(fCountry|fCommodity|fExport|fImport|fShip) != 0 {
			return false
		}
		at = int(hs[j].end)
	}
	return false
}

// modifiersOnly reports whether the words of gap can be modifiers of a noun: Cyrillic words must end
// like a Russian or Kazakh adjective; English words are taken as they come.
func modifiersOnly(gap string) bool {
	for _, f := range strings.FieldsFunc(gap, func(r rune) bool { return !isWordRune(r) && r != '-' }) {
		r := firstRune(f)
		if r < 0x400 || r > 0x4FF {
			if strings.ContainsAny(f, "ıýǵńqáóú") && !hasAnySuffix(f, "lyq", "lik", "dyq", "dik", "tyq", "tik", "ly", "li") {
				return false
			}
			continue
		}
		if !hasAnySuffix(f, "ым", "им", "ых", "их", "ой", "ей", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его",
			"ому", "ему", "ую", "юю", "ыми", "ими", "ый", "ий", "лық", "лік", "дық", "дік", "тық", "тік") {
			return false
		}
	}
	return true
}

func hasAnySuffix(s string, sufs ...string) bool {
	for _, x := range sufs {
		if strings.HasSuffix(s, x) || kkMayEnd(s, x) && kkHasSuffix(s, x) {
			return true // Latin Kazakh in any of its spellings: "-nyń" is also "-nyn'", "-nyn"
		}
	}
	return false
}

// regionAhead reports a word of region right after country hit k, past the region's own name (at most
// four words or Han characters): "Russia's Orenburg region", "俄罗斯库尔干州".
func regionAhead(low string, hs []hit, k int, words []word) bool {
	at := int(hs[k].end)
	for j := k + 1; j < len(hs) && j <= k+2; j++ {
		g := gapWords(low, at, int(hs[j].pos))
		if g < 0 || g > 4 {
			return false
		}
		if words[hs[j].w].feat&fRegion != 0 {
			return true
		}
		if words[hs[j].w].feat&fCountry == 0 {
			return false
		}
		at = int(hs[j].end)
	}
	return false
}

// pickReporter returns the first country named only as who reports, skipping the code not.
func pickReporter(cs []cmention, not string) string {
	for _, c := range cs {
		if c.reporter && c.code != not {
			return c.code
		}
	}
	return ""
}

// titleBefore reports a word for inspectors or a title, hit j, that is the title of a speaker named right after a
// verb of saying: «— сказал главный ветеринарный инспектор Казахстана». The verb is a few hits before
// it, after a quote or a dash, with no clause break or "that" between, so that «сообщил, что инспекторы
// Китая проверили» keeps its inspectors.
func titleBefore(low string, hs []hit, words []word, j, pos int) bool {
	v := j - 1
	for v >= 0 && v >= j-3 && words[hs[v].w].feat&(fAttrib|fCountry) == 0 {
		v-- // the title's adjectives: «главный ветеринарный инспектор»
	}
	if v < 0 || words[hs[v].w].feat&fAttrib == 0 {
		return false
	}
	if head := strings.TrimRight(low[:hs[v].pos], " "); !hasAnySuffix(head, "—", "–", "-", ",", "»", "\"", "”") {
		return false // the verb opens no attribution after a quote: «Сообщили инспекторы Китая, проверившие …»
	}
	between := low[hs[v].end:pos]
	return gapWords(low, int(hs[v].end), int(hs[j].pos)) <= 3 && !strings.ContainsAny(between, ",;:，：") &&
		!containsAny(between, " что ", " that ", " деп ")
}

// reporting reports whether country hit k only names who reports the news: it follows a word of
// attribution closely ("сообщает пресс-служба Минсельхоза РК", "according to the Kazakh ministry",
// "据哈萨克斯坦农业部"), or it and such a word make up a clause of their own (", the Kazakh
// Agriculture Ministry said.", "QR mınıstrliginiń habarlaýynsha, …").
func (x *Extractor) reporting(low string, hs []hit, k int) bool {
	words := x.lex.words
	// Before: an attribution word, then at most agency words, within three words.
	at := int(hs[k].pos)
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		w := &words[hs[j].w]
		g := gapWords(low, int(hs[j].end), at)
		if g < 0 || g > 3 {
			break
		}
		if w.feat&fAttrib != 0 {
			// "The ministry said a Saudi delegation had audited…", "said that Chinese inspectors…", "Traders said the Afghan importer …": an
			// article or "that" after the verb opens the clause it reports, whose subject acts; so do
			// the inspectors right after the country: "said Saudi inspectors had audited…".
			between := low[hs[j].end:at]
			if strings.HasPrefix(between, " a ") || strings.HasPrefix(between, " an ") || strings.HasPrefix(between, " the ") ||
				strings.HasPrefix(between, " that ") {
				return false
			}
			if k+1 < len(hs) && words[hs[k+1].w].feat&(fInspector|fAgency) == fInspector &&
				gapWords(low, int(hs[k].end), int(hs[k+1].pos)) == 0 {
				return false
			}
			if words[hs[k].w].form == formAdj {
				// "Traders said Iranian buyers had booked …": the buyers the adjective qualifies are the
				// reported clause's subject.
				if next, _ := nextToken(low, wordEnd(low, int(hs[k].end), len(low)), len(low)); slices.Contains(recipientNouns.en, next) {
					return false
				}
			}
			return true
		}
		if w.feat&(fInspector|fMask) != 0 && titleBefore(low, hs, words, j, int(hs[k].pos)) {
			return true // «— сказал главный ветеринарный инспектор Казахстана»
		}
		if w.feat&(fAgency|fService) == 0 {
			break
		}
		at = int(hs[j].pos)
	}
	// After: an attribution word within four words that ends its clause within three more.
	at = int(hs[k].end)
	for j := k + 1; j < len(hs) && j <= k+3; j++ {
		w := &words[hs[j].w]
		g := gapWords(low, at, int(hs[j].pos))
		if dateOnly(low[at:int(hs[j].pos)]) {
			g = 0 // "哈萨克斯坦农业部2026年3月2日表示": the date of the statement
		}
		if g < 0 || g > 4 {
			break
		}
		if w.feat&fAttrib != 0 {
			return clauseEndsWithin(low, int(hs[j].end), 3)
		}
		if w.feat&(fAgency|fService|fCountry) == 0 {
			break
		}
		at = int(hs[j].end)
	}
	return false
}

// hanQuantifier reports Chinese words of quantity or scope between a country and the goods or plants
// they qualify: "哈萨克斯坦部分牛肉企业" (some of Kazakhstan's beef plants), "哈萨克斯坦多家企业".
func hanQuantifier(low string, a, b int) bool {
	q := strings.TrimSpace(low[a:b])
	switch q {
	case "部分", "一些", "多家", "相关", "有关", "境内", "的", "全部", "所有", "各":
		return true
	}
	// A number and its measure word: "哈萨克斯坦一家牛肉企业", "3家", "两家", "几家".
	for _, m := range [...]string{"家", "个", "批", "座", "处"} {
		if n := strings.TrimSuffix(q, m); n != q && n != "" && strings.Trim(n, "0123456789一二两三四五六七八九十几多") == "" {
			return true
		}
	}
	return false
}

// hanGoodsState reports the state or grade of goods between a Chinese country name and its goods:
// "哈萨克斯坦冷冻牛肉", "哈萨克斯坦冰鲜羊肉", "哈萨克斯坦优质小麦" are the country's goods, not its act.
func hanGoodsState(low string, a, b int) bool {
	switch strings.TrimSpace(low[a:b]) {
	case "冷冻", "冰鲜", "冷鲜", "鲜", "新鲜", "优质", "有机", "散装", "袋装", "硬质", "软质", "春", "冬":
		return true
	}
	return false
}

// dateOnly reports a stretch of text that is a date and nothing else: "2026年3月2日", " 2 марта ".
func dateOnly(s string) bool {
	digits := false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits = true
		case r == '年' || r == '月' || r == '日' || r == '号' || r == '.' || r == '-' || isSpace(r):
		default:
			return false
		}
	}
	return digits
}

// dateline reports a country that opens a headline and a colon follows: "哈萨克斯坦：中方对哈牛肉禁令
// 已经解除", "Kazakhstan: China lifts ban". It names where the news comes from, not who acts.
func dateline(low string, from, pos, end int) bool {
	if strings.TrimSpace(low[from:pos]) != "" {
		return false
	}
	k := skipSpaces(low, end)
	return strings.HasPrefix(low[k:], "：") || strings.HasPrefix(low[k:], ":") && !listItem(low, end)
}

// clauseEndsWithin reports a comma, colon or the end of the sentence within n words after pos.
func clauseEndsWithin(low string, pos, n int) bool {
	words, inWord := 0, false
	for _, r := range low[pos:] {
		switch {
		case r == ',' || r == '.' || r == ':' || r == ';' || r == '，' || r == '。' || r == '!' || r == '?':
			return true
		case isWordRune(r) && !isHan(r):
			if !inWord {
				words++
				if words > n {
					return false
				}
			}
			inWord = true
		case isHan(r):
			return false
		default:
			inWord = false
		}
	}
	return true
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// pick returns the first country with one of the roles, skipping the code not.
func pick(cs []cmention, not string, roles ...role) string {
	for _, r := range roles {
		for _, c := range cs {
			if c.role == r && c.code != not {
				return c.code
			}
		}
	}
	return ""
}

// pickCountry is pick over the countries themselves, not their regions.
func pickCountry(cs []cmention, not string, roles ...role) string {
	for _, r := range roles {
		for _, c := range cs {
			if c.role == r && c.code != not && !c.region {
				return c.code
			}
		}
	}
	return ""
}

// pickInspector returns the first country named as inspecting.
func pickInspector(cs []cmention) string {
	for _, c := range cs {
		if c.inspector && !c.service && (c.role == roleAgent || c.role == roleSource) {
			return c.code
		}
	}
	return ""
}

// hasRole reports whether some country has the role.
func hasRole(cs []cmention, r role) bool {
	for _, c := range cs {
		if c.role == r {
			return true
		}
	}
	return false
}

// listItem reports a dash or colon and then a figure right after a country that ends at end: "Иран –
// 12 тыс. тонн", "Китай: 8,4 тыс. тонн", "China — 45,000 tonnes".
func listItem(low string, end int) bool {
	k := skipSpaces(low, end)
	for _, w := range [...]string{"бірінші орында", "екінші орында", "үшінші орында", "birinshi orynda", "ekinshi orynda", "úshinshi orynda"} {
		// "Ресей бірінші орында – 3 млн тонна": the rank between a country and its figure.
		if strings.HasPrefix(low[k:], w) {
			k = skipSpaces(low, k+len(w))
			break
		}
	}
	if k >= len(low) {
		return false
	}
	r, n := decodeRune(low, k)
	if r == '(' || r == '（' {
		// "Turkey (46,000 tons), Iran (12,000 tons)": the figure in parentheses is the country's own, but
		// "China (2024)" dates, it measures nothing.
		k = skipSpaces(low, k+n)
		j := k
		for j < len(low) && isDigit(low[j]) {
			j++
		}
		return j > k && !(j-k == 4 && j < len(low) && (low[j] == ')' || strings.HasPrefix(low[j:], "）")))
	}
	if r != '–' && r != '—' && r != '-' && r != ':' && r != '：' {
		return false
	}
	k = skipSpaces(low, k+n)
	for _, b := range [...]string{"более ", "около ", "свыше ", "порядка ", "over ", "about ", "almost "} {
		k += len(b) * boolInt(strings.HasPrefix(low[k:], b))
	}
	return k < len(low) && isDigit(low[k])
}

// figureItem reports a country that ends at end and owns the figure right after it, joined by a word
// of taking ("China took 510,000 tonnes", "Iran received", "bought": buyer) or by "with" ("Uzbekistan
// with 1.1 million tonnes"), or by nothing when it follows another figure of a list ("…, Belgium 85,000
// tonnes and Turkey 40,000 tonnes"). A year after a country dates, it measures nothing; and a country
// alone before a figure is the subject of what follows it ("Қытай 60 мың тонна арпа сатып алды").
// A list may also open after a colon: "Kazakh wheat exports: Uzbekistan 1.9 mln t, Tajikistan 0.8 mln t".
// tonnageAt reports a figure at k whose unit is a tonne, with or without a scale word: «540 тыс.
// тонн», «1,2 млн т», «80 тонн».
func tonnageAt(low string, k int) bool {
	j := k
	for j < len(low) && (isDigit(low[j]) || low[j] == ',' || low[j] == '.' || low[j] == ' ' && j+1 < len(low) && isDigit(low[j+1])) {
		j++
	}
	if j == k {
		return false
	}
	return hasAnyPrefix(low[skipSpaces(low, j):], "тыс", "млн", "млрд", "тонн", "т ", "т.", "т,")
}

func figureItem(low string, from, pos, end int) (ok, buyer bool) {
	k := skipSpaces(low, end)
	if strings.HasPrefix(low[k:], "с ") || strings.HasPrefix(low[k:], "со ") {
		// «на втором месте Узбекистан с 540 тыс. тонн», as "Uzbekistan with 540,000 tonnes": only with a
		// tonnage after it, so that «Китай с 1 января» or «с 10 по 16 ноября» stays a date.
		return tonnageAt(low, skipSpaces(low, k+strings.IndexByte(low[k:], ' ')+1)), false
	}
	joined := false
	// A rank told before "with": "China came first with 2.1 million tonnes", "Iran second with 480,000".
	k0 := k
	for n := 0; n < 2; n++ {
		tok, at := nextToken(low, k, min(k+16, len(low)))
		switch tok {
		case "came", "ranked", "was", "first", "second", "third", "fourth", "next":
			k = skipSpaces(low, at+len(tok))
			continue
		}
		break
	}
	if !strings.HasPrefix(low[k:], "with ") {
		k = k0
	}
	// Chinese ranks with 以: "乌兹别克斯坦以280万吨居首", as "Uzbekistan with 2.8 million tonnes".
	for _, w := range [...]string{"took ", "received ", "bought ", "to take ", "will take ", "to buy ", "will buy ", "with ", "以"} {
		if strings.HasPrefix(low[k:], w) {
			k, joined, buyer = skipSpaces(low, k+len(w)), true, w != "with " && w != "以"
			if w == "以" && !zhTonnageAt(low, k) {
				return false, false // "以30%的份额", "以每吨230美元": a share or a price, no tonnage
			}
			break
		}
	}
	if joined {
		// "Afghanistan took another 600,000 tonnes", "Iran received about 90,000".
		for _, w := range [...]string{"another ", "a further ", "a total of ", "about ", "around ", "some ", "nearly ",
			"almost ", "more than ", "over ", "roughly ", "at least "} {
			if strings.HasPrefix(low[k:], w) {
				k = skipSpaces(low, k+len(w))
				break
			}
		}
	}
	j := k
	for j < len(low) && isDigit(low[j]) {
		j++
	}
	if j == k || j-k == 4 && (low[k] == '1' || low[k] == '2') && (j == len(low) || low[j] != ',' && low[j] != '.') ||
		dayOfMonth(low, k, j) {
		return false, false // a year or a date: "Жаңалық: Қазақстан 1 желтоқсаннан бастап … тыйым салады"
	}
	if joined {
		return true, buyer
	}
	// No word between: the country must follow another figure's unit, past a comma or "and", or open a
	// list after a colon ("Kazakh wheat exports: Uzbekistan 1.9 mln t, Tajikistan 0.8 mln t").
	p, at := prevToken(low, from, pos)
	switch p {
	case ":", "：":
		return true, false
	case ",", "，", "and", "и", "және", "jáne", "、":
		p, at = prevToken(low, from, at)
	default:
		return false, false
	}
	if p == "." {
		p, _ = prevToken(low, from, at) // «900 тыс. и Таджикистан»
	}
	switch p {
	case "tonnes", "tons", "tonne", "ton", "t", "mt", "тонн", "тонны", "тонна", "т", "tonna", "吨":
		return true, false
	case "тыс", "млн", "мың", "myń", "mln", "million", "thousand":
		// «Узбекистан 900 тыс. и Таджикистан 400 тыс. тонн»: an item after one whose unit the list's
		// last figure writes once.
		return true, false
	}
	return false, false
}

// otherSide returns the role of the items of a list after a colon from the countries read before it:
// buyers of a named exporter (a source, an origin, the subject of exports), suppliers of a named
// importer (a destination, the subject of imports), else roleNone.
func otherSide(read []cmention, suppliers, home bool) role {
	for _, c := range read {
		switch {
		case c.role == roleSource || c.role == roleOrigin || c.role == roleAgent && !suppliers:
			return roleDest // "Qazaqstan bıdaıynyń eksporty:": the subject of exports ships
		case c.role == roleDest || c.role == roleAgent && suppliers:
			return roleSource
		}
	}
	if home && !suppliers {
		return roleDest // "elden 6,1 mln tonna bıdaı shyǵaryldy: Ózbekstan 2,3 mln tonna, …": the home country ships
	}
	return roleNone
}

// buyerAfterGoods reports a country after a comma that owns the figure right after it, in a list of
// buyers whose first figure names its goods and period past its unit: "Uzbekistan took 1.6 million
// tonnes of Kazakh flour in January-September, Iran 210,000 tonnes". A list of exporters ("Russia
// exported 45 million tonnes of wheat last season, Kazakhstan 9 million tonnes") is not one.
func buyerAfterGoods(low string, from, pos, end int) bool {
	k := skipSpaces(low, end)
	if k >= len(low) || !isDigit(low[k]) {
		return false
	}
	switch p, _ := prevToken(low, from, pos); p {
	case ",", "and", "и", "және", "jáne":
		// "…, Tajikistan 870,000 and Afghanistan 640,000 tonnes": the list's last item after "and",
		// its unit written once at its end.
	default:
		return false
	}
	return containsAny(low[from:pos], " tonnes", " tons", " тонн", " tonna")
}

// shareOfBuyers reports a country whose share of the figure after it a verb of accounting tells, in a
// list of buyers: "Uzbekistan took 4,100 tonnes of the total, while Kyrgyzstan accounted for 2,200
// tonnes". (Alone, "Kazakhstan accounted for 2.9 million tonnes of the imports" is a supplier's.)
func shareOfBuyers(low string, end int) bool {
	k := skipSpaces(low, end)
	for _, w := range [...]string{"accounted for ", "accounts for ", "took in ", "absorbed "} {
		if strings.HasPrefix(low[k:], w) {
			k = skipSpaces(low, k+len(w))
			for _, b := range [...]string{"another ", "about ", "around ", "some ", "nearly ", "almost ", "over ", "more than "} {
				k += len(b) * boolInt(strings.HasPrefix(low[k:], b))
			}
			return k < len(low) && isDigit(low[k])
		}
	}
	return false
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// listItemsAsSources makes the items of a list exporters when the sentence names its exporter and its
// destination apart from the list: "Экспорт пшеницы из России в Китай составил 1,2 млн тонн,
// Казахстан – 300 тыс. тонн" lists exporters to China, not buyers.
func listItemsAsSources(cs []cmention) {
	var src, dest bool
	for _, c := range cs {
		if !c.item {
			src = src || c.role == roleSource
			dest = dest || c.role == roleDest
		}
	}
	if !src || !dest {
		return
	}
	for i := range cs {
		if cs[i].item {
			cs[i].role = roleSource
		}
	}
}

func hasAnyPrefix(s string, pres ...string) bool {
	for _, p := range pres {
		if strings.HasPrefix(s, p) || kkMayStart(s, p) && kkHasPrefix(s, p) {
			return true // Latin Kazakh in any of its spellings: "deıin" is also "dei'in", "deiin"
		}
	}
	return false
}

// recipientAdj reports a country's adjective, ending at end, that qualifies the buyers the goods go
// to: after "to" in English ("to Chinese crushers"), in the dative in Russian («китайским
// переработчикам», «российскому покупателю») and Kazakh ("қытайлық өңдеушілерге", "qytaılyq
// dıirmenderine"). p is the token before the adjective; kk that it is a Kazakh word.
func recipientAdj(low, p string, end, to int, kk bool) bool {
	e := wordEnd(low, end, to)
	next, at := nextToken(low, e, to)
	if next == "" || at-e > 1 {
		return false
	}
	if buyerSubject(low, next, low[end:e], at, kk) {
		return true // "Iranian buyers had booked", «китайские переработчики рассчитывают закупить»
	}
	switch {
	case p == "to" || p == "for":
		if after, _ := nextToken(low, at+len(next), to); hasAnyPrefix(after, "maker", "manufacturer") {
			return true // "to an Italian pasta maker", "to Turkish flour makers"
		}
		// "Kazakh barley for Iranian ports", "for Iranian buyers": the ports the goods are sent to.
		return hasAnyPrefix(next, recipientNouns.en...) || hasAnyPrefix(next, "port")
	case p == "в" && (low[end:e] == "ие" || low[end:e] == "ий") && hasAnyPrefix(next, "порт"):
		return true // «в иранские порты отгружено»
	case low[end:e] == "им" || low[end:e] == "ому" || low[end:e] == "ему":
		return hasAnyPrefix(next, recipientNouns.ru...) && hasAnySuffix(next, "ам", "ям", "ю", "у")
	case kk && e == end:
		return hasAnyPrefix(next, recipientNouns.kk...) &&
			hasAnySuffix(next, "ға", "ге", "қа", "ке", "на", "не", "ǵa", "ge", "qa", "ke", "na", "ne")
	}
	return false
}

// buyerSubject reports a country's adjective on a noun of buyers in the nominative, the subject that
// buys: "Iranian buyers had booked 60,000 tonnes", «китайские переработчики рассчитывают закупить»,
// "Qytaılyq satyp alýshylar … alýǵa qyzyǵýshylyq tanytyp otyr". next is the word after the adjective,
// at where it starts, suf the adjective's ending. Traders and companies sell as well as buy: "Kazakh
// traders sold" names the seller, and so do processors with no verb of buying after them.
func buyerSubject(low, next, suf string, at int, kk bool) bool {
	noun := ""
	switch {
	case kk:
		if suf != "" {
			return false
		}
		for _, n := range buyingNouns.kk {
			ne := -1
			if strings.HasPrefix(low[at:], n) {
				ne = len(n)
			} else if k := kkPrefixEnd(low[at:], n); k >= 0 {
				ne = k
			}
			if ne >= 0 {
				start := at + strings.LastIndex(low[at:at+ne], " ") + 1 // "alýshylar" of "satyp alýshylar"
				w, _ := token(low, start)
				if hasAnySuffix(w, "ға", "ге", "қа", "ке", "на", "не", "ның", "нің", "дың", "дің", "тың", "тің",
					"ны", "ні", "ды", "ді", "ǵa", "ge", "qa", "ke", "na", "ne", "nyń", "niń", "dyń", "diń", "tyń", "tiń",
					"ny", "ni", "dy", "di") {
					return false
				}
				noun = n
				break
			}
		}
	case suf == "ие" || suf == "ые" || suf == "ий" || suf == "ый" || suf == "ой":
		if hasAnySuffix(next, "и", "ы", "ь", "р") {
			for _, n := range buyingNouns.ru {
				if strings.HasPrefix(next, n) {
					noun = n
					break
				}
			}
		}
	case suf == "":
		if slices.Contains(buyingNouns.en, next) {
			noun = next
		}
	}
	if noun == "" {
		return false
	}
	if slices.Contains(buyerNouns.en, noun) || slices.Contains(buyerNouns.ru, noun) || slices.Contains(buyerNouns.kk, noun) {
		return true
	}
	// Processors buy or sell: "Kazakh millers shipped 350,000 tonnes" sell. They are the buyers only with a
	// verb of buying after them: «китайские переработчики рассчитывают закупить».
	rest := low[at:min(len(low), at+120)]
	if i := strings.IndexAny(rest, ".;!?\n"); i >= 0 {
		rest = rest[:i] // the noun's own sentence: the next one's «закупил» is another subject's
	}
	return containsAny(rest, "bought", "buy", "purchas", "procure", "booked", "закуп", "купи", "купа", "приобре",
		"сатып ал", "satyp al")
}

// buyerNouns are the recipientNouns that only buy, by language: a country's adjective on one as the
// subject names the destination (buyerSubject).
var buyerNouns = langWords{
	en: []string{"buyers", "importers", "buyer", "importer"},
	ru: []string{"покупател", "импортер", "импортёр"},
	kk: []string{"сатып алушы", "импорттаушы", "satyp alýshy", "ımporttaýshy"},
}

// processorNouns are the recipientNouns that buy grain and sell what they make of it: the subject that
// buys only with a verb of buying (buyerSubject).
var processorNouns = langWords{
	en: []string{"crushers", "millers", "mills", "processors", "refiners", "feedlots", "crusher", "miller", "mill", "processor", "refiner"},
	ru: []string{"переработчик", "мукомол", "мельниц", "маслозавод"},
	kk: []string{"өңдеуші", "диірмен", "óńdeýshi", "dıirmen"},
}

// buyingNouns are buyerNouns and processorNouns together, by language, the nouns buyerSubject looks for
// after a country's adjective: joined once, not at each look.
var buyingNouns = langWords{
	en: slices.Concat(buyerNouns.en, processorNouns.en),
	ru: slices.Concat(buyerNouns.ru, processorNouns.ru),
	kk: slices.Concat(buyerNouns.kk, processorNouns.kk),
}

// kkAgencyHeads are the head nouns a Kazakh agency's name ends in: "департаменті", "агенттігі",
// "министрлігі", "комитеті", "басқармасы", "орталығы", "ұйымы".
var kkAgencyHeads = [...]string{"департамент", "departament", "агенттіг", "агенттік", "agenttig", "agenttik",
	"министрлі", "mınıstrli", "комитет", "komıtet", "басқарма", "basqarma", "орталығ", "ortalyǵ", "ұйым", "uıym"}

// kkAgencyHead returns the head noun of an agency's name at most six words after a Kazakh country
// ending at end (country hit k), with no comma or other country between, or "": the name's words
// ("Veterınarııa jáne fıtosanıtarııa qaýipsizdigi") are the head's attributes.
func kkAgencyHead(low string, hs []hit, words []word, k, end int) string {
	limit := min(len(low), end+240)
	e := end
	comma, and := false, false // "Qorshaǵan orta, sý jáne aýyl sharýashylyǵy mınıstrligi": a list of the name's own words
	for n := 0; n < 8; n++ {
		t, p := nextToken(low, e, limit)
		if t == "" || strings.ContainsAny(low[e:p], ".;:!?()") || n >= 6 && !comma {
			return ""
		}
		if strings.Contains(low[e:p], ",") {
			if comma || and {
				return ""
			}
			comma = true
		}
		and = and || t == "және" || t == "jáne"
		for j := k + 1; j < len(hs) && int(hs[j].pos) <= p; j++ {
			if words[hs[j].w].feat&fCountry != 0 {
				return ""
			}
		}
		if hasAnyPrefix(t, kkAgencyHeads[:]...) {
			if comma && !and {
				return ""
			}
			return t
		}
		e = p + len(t)
	}
	return ""
}

// recipientNouns are the buyers of goods a country's adjective may qualify: mills, crushers,
// importers, companies.
var recipientNouns = langWords{
	en: []string{"crushers", "mills", "millers", "flour mills", "feed mills", "buyers", "importers", "buyer", "importer", "processors",
		"companies", "customers", "consumers", "partners", "bakeries", "feedlots", "traders", "firms", "refiners"},
	ru: []string{"переработчик", "мельни", "мукомол", "покупател", "импортер", "импортёр", "компани", "партнер", "партнёр",
		"трейдер", "потребител", "маслозавод", "комбинат"},
	kk: []string{"өңдеуші", "диірмен", "сатып алушы", "импорттаушы", "компания", "серіктес", "трейдер", "тұтынушы",
		"óńdeýshi", "dıirmen", "satyp alýshy", "ımporttaýshy", "kompanıa", "seriktes", "treıder", "tutynýshy"},
}

// ruAgencyHeads are the head nouns a Russian agency's name opens with, in the nominative: «Департамент
// ветеринарной и фитосанитарной безопасности», «Агентство продовольственной безопасности», «Служба
// государственного ветеринарного надзора», «Государственный комитет ветеринарии».
var ruAgencyHeads = [...]string{"департамент", "агентство", "служба", "управление", "комитет", "министерство", "центр", "инспекция",
	// A minister's title opens one too, as the order of a minister names him: «приказ министра сельского
	// хозяйства Узбекистана».
	"министр", "министра"}

// ruAgencyHeadAt returns the position of the head noun of an agency's name, in the nominative, at most
// six words before a Russian genitive at pos (country hit k), with no comma or other country between, or
// -1: the words between are the name's own genitives and adjectives. list lets the name run to nine words
// and list its own words with commas closed by «и»: «Министерство окружающей среды, водных ресурсов и
// сельского хозяйства Саудовской Аравии».
func ruAgencyHeadAt(low string, from, pos int, hs []hit, words []word, k int, list bool) int {
	for j := k - 1; j >= 0; j-- {
		if words[hs[j].w].feat&fCountry != 0 {
			from = max(from, int(hs[j].end)) // no other country between
			break
		}
	}
	at, reach, and := pos, 6, false
	if list {
		reach = 9
	}
	for n := 0; n < reach; n++ {
		t, p := prevToken(low, from, at)
		if t == "" || strings.ContainsAny(low[p+len(t):at], ".;:!?()«»") ||
			strings.Contains(low[p+len(t):at], ",") && !(list && and) {
			return -1
		}
		and = and || t == "и"
		for j := k - 1; j >= 0 && int(hs[j].pos) >= p; j-- {
			if words[hs[j].w].feat&(fImposed|fLifted|fInspect|fVisit|fExport|fImport|fPlanned|fDone|fCommodity|fBanNoun) != 0 {
				return -1 // a verb or object between: «служба … проведёт аудит предприятий Беларуси»
			}
		}
		for _, h := range ruAgencyHeads {
			if t == h {
				return p
			}
		}
		at = p
	}
	return -1
}

// zhBuysFrom reports the first verb of trade after the country hs[k] in its clause to be one of buying
// or importing (采购, 购买, 进口), with no country between: "向哈萨克斯坦供应商采购".
func zhBuysFrom(low string, words []word, hs []hit, k int) bool {
	for j := k + 1; j < len(hs); j++ {
		if strings.ContainsAny(low[hs[j-1].end:hs[j].pos], "，。；,;") {
			return false
		}
		f := words[hs[j].w].feat
		if f&fCountry != 0 {
			return false
		}
		if strings.HasPrefix(low[hs[j].end:], "商") {
			continue // "供应商", "出口商": a company, no verb
		}
		if f&(fExport|fImport|fShip) != 0 {
			return f&(fImport|fPurchase) != 0 && f&(fExport|fShip) == 0
		}
	}
	return false
}

// zhTradeParty returns the side of trade a Chinese noun of sellers or buyers right after a country gives
// it, past a word of goods (at most four characters): roleSource for 供应商, 出口商, roleDest for 进口商,
// 买家; else roleNone.
func zhTradeParty(rest string) role {
	for i, n := 0, 0; i < len(rest) && n <= 4 && rest[i] >= 0xE0; n++ { // Han characters are of three bytes
		switch r := rest[i:]; {
		case hasPrefixIn(r, zhSellers[:]):
			return roleSource
		case hasPrefixIn(r, zhBuyers[:]):
			return roleDest
		}
		r, size := decodeRune(rest, i)
		if !isHan(r) || r == '的' {
			break // "俄罗斯大麦的买家": the buyers of its goods, whose seller it is
		}
		i += size
	}
	return roleNone
}

// zhSellers and zhBuyers are the Chinese nouns of the two sides of trade that zhTradeParty reads.
var (
	zhSellers = [...]string{"供应商", "供货商", "出口商", "卖家", "卖方"}
	zhBuyers  = [...]string{"进口商", "买家", "采购商", "买方"}
)

// hasPrefixIn reports whether s starts with one of pres, byte for byte (hasAnyPrefix also reads Latin Kazakh
// in its three spellings).
func hasPrefixIn(s string, pres []string) bool {
	for _, p := range pres {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// zhTonnageAt reports a Chinese tonnage at k: digits and a scale word before 吨 ("280万吨", "95.5万吨").
func zhTonnageAt(low string, k int) bool {
	j := k
	for j < len(low) && (isDigit(low[j]) || low[j] == '.' || low[j] == ',') {
		j++
	}
	return j > k && hasAnyPrefix(low[j:], "吨", "万吨", "千吨", "亿吨", "公吨", "万公吨")
}

// receivedAfterFigure reports a Russian country right after a verb of receiving or buying that itself
// follows a tonnage: «еще 97 тысяч тонн получил Узбекистан», «310 тыс. тонн закупил Иран». Inverted, the
// subject names who took the figure.
// buyersFromAfter reports buyers or processors named before «из» at ppos, the subject after a verb of
// receiving that the figure precedes: «Еще 74 тыс. тонн получили переработчики из Узбекистана».
func buyersFromAfter(low string, from, ppos int) bool {
	n, npos := prevToken(low, from, ppos)
	return hasAnyPrefix(n, buyingNouns.ru...) && receivedAfterFigure(low, from, npos)
}

func receivedAfterFigure(low string, from, pos int) bool {
	v, at := prevToken(low, from, pos)
	switch v {
	case "получил", "получила", "получили", "закупил", "закупила", "закупили", "купил", "купила", "купили",
		"приобрел", "приобрела", "приобрели", "приобрёл", "принял", "приняла", "приняли", "импортировал", "импортировала":
	default:
		return false
	}
	u, _ := prevToken(low, from, at)
	return u == "тонн" || u == "тонны" || u == "тонна" || u == "т" || u == "т."
}
