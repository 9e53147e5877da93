// Package names writes the codes of agrowatch's mentions — countries, goods, diseases and border
// crossings — as Russian, Kazakh and English readers expect them. The alerts (package notify) and the
// web page (package web) both read these tables, so an alert and the page never name one thing in two
// ways, and a code the extractor gives is never shown raw in a language that has a word for it.
//
// A language is "ru", "kk" or "en"; any other is read as Russian, the language of the sources. A
// code without a name is shown as it is given.
package names

import (
	"slices"
	"strings"
)

// Gender is a Russian noun's gender, for the verb that agrees with a country: «Китай ввёл»,
// «Россия ввела», «США ввели».
type Gender uint8

const (
	Masc Gender = iota
	Fem
	Plural
)

// country is one country's names: Russian in the nominative and the genitive (after «из»), Kazakh,
// English as a label and, where it differs, as running text writes it ("the US").
type country struct {
	ru, ruGen string
	g         Gender
	kk        string
	en        string
	enText    string
}

// countries are the ISO codes extract.Codes gives, and the EU.
var countries = map[string]country{
	"KZ": {"Казахстан", "Казахстана", Masc, "Қазақстан", "Kazakhstan", ""},
	"CN": {"Китай", "Китая", Masc, "Қытай", "China", ""},
	"HK": {"Гонконг", "Гонконга", Masc, "Гонконг", "Hong Kong", ""},
	"TW": {"Тайвань", "Тайваня", Masc, "Тайвань", "Taiwan", ""},
	"RU": {"Россия", "России", Fem, "Ресей", "Russia", ""},
	"UZ": {"Узбекистан", "Узбекистана", Masc, "Өзбекстан", "Uzbekistan", ""},
	"KG": {"Кыргызстан", "Кыргызстана", Masc, "Қырғызстан", "Kyrgyzstan", ""},
	"TJ": {"Таджикистан", "Таджикистана", Masc, "Тәжікстан", "Tajikistan", ""},
	"TM": {"Туркменистан", "Туркменистана", Masc, "Түрікменстан", "Turkmenistan", ""},
	"MN": {"Монголия", "Монголии", Fem, "Моңғолия", "Mongolia", ""},
	"AF": {"Афганистан", "Афганистана", Masc, "Ауғанстан", "Afghanistan", ""},
	"IR": {"Иран", "Ирана", Masc, "Иран", "Iran", ""},
	"TR": {"Турция", "Турции", Fem, "Түркия", "Türkiye", ""},
	"AE": {"ОАЭ", "ОАЭ", Plural, "БАӘ", "United Arab Emirates", "the UAE"},
	"SA": {"Саудовская Аравия", "Саудовской Аравии", Fem, "Сауд Арабиясы", "Saudi Arabia", ""},
	"AZ": {"Азербайджан", "Азербайджана", Masc, "Әзірбайжан", "Azerbaijan", ""},
	"AM": {"Армения", "Армении", Fem, "Армения", "Armenia", ""},
	"GE": {"Грузия", "Грузии", Fem, "Грузия", "Georgia", ""},
	"BY": {"Беларусь", "Беларуси", Fem, "Беларусь", "Belarus", ""},
	"UA": {"Украина", "Украины", Fem, "Украина", "Ukraine", ""},
	"DE": {"Германия", "Германии", Fem, "Германия", "Germany", ""},
	"FR": {"Франция", "Франции", Fem, "Франция", "France", ""},
	"IT": {"Италия", "Италии", Fem, "Италия", "Italy", ""},
	"ES": {"Испания", "Испании", Fem, "Испания", "Spain", ""},
	"NL": {"Нидерланды", "Нидерландов", Plural, "Нидерланды", "Netherlands", "the Netherlands"},
	"BE": {"Бельгия", "Бельгии", Fem, "Бельгия", "Belgium", ""},
	"AT": {"Австрия", "Австрии", Fem, "Австрия", "Austria", ""},
	"DK": {"Дания", "Дании", Fem, "Дания", "Denmark", ""},
	"PL": {"Польша", "Польши", Fem, "Польша", "Poland", ""},
	"CZ": {"Чехия", "Чехии", Fem, "Чехия", "Czechia", ""},
	"HU": {"Венгрия", "Венгрии", Fem, "Венгрия", "Hungary", ""},
	"RS": {"Сербия", "Сербии", Fem, "Сербия", "Serbia", ""},
	"LT": {"Литва", "Литвы", Fem, "Литва", "Lithuania", ""},
	"LV": {"Латвия", "Латвии", Fem, "Латвия", "Latvia", ""},
	"EE": {"Эстония", "Эстонии", Fem, "Эстония", "Estonia", ""},
	"EU": {"Евросоюз", "Евросоюза", Masc, "Еуроодақ", "European Union", "the EU"},
	"US": {"США", "США", Plural, "АҚШ", "United States", "the US"},
	"CA": {"Канада", "Канады", Fem, "Канада", "Canada", ""},
	"IN": {"Индия", "Индии", Fem, "Үндістан", "India", ""},
	"PK": {"Пакистан", "Пакистана", Masc, "Пәкістан", "Pakistan", ""},
	"EG": {"Египет", "Египта", Masc, "Мысыр", "Egypt", ""},
	"IQ": {"Ирак", "Ирака", Masc, "Ирак", "Iraq", ""},
	"JO": {"Иордания", "Иордании", Fem, "Иордания", "Jordan", ""},
	"KW": {"Кувейт", "Кувейта", Masc, "Кувейт", "Kuwait", ""},
	"BH": {"Бахрейн", "Бахрейна", Masc, "Бахрейн", "Bahrain", ""},
	"QA": {"Катар", "Катара", Masc, "Катар", "Qatar", ""},
	"OM": {"Оман", "Омана", Masc, "Оман", "Oman", ""},
	"JP": {"Япония", "Японии", Fem, "Жапония", "Japan", ""},
	"KR": {"Южная Корея", "Южной Кореи", Fem, "Оңтүстік Корея", "South Korea", ""},
	"VN": {"Вьетнам", "Вьетнама", Masc, "Вьетнам", "Vietnam", ""},
	"TH": {"Таиланд", "Таиланда", Masc, "Тайланд", "Thailand", ""},
	"MY": {"Малайзия", "Малайзии", Fem, "Малайзия", "Malaysia", ""},
	"SG": {"Сингапур", "Сингапура", Masc, "Сингапур", "Singapore", ""},
	"ID": {"Индонезия", "Индонезии", Fem, "Индонезия", "Indonesia", ""},
	"BR": {"Бразилия", "Бразилии", Fem, "Бразилия", "Brazil", ""},
	"AR": {"Аргентина", "Аргентины", Fem, "Аргентина", "Argentina", ""},
	"UY": {"Уругвай", "Уругвая", Masc, "Уругвай", "Uruguay", ""},
	"PY": {"Парагвай", "Парагвая", Masc, "Парагвай", "Paraguay", ""},
	"AU": {"Австралия", "Австралии", Fem, "Аустралия", "Australia", ""},
	"NZ": {"Новая Зеландия", "Новой Зеландии", Fem, "Жаңа Зеландия", "New Zealand", ""},
}

// Country is a country's name as a label (a table cell, a filter): Russian in the nominative.
func Country(code, lang string) string {
	c, ok := countries[strings.ToUpper(code)]
	if !ok {
		return code
	}
	switch lang {
	case "kk":
		return c.kk
	case "en":
		return c.en
	}
	return c.ru
}

// CountryText is a country's name inside a sentence: in English "the US" where a label says
// "United States"; in the other languages the label.
func CountryText(code, lang string) string {
	if c, ok := countries[strings.ToUpper(code)]; ok && lang == "en" && c.enText != "" {
		return c.enText
	}
	return Country(code, lang)
}

// CountryGen is a country's name after «из» in Russian (the genitive), the label in the others.
func CountryGen(code, lang string) string {
	if c, ok := countries[strings.ToUpper(code)]; ok && lang != "kk" && lang != "en" {
		return c.ruGen
	}
	return Country(code, lang)
}

// CountryGender is the gender of a country's Russian name; a code without a name is shown as it is
// ("XX"), and the plural agrees with an abbreviation best («XX ввели»).
func CountryGender(code string) Gender {
	if c, ok := countries[strings.ToUpper(code)]; ok {
		return c.g
	}
	return Plural
}

// Countries are the codes that have names, sorted.
func Countries() []string {
	codes := make([]string, 0, len(countries))
	for c := range countries {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	return codes
}

// goods are a commodity's names: Russian in the nominative, the accusative («запрет на говядину»)
// and the genitive («экспорт говядины»), Kazakh and English.
type goods struct{ ru, ruAcc, ruGen, kk, en string }

// commodities are extract.Commodities.
var commodities = map[string]goods{
	"grain":                 {"зерно", "зерно", "зерна", "астық", "grain"},
	"wheat":                 {"пшеница", "пшеницу", "пшеницы", "бидай", "wheat"},
	"barley":                {"ячмень", "ячмень", "ячменя", "арпа", "barley"},
	"corn":                  {"кукуруза", "кукурузу", "кукурузы", "жүгері", "corn"},
	"rice":                  {"рис", "рис", "риса", "күріш", "rice"},
	"oats":                  {"овёс", "овёс", "овса", "сұлы", "oats"},
	"flour":                 {"мука", "муку", "муки", "ұн", "flour"},
	"feed":                  {"корма", "корма", "кормов", "жем", "feed"},
	"flax":                  {"лён", "лён", "льна", "зығыр", "flax"},
	"soybeans":              {"соя", "сою", "сои", "соя", "soybeans"},
	"sunflower seeds":       {"семена подсолнечника", "семена подсолнечника", "семян подсолнечника", "күнбағыс тұқымы", "sunflower seeds"},
	"rapeseed":              {"рапс", "рапс", "рапса", "рапс", "rapeseed"},
	"safflower":             {"сафлор", "сафлор", "сафлора", "мақсары", "safflower"},
	"oilseeds":              {"масличные", "масличные", "масличных", "майлы дақылдар", "oilseeds"},
	"vegetable oil":         {"растительное масло", "растительное масло", "растительного масла", "өсімдік майы", "vegetable oil"},
	"lentils":               {"чечевица", "чечевицу", "чечевицы", "жасымық", "lentils"},
	"pulses":                {"бобовые", "бобовые", "бобовых", "бұршақ дақылдары", "pulses"},
	"sugar":                 {"сахар", "сахар", "сахара", "қант", "sugar"},
	"cotton":                {"хлопок", "хлопок", "хлопка", "мақта", "cotton"},
	"fruit":                 {"фрукты", "фрукты", "фруктов", "жеміс", "fruit"},
	"vegetables":            {"овощи", "овощи", "овощей", "көкөніс", "vegetables"},
	"meat":                  {"мясо", "мясо", "мяса", "ет", "meat"},
	"beef":                  {"говядина", "говядину", "говядины", "сиыр еті", "beef"},
	"mutton":                {"баранина", "баранину", "баранины", "қой еті", "mutton"},
	"pork":                  {"свинина", "свинину", "свинины", "шошқа еті", "pork"},
	"poultry":               {"мясо птицы", "мясо птицы", "мяса птицы", "құс еті", "poultry"},
	"offal":                 {"субпродукты", "субпродукты", "субпродуктов", "қосымша өнімдер", "offal"},
	"hides":                 {"шкуры", "шкуры", "шкур", "тері", "hides"},
	"wool":                  {"шерсть", "шерсть", "шерсти", "жүн", "wool"},
	"livestock":             {"скот", "скот", "скота", "мал", "livestock"},
	"dairy":                 {"молочная продукция", "молочную продукцию", "молочной продукции", "сүт өнімдері", "dairy products"},
	"eggs":                  {"яйца", "яйца", "яиц", "жұмыртқа", "eggs"},
	"fish":                  {"рыба", "рыбу", "рыбы", "балық", "fish"},
	"animal products":       {"продукция животноводства", "продукцию животноводства", "продукции животноводства", "мал шаруашылығы өнімдері", "animal products"},
	"agricultural products": {"сельхозпродукция", "сельхозпродукцию", "сельхозпродукции", "ауыл шаруашылығы өнімдері", "agricultural products"},
}

// Case is a Russian case a commodity is written in.
type Case uint8

const (
	Nom Case = iota // «говядина»
	Acc             // «запрет на говядину»
	Gen             // «экспорт говядины»
)

// Commodity is a commodity's name, in Russian in the nominative.
func Commodity(code, lang string) string { return CommodityIn(code, lang, Nom) }

// CommodityIn is a commodity's name, in Russian in the case given (Kazakh and English have one form).
func CommodityIn(code, lang string, c Case) string {
	g, ok := commodities[strings.ToLower(code)]
	if !ok {
		return code
	}
	switch lang {
	case "kk":
		return g.kk
	case "en":
		return g.en
	}
	return [...]string{g.ru, g.ruAcc, g.ruGen}[c]
}

// triple is a word in Russian, Kazakh and English.
type triple struct{ ru, kk, en string }

func (t triple) in(lang string) string {
	switch lang {
	case "kk":
		return t.kk
	case "en":
		return t.en
	}
	return t.ru
}

// causes are extract.Causes: the diseases behind bans.
var causes = map[string]triple{
	"fmd":                 {"ящур", "аусыл", "foot-and-mouth disease"},
	"avian_influenza":     {"грипп птиц", "құс тұмауы", "avian influenza"},
	"sheep_pox":           {"оспа овец", "қой шешегі", "sheep pox"},
	"african_swine_fever": {"африканская чума свиней", "африкалық шошқа обасы", "African swine fever"},
	"lumpy_skin_disease":  {"нодулярный дерматит", "нодулярлы дерматит", "lumpy skin disease"},
	"ppr":                 {"чума мелких жвачных", "ұсақ күйіс қайыратын малдың обасы", "peste des petits ruminants"},
	"brucellosis":         {"бруцеллёз", "бруцеллез", "brucellosis"},
	"anthrax":             {"сибирская язва", "күйдіргі", "anthrax"},
	"bse":                 {"губчатая энцефалопатия КРС", "сиырдың құтыру ауруы", "BSE"},
	"newcastle_disease":   {"болезнь Ньюкасла", "Ньюкасл ауруы", "Newcastle disease"},
	"bluetongue":          {"блютанг", "көк тіл", "bluetongue"},
}

// Cause is a disease's name; a code without one is written with spaces for its underscores.
func Cause(code, lang string) string {
	if t, ok := causes[code]; ok {
		return t.in(lang)
	}
	return strings.ReplaceAll(code, "_", " ")
}

// places are the border crossings and stations extract.Codes gives, by the name it gives them.
var places = map[string]triple{
	"Dostyk":       {"Достык", "Достық", "Dostyk"},
	"Alashankou":   {"Алашанькоу", "Алашанькоу", "Alashankou"},
	"Khorgos":      {"Хоргос", "Қорғас", "Khorgos"},
	"Altynkol":     {"Алтынколь", "Алтынкөл", "Altynkol"},
	"Zhetygen":     {"Жетыген", "Жетіген", "Zhetygen"},
	"Bakhty":       {"Бахты", "Бақты", "Bakhty"},
	"Maikapchagai": {"Майкапчагай", "Майқапшағай", "Maikapchagai"},
	"Nur Zholy":    {"Нур Жолы", "Нұр Жолы", "Nur Zholy"},
	"Kalzhat":      {"Кольжат", "Қолжат", "Kalzhat"},
	"Zhaysan":      {"Жайсан", "Жайсаң", "Zhaysan"},
	"Tazhen":       {"Тажен", "Тәжен", "Tazhen"},
	"Saryagash":    {"Сарыагаш", "Сарыағаш", "Saryagash"},
	"Kairak":       {"Кайрак", "Қайрақ", "Kairak"},
	"Korday":       {"Кордай", "Қордай", "Korday"},
	"Zhibek Zholy": {"Жибек Жолы", "Жібек Жолы", "Zhibek Zholy"},
	// Mentions stored before the extractor spelt it Khorgos.
	"Horgos": {"Хоргос", "Қорғас", "Khorgos"},
}

// Place is a crossing's name.
func Place(p, lang string) string {
	if t, ok := places[p]; ok {
		return t.in(lang)
	}
	return p
}

// Route is a route's two ends, each named ("Altynkol – Khorgos" is «Алтынколь – Хоргос»).
func Route(route, lang string) string {
	for _, sep := range []string{" – ", " — ", " - ", "–", "—"} {
		if a, b, ok := strings.Cut(route, sep); ok {
			return Place(strings.TrimSpace(a), lang) + " – " + Place(strings.TrimSpace(b), lang)
		}
	}
	return Place(route, lang)
}
