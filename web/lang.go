package web

import (
	"math"
	"strconv"
	"strings"
	"time"

	"agrowatch/names"
)

// Langs are the languages the pages speak, the first being the one a browser gets when it asks for
// none of them: the journalists who read the archive mostly read Russian.
var langs = [...]string{"ru", "en", "kk"}

// lang is one language's words, dates and numbers.
type lang struct {
	code string
}

// pickLang chooses the page's language: ?lang= first, then the browser's Accept-Language, then ru.
func pickLang(query, accept string) lang {
	if isLang(query) {
		return lang{query}
	}
	for _, part := range strings.Split(accept, ",") {
		tag, _, _ := strings.Cut(strings.TrimSpace(part), ";")
		base, _, _ := strings.Cut(strings.ToLower(tag), "-")
		if isLang(base) {
			return lang{base}
		}
	}
	return lang{langs[0]}
}

// Code is the language's code, for lang attributes.
func (l lang) Code() string { return l.code }

func isLang(s string) bool {
	for _, l := range langs {
		if s == l {
			return true
		}
	}
	return false
}

// T is the label for key; the English one, then the key itself, when the language lacks it.
func (l lang) T(key string) string {
	if w, ok := labels[key]; ok {
		if s := w[l.index()]; s != "" {
			return s
		}
		if w[1] != "" {
			return w[1]
		}
	}
	return key
}

func (l lang) index() int {
	for i, c := range langs {
		if c == l.code {
			return i
		}
	}
	return 0
}

// Month names: ru in the genitive that follows a day ("1 декабря"), and standalone for a chart's axis.
var (
	monthsRuGen = [12]string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"}
	monthsRu    = [12]string{"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"}
	monthsKk    = [12]string{"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"}
	monthsEn    = [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// Date writes a day as the language does: "1 декабря 2026 г.", "1 December 2026", "2026 жылғы 1 желтоқсан".
func (l lang) Date(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	d, m, y := t.Day(), t.Month()-1, t.Year()
	switch l.code {
	case "ru":
		return strconv.Itoa(d) + " " + monthsRuGen[m] + " " + strconv.Itoa(y) + " г."
	case "kk":
		return strconv.Itoa(y) + " жылғы " + strconv.Itoa(d) + " " + monthsKk[m]
	}
	return strconv.Itoa(d) + " " + monthsEn[m] + " " + strconv.Itoa(y)
}

// DateTime is Date with the time of day, in the zone the times are given in.
func (l lang) DateTime(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return l.Date(t) + ", " + t.Format("15:04")
}

// Month names a month: "декабрь 2026", "December 2026", "2026 ж. желтоқсан".
func (l lang) Month(t time.Time) string {
	m, y := t.Month()-1, strconv.Itoa(t.Year())
	switch l.code {
	case "ru":
		return monthsRu[m] + " " + y
	case "kk":
		return y + " ж. " + monthsKk[m]
	}
	return monthsEn[m] + " " + y
}

// MonthShort is a chart axis's label: the first three letters of the month.
func (l lang) MonthShort(t time.Time) string {
	var name string
	switch l.code {
	case "ru":
		name = monthsRu[t.Month()-1]
	case "kk":
		name = monthsKk[t.Month()-1]
	default:
		name = monthsEn[t.Month()-1]
	}
	return string([]rune(name)[:3])
}

// Number writes a figure with the language's grouping and decimal mark, one decimal at most: 12,345.5
// in English; 12 345,5 in Russian and Kazakh, grouped by a no-break space so that it never wraps.
func (l lang) Number(v float64) string {
	group, point := ",", "."
	if l.code != "en" {
		group, point = "\u00a0", ","
	}
	neg := v < 0
	v = math.Abs(v)
	whole := math.Floor(v)
	tenth := int(math.Round((v - whole) * 10))
	if tenth == 10 {
		whole, tenth = whole+1, 0
	}
	digits := strconv.FormatFloat(whole, 'f', 0, 64)
	var b strings.Builder
	if neg {
		b.WriteString("−")
	}
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteString(group)
		}
		b.WriteRune(c)
	}
	if tenth != 0 {
		b.WriteString(point + strconv.Itoa(tenth))
	}
	return b.String()
}

// Int is Number for counts.
func (l lang) Int(n int) string { return l.Number(float64(n)) }

// Country is a code's name; the code itself when it has none.
func (l lang) Country(code string) string { return names.Country(code, l.code) }

func (l lang) countryGen(code string) string { return names.CountryGen(code, l.code) }

// Commodity is a commodity's name; the code itself when it has none.
func (l lang) Commodity(code string) string { return names.Commodity(code, l.code) }

func (l lang) commodityGen(code string) string { return names.CommodityIn(code, l.code, names.Gen) }

// Cause is a disease's name.
func (l lang) Cause(code string) string { return names.Cause(code, l.code) }

// Place is a border crossing's name, Route both ends of a route.
func (l lang) Place(p string) string { return names.Place(p, l.code) }

func (l lang) Route(r string) string { return names.Route(r, l.code) }

// labels holds every word of the pages in ru, en and kk, in that order (the order of langs).
var labels = map[string][3]string{
	"title":              {"agrowatch: архив", "agrowatch: the archive", "agrowatch: мұрағат"},
	"nav.facts":          {"Факты", "Facts", "Деректер"},
	"nav.stories":        {"Запреты", "Bans", "Тыйымдар"},
	"nav.tonnes":         {"Тонны", "Tonnes", "Тонна"},
	"nav.sources":        {"Источники", "Sources", "Дереккөздер"},
	"any":                {"все", "any", "барлығы"},
	"kind":               {"Вид", "Kind", "Түрі"},
	"status":             {"Статус", "Status", "Мәртебесі"},
	"commodity":          {"Товар", "Commodity", "Тауар"},
	"country":            {"Страна (любая роль)", "Country (any role)", "Ел (кез келген рөл)"},
	"by":                 {"Кто (вводит, инспектирует)", "By (bans, inspects)", "Кім (тыйым салады, тексереді)"},
	"on":                 {"Чья продукция", "On (whose goods)", "Кімнің өнімі"},
	"from":               {"Экспортёр", "Exporter", "Экспорттаушы"},
	"to":                 {"Назначение", "Destination", "Баратын ел"},
	"source":             {"Источник", "Source", "Дереккөз"},
	"since":              {"С даты", "From date", "Басталу күні"},
	"until":              {"По дату", "To date", "Аяқталу күні"},
	"words":              {"Слова", "Words", "Сөздер"},
	"perpage":            {"На странице", "Per page", "Беттегі саны"},
	"search":             {"Искать", "Search", "Іздеу"},
	"reset":              {"Сбросить", "Reset", "Тазалау"},
	"date":               {"Дата", "Date", "Күні"},
	"fact":               {"Факт", "Fact", "Дерек"},
	"sentence":           {"Цитата", "Quote", "Дәйексөз"},
	"article":            {"Статья", "Article", "Мақала"},
	"also":               {"Также сообщили", "Also reported by", "Сондай-ақ хабарлады"},
	"story":              {"история запрета", "the ban's story", "тыйым тарихы"},
	"newer":              {"← Новее", "← Newer", "← Жаңарақ"},
	"older":              {"Старее →", "Older →", "Ескірек →"},
	"page":               {"Страница", "Page", "Бет"},
	"download":           {"Скачать", "Download", "Жүктеу"},
	"feed":               {"Лента Atom", "Atom feed", "Atom арнасы"},
	"none":               {"Ничего не найдено.", "Nothing matches.", "Ештеңе табылмады."},
	"stopped":            {"Поиск остановлен на дате", "The search stopped at", "Іздеу мына күнде тоқтады:"},
	"stopped.hint":       {"Сузьте запрос или выберите даты, чтобы искать дальше.", "Narrow the query or pick dates to read further.", "Әрі қарай іздеу үшін сұрауды тарылтыңыз немесе күндерді таңдаңыз."},
	"continue":           {"Искать дальше", "Read further back", "Әрі қарай іздеу"},
	"clamped":            {"Период ограничен двумя годами:", "The range is limited to two years:", "Кезең екі жылмен шектелген:"},
	"badquery":           {"Запрос не понят:", "The query was not understood:", "Сұрау түсінілмеді:"},
	"forecast":           {"прогноз", "forecast", "болжам"},
	"kind.meat_ban":      {"запрет", "ban", "тыйым"},
	"kind.inspection":    {"инспекция", "inspection", "инспекция"},
	"kind.export_volume": {"объём экспорта", "export volume", "экспорт көлемі"},
	"kind.border_delay":  {"задержка на границе", "border delay", "шекарадағы кідіріс"},
	"status.imposed":     {"введён", "imposed", "енгізілді"},
	"status.lifted":      {"снят", "lifted", "алынды"},
	"status.pending":     {"ожидается снятие", "lifting pending", "алынуы күтілуде"},
	"status.planned":     {"запланирована", "planned", "жоспарланды"},
	"status.done":        {"проведена", "done", "өткізілді"},
	"status.ended":       {"завершена", "ended", "аяқталды"},
	"stories.title":      {"Запреты: история по товару и паре стран", "Bans: the story of each commodity and pair of countries", "Тыйымдар: тауар мен елдер жұбы бойынша тарих"},
	"stories.latest":     {"Последний статус", "Latest status", "Соңғы мәртебе"},
	"stories.first":      {"Впервые", "First reported", "Алғаш"},
	"stories.last":       {"Последнее сообщение", "Last reported", "Соңғы хабар"},
	"stories.reports":    {"Сообщений", "Reports", "Хабарлар"},
	"story.title":        {"История запрета", "A ban's story", "Тыйым тарихы"},
	"story.turns":        {"Смены статуса", "Changes of status", "Мәртебенің өзгеруі"},
	"story.reports":      {"Все сообщения", "Every report", "Барлық хабарлар"},
	"story.firstby":      {"первым сообщил", "first reported by", "алғаш хабарлаған"},
	"story.more":         {"ещё сообщений:", "more reports:", "тағы хабарлар:"},
	"story.missing":      {"Укажите товар и страны: выберите запрет в списке.", "Name the commodity and the countries: pick a ban from the list.", "Тауар мен елдерді көрсетіңіз: тізімнен тыйымды таңдаңыз."},
	"tonnes.title":       {"Экспорт в тоннах", "Exports in tonnes", "Экспорт, тонна"},
	"tonnes.per":         {"Группировать", "Group by", "Топтау"},
	"tonnes.month":       {"по месяцам", "month", "ай бойынша"},
	"tonnes.year":        {"по годам", "year", "жыл бойынша"},
	"tonnes.shipped":     {"Отгружено, т", "Shipped, t", "Жөнелтілді, т"},
	"tonnes.forecast":    {"Прогноз, т", "Forecast, t", "Болжам, т"},
	"tonnes.figures":     {"Цифр", "Figures", "Сандар"},
	"tonnes.period":      {"Период", "Period", "Кезең"},
	"tonnes.total":       {"Итого", "Total", "Барлығы"},
	"tonnes.how":         {"Сумма объёмов, названных в статьях за период (по дате публикации; по годам — по году, который назван в тексте). Каждый факт учтён один раз; изменения объёмов («рост на …») — не отгрузки и не учтены; прогнозы показаны отдельно.", "The sum of the volumes the period's articles state (by publication date; by year, the year the text names). Each fact counts once; changes of a volume (\"up by …\") are not shipments and are left out; forecasts are shown apart.", "Кезеңдегі мақалаларда аталған көлемдердің қосындысы (жариялану күні бойынша; жыл бойынша — мәтінде аталған жыл). Әр дерек бір рет есептеледі; көлемнің өзгеруі жөнелту емес, есептелмейді; болжамдар бөлек көрсетілген."},
	"tonnes.chart":       {"Тонны по периодам: сплошные столбцы — отгрузки, штриховые — прогнозы", "Tonnes per period: solid bars are shipments, dashed ones forecasts", "Кезең бойынша тонна: тұтас бағандар — жөнелту, штрихтылар — болжам"},
	"tonnes.facts":       {"цифры", "figures", "сандар"},
	"sources.title":      {"Состояние источников", "Sources' health", "Дереккөздердің жағдайы"},
	"sources.kind":       {"Тип", "Kind", "Түрі"},
	"sources.state":      {"Состояние", "State", "Жағдайы"},
	"sources.attempt":    {"Последний опрос", "Last attempt", "Соңғы сұрау"},
	"sources.success":    {"Последний успех", "Last success", "Соңғы сәтті"},
	"sources.failures":   {"Сбоев подряд", "Failures", "Қатарынан қате"},
	"sources.items":      {"Элементов", "Items", "Элементтер"},
	"sources.articles":   {"Статей", "Articles", "Мақалалар"},
	"sources.empty":      {"Пустой текст/дата", "Empty body/date", "Бос мәтін/күн"},
	"sources.error":      {"Последняя ошибка", "Last error", "Соңғы қате"},
	"state.ok":           {"в порядке", "ok", "жақсы"},
	"state.failing":      {"сбои", "failing", "қателер"},
	"state.never":        {"ещё не опрашивался", "never polled", "әлі сұралмаған"},
	"state.disabled":     {"отключён", "disabled", "өшірулі"},
	"state.gone":         {"нет в конфигурации", "not in config", "конфигурацияда жоқ"},
	"footer":             {"Только чтение: страница ничего не меняет в архиве.", "Read-only: nothing on this page changes the archive.", "Тек оқу: бұл бет мұрағатта ештеңені өзгертпейді."},
	"wagons":             {"вагонов", "wagons", "вагон"},
	"trucks":             {"грузовиков", "trucks", "жүк көлігі"},
	"days":               {"сут.", "days", "тәулік"},
	"t":                  {"т", "t", "т"},
	"increase":           {"рост на", "up by", "өсім"},
	"decrease":           {"снижение на", "down by", "төмендеу"},
	"difference":         {"разница", "difference of", "айырма"},
	"exports":            {"экспорт", "exports", "экспорт"},
	"delay":              {"Задержка на границе", "Border delay", "Шекарадағы кідіріс"},
	"delay.ended":        {"Задержка на границе закончилась", "Border delay over", "Шекарадағы кідіріс аяқталды"},
	"ban.imposed":        {"введён запрет на ввоз", "bans imports of", "әкелуге тыйым салды:"},
	"ban.lifted":         {"снят запрет на ввоз", "lifts its ban on", "тыйымды алды:"},
	"ban.pending":        {"ожидается снятие запрета на ввоз", "may lift its ban on", "тыйымды алуы күтілуде:"},
	"ban.any":            {"запрет на ввоз", "a ban on", "тыйым:"},
	"ban.goods":          {"продукции", "imports", "өнім"},
	"inspection":         {"инспекция", "inspection of", "инспекция:"},
	"repeat":             {"повтор уже известного факта", "repeats a fact reported before", "бұрын хабарланған деректің қайталануы"},
}
