package notify

import (
	"math"
	"strconv"
	"strings"
)

// Languages the messages are written in. Any other asks for DefaultLang.
const (
	LangRU = "ru"
	LangKK = "kk"
	LangEN = "en"

	DefaultLang = LangRU
)

// Langs lists the message languages in a stable order.
func Langs() []string { return []string{LangRU, LangKK, LangEN} }

// NormLang returns lang when messages can be written in it, and DefaultLang otherwise.
func NormLang(lang string) string {
	switch lang = strings.ToLower(strings.TrimSpace(lang)); lang {
	case LangRU, LangKK, LangEN:
		return lang
	}
	return DefaultLang
}

// gender of a Russian noun, for the verb that agrees with a country.
type gender byte

const (
	masc gender = iota
	fem
	pluralG
)

type countryName struct {
	ruNom, ruGen string
	ruG          gender
	kk, en       string
}

// countries names the ISO codes the extractor gives, as each language writes them. An unknown code is
// written as the code.
var countries = map[string]countryName{
	"KZ": {"Казахстан", "Казахстана", masc, "Қазақстан", "Kazakhstan"},
	"CN": {"Китай", "Китая", masc, "Қытай", "China"},
	"RU": {"Россия", "России", fem, "Ресей", "Russia"},
	"UZ": {"Узбекистан", "Узбекистана", masc, "Өзбекстан", "Uzbekistan"},
	"KG": {"Кыргызстан", "Кыргызстана", masc, "Қырғызстан", "Kyrgyzstan"},
	"TJ": {"Таджикистан", "Таджикистана", masc, "Тәжікстан", "Tajikistan"},
	"TM": {"Туркменистан", "Туркменистана", masc, "Түрікменстан", "Turkmenistan"},
	"MN": {"Монголия", "Монголии", fem, "Моңғолия", "Mongolia"},
	"AF": {"Афганистан", "Афганистана", masc, "Ауғанстан", "Afghanistan"},
	"IR": {"Иран", "Ирана", masc, "Иран", "Iran"},
	"TR": {"Турция", "Турции", fem, "Түркия", "Turkey"},
	"AE": {"ОАЭ", "ОАЭ", pluralG, "БАӘ", "the UAE"},
	"SA": {"Саудовская Аравия", "Саудовской Аравии", fem, "Сауд Арабиясы", "Saudi Arabia"},
	"AZ": {"Азербайджан", "Азербайджана", masc, "Әзірбайжан", "Azerbaijan"},
	"GE": {"Грузия", "Грузии", fem, "Грузия", "Georgia"},
	"BY": {"Беларусь", "Беларуси", fem, "Беларусь", "Belarus"},
	"UA": {"Украина", "Украины", fem, "Украина", "Ukraine"},
	"DE": {"Германия", "Германии", fem, "Германия", "Germany"},
	"FR": {"Франция", "Франции", fem, "Франция", "France"},
	"PL": {"Польша", "Польши", fem, "Польша", "Poland"},
	"US": {"США", "США", pluralG, "АҚШ", "the US"},
	"CA": {"Канада", "Канады", fem, "Канада", "Canada"},
	"IN": {"Индия", "Индии", fem, "Үндістан", "India"},
	"PK": {"Пакистан", "Пакистана", masc, "Пәкістан", "Pakistan"},
	"EG": {"Египет", "Египта", masc, "Мысыр", "Egypt"},
	"IQ": {"Ирак", "Ирака", masc, "Ирак", "Iraq"},
	"JO": {"Иордания", "Иордании", fem, "Иордания", "Jordan"},
	"KW": {"Кувейт", "Кувейта", masc, "Кувейт", "Kuwait"},
	"QA": {"Катар", "Катара", masc, "Катар", "Qatar"},
	"VN": {"Вьетнам", "Вьетнама", masc, "Вьетнам", "Vietnam"},
	"TH": {"Таиланд", "Таиланда", masc, "Тайланд", "Thailand"},
	"BR": {"Бразилия", "Бразилии", fem, "Бразилия", "Brazil"},
	"AR": {"Аргентина", "Аргентины", fem, "Аргентина", "Argentina"},
	"AU": {"Австралия", "Австралии", fem, "Аустралия", "Australia"},
	"NZ": {"Новая Зеландия", "Новой Зеландии", fem, "Жаңа Зеландия", "New Zealand"},
	"UY": {"Уругвай", "Уругвая", masc, "Уругвай", "Uruguay"},
	"PY": {"Парагвай", "Парагвая", masc, "Парагвай", "Paraguay"},
}

type commodityName struct{ ruNom, ruAcc, ruGen, kk, en string }

// commodities names extract's commodity codes.
var commodities = map[string]commodityName{
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
	"sunflower seeds":       {"подсолнечник", "подсолнечник", "подсолнечника", "күнбағыс", "sunflower seeds"},
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

type triple struct{ ru, kk, en string }

func (t triple) in(lang string) string {
	switch lang {
	case LangKK:
		return t.kk
	case LangEN:
		return t.en
	}
	return t.ru
}

// causes names the diseases behind bans.
var causes = map[string]triple{
	"fmd":                 {"ящур", "аусыл", "foot-and-mouth disease"},
	"avian_influenza":     {"птичий грипп", "құс тұмауы", "avian influenza"},
	"sheep_pox":           {"оспа овец", "қой шешегі", "sheep pox"},
	"african_swine_fever": {"АЧС", "африкалық шошқа обасы", "African swine fever"},
	"lumpy_skin_disease":  {"нодулярный дерматит", "нодулярлы дерматит", "lumpy skin disease"},
	"ppr":                 {"чума МРС", "ұсақ малдың обасы", "PPR"},
	"brucellosis":         {"бруцеллёз", "бруцеллез", "brucellosis"},
	"anthrax":             {"сибирская язва", "топалаң", "anthrax"},
	"bse":                 {"губчатая энцефалопатия", "сиырдың құтыруы", "BSE"},
}

// places names border crossings and stations.
var places = map[string]triple{
	"Dostyk":       {"Достык", "Достық", "Dostyk"},
	"Khorgos":      {"Хоргос", "Қорғас", "Khorgos"},
	"Alashankou":   {"Алашанькоу", "Алашанькоу", "Alashankou"},
	"Altynkol":     {"Алтынколь", "Алтынкөл", "Altynkol"},
	"Zhetygen":     {"Жетыген", "Жетіген", "Zhetygen"},
	"Bakhty":       {"Бахты", "Бақты", "Bakhty"},
	"Maikapchagai": {"Майкапчагай", "Майқапшағай", "Maikapchagai"},
	"Nur Zholy":    {"Нур Жолы", "Нұр Жолы", "Nur Zholy"},
	"Kalzhat":      {"Кольжат", "Қолжат", "Kalzhat"},
	"Horgos":       {"Хоргос", "Қорғас", "Khorgos"},
}

// labels are the fixed words of a message.
var labels = map[string]triple{
	"untitled":    {"(без заголовка)", "(тақырыпсыз)", "(untitled)"},
	"dateUnknown": {"дата неизвестна", "күні белгісіз", "date unknown"},
	"part":        {"часть", "бөлім", "part"},
	"forecast":    {"прогноз", "болжам", "forecast"},
	"watch":       {"🔎 Слова, которые вы отслеживаете", "🔎 Сіз бақылайтын сөздер", "🔎 Words you watch"},
}

func label(key, lang string) string { return labels[key].in(lang) }

func countryIn(code, lang string) string {
	c, ok := countries[strings.ToUpper(code)]
	if !ok {
		return code
	}
	switch lang {
	case LangKK:
		return c.kk
	case LangEN:
		return c.en
	}
	return c.ruNom
}

func placeIn(p, lang string) string {
	if t, ok := places[p]; ok {
		return t.in(lang)
	}
	return p
}

// routeIn translates each end of a route ("Altynkol – Khorgos").
func routeIn(route, lang string) string {
	for _, sep := range []string{" – ", " — ", " - ", "–", "—"} {
		if a, b, ok := strings.Cut(route, sep); ok {
			return placeIn(strings.TrimSpace(a), lang) + " – " + placeIn(strings.TrimSpace(b), lang)
		}
	}
	return placeIn(route, lang)
}

// Numbers as each language writes them: Russian and Kazakh group thousands with a no-break space and
// mark decimals with a comma, English groups with a comma and marks decimals with a point.
const nbsp = "\u00a0"

// decimal writes v with at most prec decimals, trailing zeros cut.
func decimal(v float64, prec int, lang string) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "?"
	}
	s := strconv.FormatFloat(v, 'f', prec, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	whole, frac, _ := strings.Cut(s, ".")
	neg := strings.HasPrefix(whole, "-")
	whole = strings.TrimPrefix(whole, "-")
	group, point := nbsp, ","
	if lang == LangEN {
		group, point = ",", "."
	}
	var b strings.Builder
	if neg {
		b.WriteString("−")
	}
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteString(group)
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString(point + frac)
	}
	return b.String()
}

// tonnesIn writes a mass the way the trade press of the language does: "2,23 млн т", "2.23 million t".
func tonnesIn(t float64, lang string) string {
	scale := []struct {
		at         float64
		ru, kk, en string
	}{
		{1e9, "млрд т", "млрд т", "billion t"},
		{1e6, "млн т", "млн т", "million t"},
		{1e3, "тыс. т", "мың т", "thousand t"},
	}
	for _, s := range scale {
		if t >= s.at {
			unit := triple{s.ru, s.kk, s.en}.in(lang)
			return decimal(t/s.at, 2, lang) + nbsp + unit
		}
	}
	return decimal(t, 2, lang) + nbsp + triple{"т", "т", "t"}.in(lang)
}

// plural picks the Russian form for n: one (1, 21), few (2–4, 22–24) or many; fractions take few.
func plural(n float64, one, few, many string) string {
	if n != math.Trunc(n) {
		return few
	}
	i := int64(math.Abs(n))
	switch {
	case i%10 == 1 && i%100 != 11:
		return one
	case i%10 >= 2 && i%10 <= 4 && (i%100 < 12 || i%100 > 14):
		return few
	}
	return many
}

// enPlural picks the English form for n.
func enPlural(n float64, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// ruVerb agrees a past-tense Russian verb with its subject: base is the masculine form, fem and pl the
// others.
func ruVerb(g gender, m, f, pl string) string {
	switch g {
	case fem:
		return f
	case pluralG:
		return pl
	}
	return m
}
