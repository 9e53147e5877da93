package extract

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// period is a time phrase of a sentence, as written ("за январь-октябрь", "в 2023 году", "in 2023",
// "2023 жылы"), with its year when it names exactly one.
type period struct {
	pos, end int // in the whole text
	text     string
	year     int
	own      bool // a possessive or genitive year ("2022’s", "2022 года", "2022 жылғы", "2022年的"): it dates the figure beside it only
	cmp      bool // the period compared with ("较2024年同期", "the same period of 2024", "по сравнению с 2024 годом"): no change figure's own
	rate     bool // a rate ("в год", "annually", 每年): the figure's period only when nothing dates it
}

// Month names in the forms that follow "за", "в", "in", and Kazakh month names.
const (
	ruMonth = `(?:январ|феврал|март|апрел|ма[йея]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*`
	enMonth = `(?:january|february|march|april|may|june|july|august|september|october|november|december)`
	kkMonth = `(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйе[кг]|қазан|қараша|желтоқсан|qańtar|aqpan|naýryz|sáýir|mamyr|maýsym|shilde|tamyz|qyrkúıe[kg]|qazan|qarasha|jeltoqsan)[а-яәғқңөұүһіa-zıáóúýǵńq]*`
	year4   = `(?:19|20)\d\d`
	myYear  = year4 + `(?:\s*[/–-]\s*(?:` + year4 + `|\d\d))?`
)

// enOfYear is the year or season an English part of a year belongs to: "of 2026", "of the year", "of
// the 2025/26 season", "of the marketing year".
const enOfYear = `(?:\s+of\s+(?:the\s+|this\s+|last\s+|the\s+current\s+)?(?:` + myYear + `(?:\s+(?:marketing\s+year|crop\s+year|season|my))?|(?:(?:marketing|crop)\s+)?(?:year|season)))`

// ruYearOf is the year after a Russian part of a year: "2025 года", "2025 г.", and the short "2025-го".
const ruYearOf = `(?:\s+` + year4 + `(?:\s*(?:года|г\.|г\b)|-го))`

// kkMonthLoc is a Kazakh month in the locative ("қарашада", "qarashada"), also after the possessive of
// the year's genitive ("2026 жылдың қазанында", "қыркүйегінде": к softens to г before a vowel, as in
// kkMonth), маусым left out: it is also "season" ("jańa maýsymda").
const kkMonthLoc = `(?:қаңтар|ақпан|наурыз|сәуір|мамыр|шілде|тамыз|қыркүйе[кг]|қазан|қараша|желтоқсан|qańtar|aqpan|naýryz|sáýir|mamyr|shilde|tamyz|qyrkúıe[kg]|qazan|qarasha|jeltoqsan)(?:да|де|та|те|da|de|ta|te|ында|інде|ynda|inde)`

// ruCount and kkCount are the small counts of months in words or digits: «четыре», «трёх», "bes", "үш".
const (
	ruCount = `(?:\d{1,2}|дв[ае]|двух|тр[иеё]х?|четыр[её]х|четыре|пять|пяти|шесть|шести|семь|семи|восемь|восьми|девять|девяти|десять|десяти|одиннадцать|одиннадцати)`
	kkCount = `(?:\d{1,2}|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|eki|úsh|tórt|bes|alty|jeti|segiz|toǵyz|on)`
)

// periodPattern is a regular expression for one family of time phrases, with the literals one of
// which a sentence must contain for the expression to be worth running: most sentences have none, and
// a substring test is far cheaper than the backtracking matcher. needYear asks for a four-digit year.
type periodPattern struct {
	re       string
	needYear bool
	any      []string
	own      bool // the phrase is a possessive year that belongs to the figure beside it
}

// periodPatterns are matched against the lowercased sentence; group 1 is the phrase. Order matters:
// the first pattern to claim a stretch of text wins.
var periodPatterns = []periodPattern{
	// A part of a marketing year or season counted in months, before the season alone claims its years:
	// «за первые четыре месяца 2025/26 маркетингового года», "2025/26 marketıngtik jylynyń alǵashqy bes
	// aıynda", «маусымның алғашқы үш айында». The phrase is the whole stretch, with no year.
	{`(?:^|[^\p{L}\d])((?:за|по\s+итогам)\s+(?:первые\s+)?` + ruCount + `\s+месяц[а-я]*\s+` + year4 + `\s*[/–-]\s*(?:` + year4 + `|\d\d)\s+(?:маркетингового\s+года|сельскохозяйственного\s+года|сезона|мг))`, true, []string{"месяц"}, false},
	{`(?:^|[^\p{L}\d])((?:` + myYear + `\s+)?(?:маркетингтік\s+(?:жылының|жылдың)|маусымның|market[ıi]ngtik\s+(?:jylynyń|jyldyń)|maýsymnyń)\s+(?:алғашқы|соңғы|alǵashqy|sońǵy)\s+` + kkCount + `\s+(?:айында|айда|aıynda|aıda))`, false, []string{"жылының", "маусымның", "jylynyń", "maýsymnyń", "маркетингтік жылдың", "marketıngtik jyldyń"}, false},
	// Marketing years first, so that "2019/20" is not read as the year 2019.
	{`(?:^|[^\p{L}\d])((?:в|во|за|на|по\s+итогам|in|during|for|over)\s+(?:the\s+)?(?:full\s+|whole\s+)?` + year4 + `\s*[/–-]\s*(?:` + year4 + `|\d\d)\s*(?:маркетингов[а-я]*\s+год[а-я]*|мг|marketing\s+year|season|сезон[а-я]*|my))`, true, []string{"маркетинг", "мг", "marketing", "season", "сезон", "my"}, false},
	// The marketing and calendar years of the USDA's reports: "MY 2025/26", "In CY 2025", "CY 2026 beef exports".
	{`(?:^|[^\p{L}\d])((?:my|мг)\s+` + year4 + `\s*[/–-]\s*(?:` + year4 + `|\d\d)|(?:(?:in|during|for)\s+)?cy\s+` + year4 + `)`, true, []string{"my", "мг", "cy 20"}, false},
	// The season named before its years: "по итогам сезона 2025/26", "за маркетинговый год 2025/26".
	{`(?:^|[^\p{L}\d])((?:по\s+итогам|за|в|во)\s+(?:маркетингов[а-я]*\s+)?(?:сезон[а-я]*|год[а-я]*)\s+` + year4 + `\s*[/–-]\s*(?:` + year4 + `|\d\d)|(?:in|during|over|for)\s+(?:the\s+)?(?:(?:marketing|crop)\s+year|season)\s+` + year4 + `\s*[/–-]\s*(?:` + year4 + `|\d\d))`, true, []string{"сезон", "маркетингов", "season", "marketing year", "crop year"}, false},
	{`(?:^|[^\p{L}\d])((?:сезон|маусым|маркетингтік\s+жыл|sezon|maýsym|market[ıi]ngtik\s+jyl)[а-яәғқңөұүһіa-zıáóúýǵńq]*\s+` + year4 + `\s*[/–-]\s*(?:` + year4 + `|\d\d)(?:\s+(?:қорытындысы\s+бойынша|qorytyndysy\s+boıynsha))?)`, true, []string{"сезон", "маусым", "маркетингтік", "sezon", "maýsym", "marketıngtik", "marketingtik"}, false},
	{`(?:^|[^\p{L}\d])(` + year4 + `\s*[/–-]\s*(?:` + year4 + `|\d\d)\s+(?:маркетингтік\s+жыл|market[ıi]ngtik\s+jyl|маусым|maýsym|сезон|sezon)[а-яәғқңөұүһіa-zıáóúýǵńq]*)`, true, []string{"маркетингтік", "marketıngtik", "marketingtik", "маусым", "maýsym", "сезон", "sezon"}, false},
	// Month ranges, with or without a year.
	{`(?:^|[^\p{L}\d])((?:по\s+итогам|за|в|во|с|(?:в|за)\s+период(?:\s+с)?)\s+` + ruMonth + `(?:(?:\s*[–—-]\s*|\s+по\s+)` + ruMonth + `)?` + ruYearOf + `?)`, false, []string{"январ", "феврал", "март", "апрел", "мая", "май", "мае", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"}, false},
	// A month a plan is set for: «отгрузка запланирована на декабрь», «намечена на март 2027 года».
	{`(?:^|[^\p{L}\d])(на\s+(?:январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)(?:\s+` + year4 + `\s+года)?)(?:[^а-я]|$)`, false, []string{"планир", "намечен", "перенес"}, false},
	{`(?:^|[^\p{L}\d])((?:in|during|for|from|over|between|since)\s+(?:the\s+)?(?:period\s+(?:of\s+|from\s+)?)?` + enMonth + `(?:(?:\s*[–—-]\s*|\s+(?:and|to|through)\s+)` + enMonth + `)?(?:,?\s+` + year4 + `)?)`, false, []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}, false},
	{`(?:^|[^\p{L}\d])((?:` + year4 + `\s+(?:жылдың|жылғы|jyldyń|jylǵy|jylgy)\s+)?` + kkMonth + `(?:\s*[–—-]\s*` + kkMonth + `)?\s+(?:айлар|aılar)[а-яa-zıáóúýǵńq]*)`, false, []string{"айлар", "aılar"}, false},
	// A Kazakh month range with its year after it, before «аралығында»: "қаңтар-қыркүйек 2026
	// аралығында", "qańtar-qazan 2026 aralyǵynda", as "январь-сентябрь 2026 года" and "January-September 2026".
	{`(?:^|[^\p{L}\d])(` + kkMonth + `\s*[–—-]\s*` + kkMonth + `\s+` + year4 + `)\s+(?:аралығ|aralyǵ)`, true, []string{"аралығ", "aralyǵ"}, false},
	// Days of one month before «аралығында»: "10–16 қараша аралығында", as «с 10 по 16 ноября».
	{`(?:^|[^\p{L}\d])(\d{1,2}\s*[–—-]\s*\d{1,2}\s+` + kkMonth + `)\s+(?:аралығ|aralyǵ)`, false, []string{"аралығ", "aralyǵ"}, false},
	// Kazakh month ranges without «айлар» ("2026 жылғы қаңтар-тамызда"), Kazakh months counted
	// ("тоғыз айында"), the same period of a year, and Chinese marketing years ("2025/26销售年度") with the
	// months of them counted ("2025/26年度前四个月", as «за первые четыре месяца сезона 2025/26»).
	// A month alone in the locative is one too ("қарашада", "Qarashada"), but not маусым, which is also
	// a season ("jańa maýsymda").
	{`(?:^|[^\p{L}\d])((?:` + year4 + `\s+(?:жылдың|жылғы|jyldyń|jylǵy|jylgy)\s+)?(?:` + kkMonth + `\s*[–—-]\s*` + kkMonth + `|` + kkMonthLoc + `))(?:$|[^а-яәғқңөұүһіa-zıáóúýǵńq])`, false, []string{"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қыркүйег", "қазан", "қараша", "желтоқсан", "qańtar", "aqpan", "naýryz", "sáýir", "mamyr", "maýsym", "shilde", "tamyz", "qyrkúıek", "qyrkúıeg", "qazan", "qarasha", "jeltoqsan"}, false},
	{`(?:^|[^\p{L}\d])((?:` + year4 + `\s+(?:жылдың|jyldyń)\s+)?(?:(?:алғашқы|соңғы|alǵashqy|sońǵy)\s+)?(?:екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|он бір|eki|úsh|tórt|bes|alty|jeti|segiz|toǵyz|on|on bir|\d{1,2}|` + kkMonth + `)\s+(?:айында|айда|aıynda|aıda))`, false, []string{"айында", "айда", "aıynda", "aıda"}, false},
	// The same period of a year named, as the Kazakh locative says it: "2025 жылдың сәйкес кезеңінде", where
	// the ablative «кезеңінен» compares.
	{`(?:^|[^\p{L}\d])((?:in\s+)?the\s+same\s+period\s+(?:of|in)\s+` + year4 + `|` + year4 + `\s+(?:жылдың|jyldyń)\s+(?:сәйкес|осы|sáıkes|osy)\s+(?:кезеңінде|kezeńinde))`, true, []string{"same period", "кезеңінде", "kezeńinde"}, false},
	{`(` + year4 + `\s*/\s*\d{2}\s*(?:销售|市场|作物|农业)?年度(?:以来|前(?:\d{1,2}|[一二三四五六七八九十两]{1,2})个月|[上下]半年|前[一二三四1-4]季度)?)`, true, []string{"年度"}, false},
	{`(?:^|[^\p{L}\d])(` + enMonth + `\s*[–—-]\s*` + enMonth + `,?\s+` + year4 + `)`, true, []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}, false},
	{`(?:^|[^\p{L}\d])((?:(?:in|during|over|for)\s+(?:the\s+)?(?:(?:first|past|last)\s+)?|(?:in\s+)?(?:the\s+)?first\s+)(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+months` + enOfYear + `?)`, false, []string{"months"}, false},
	// Months counted: "за 9 месяцев 2023 года", "по итогам 7 месяцев 2022 года", "in the first half of 2023".
	// The months may be of a season or year named in the genitive: «за первые четыре месяца сезона».
	{`(?:^|[^\p{L}\d])((?:за|по итогам)\s+(?:\d+|первые\s+\S+|первое\s+\S+|дв[ае]|двух|тр[иеё]х?|четыр[её]х|четыре|пять|пяти|шесть|шести|семь|семи|восемь|восьми|девять|девяти|десять|десяти|одиннадцать|одиннадцати)\s+месяц[а-я]*(?:` + ruYearOf + `|\s+(?:текущего\s+|этого\s+|нового\s+|прошлого\s+)?(?:маркетингового\s+|сельскохозяйственного\s+)?(?:сезона|года))?)`, false, []string{"месяц"}, false},
	// Quarters and halves counted or named in the genitive: «по итогам трёх кварталов», «за первые два
	// квартала 2026 года», «по итогам первого полугодия», "in the first three quarters of 2026",
	// "алғашқы үш тоқсанда", "úsh toqsanda".
	{`(?:^|[^\p{L}\d])((?:за|по\s+итогам)\s+(?:первые\s+)?(?:два|двух|три|тр[её]х)\s+квартал[а-я]*` + ruYearOf + `?|по\s+итогам\s+(?:(?:первого|второго|i|ii|і|іі)\s+)?(?:полугодия|квартала)` + ruYearOf + `?|(?:in|during|over|for)\s+the\s+(?:first\s+)?(?:two|three)\s+quarters` + enOfYear + `?|(?:` + year4 + `\s+(?:жылдың|jyldyń)\s+)?(?:(?:алғашқы|alǵashqy)\s+)?(?:екі|үш|eki|úsh)\s+(?:тоқсанда|тоқсанында|toqsanda|toqsanynda))(?:[^\p{L}\d]|$)`, false, []string{"квартал", "полугоди", "quarters", "тоқсан", "toqsan"}, false},
	{`(?:^|[^\p{L}\d])((?:` + year4 + `\s+(?:жылдың|жылғы|jyldyń|jylǵy|jylgy)\s+)?(?:алғашқы|бірінші|alǵashqy|birinshi)\s+(?:\S+\s+)?(?:айында|айы|жартыжылдығында|жартыжылдықта|жартысында|тоқсанында|тоқсанда|жылында|aıynda|jartyjyldyǵynda|jartyjyldyqta|jartysynda|toqsanynda|toqsanda|jylynda))`, false, []string{"алғашқы", "бірінші", "alǵashqy", "birinshi"}, false},
	{`(?:^|[^\p{L}\d])((?:в|за)\s+(?:первом|втором|третьем|четвертом|i|ii|iii|iv|і|іі|ііі|іv|первое|второе)\s+(?:полугоди|квартал)[а-я]*` + ruYearOf + `?)`, false, []string{"полугоди", "квартал"}, false},
	// The article dropped in the English of Central Asian outlets: "in first half of the year".
	{`(?:^|[^\p{L}\d])((?:in|during)\s+(?:the\s+)?first\s+(?:half|quarter|\w+\s+months)` + enOfYear + `?)`, false, []string{"first"}, false},
	// Quarters by number: "in Q1 2026", "during Q3".
	{`(?:^|[^\p{L}\d])((?:in|during|for)\s+(?:the\s+)?(?:q[1-4]|h[12])(?:\s+` + year4 + `)?)(?:[^\p{L}\d]|$)`, false, []string{"q1", "q2", "q3", "q4", "h1", "h2"}, false},
	// Later quarters and halves: "in the third quarter of 2026", "2026 жылдың үшінші тоқсанында".
	{`(?:^|[^\p{L}\d])((?:in|during)\s+the\s+(?:second|third|fourth|last)\s+(?:half|quarter)` + enOfYear + `?)`, false, []string{"quarter", "second half", "last half"}, false},
	{`(?:^|[^\p{L}\d])((?:` + year4 + `\s+(?:жылдың|жылғы|jyldyń|jylǵy|jylgy)\s+)?(?:екінші|үшінші|төртінші|ekinshi|úshinshi|tórtinshi)\s+(?:тоқсанында|тоқсанда|жартыжылдығында|жартыжылдықта|жартысында|toqsanynda|toqsanda|jartyjyldyǵynda|jartyjyldyqta|jartysynda))`, false, []string{"тоқсан", "жарты", "toqsan", "jarty"}, false},
	// A quarter by its Roman numeral or digit: "I тоқсанда", "2026 жылдың III тоқсанында", "2-toqsanda";
	// the numeral may be typed with the Kazakh letter І.
	{`(?:^|[^\p{L}\d])((?:` + year4 + `\s+(?:жылдың|жылғы|jyldyń|jylǵy|jylgy)\s+)?(?:i|ii|iii|iv|і|іі|ііі|іv|[1-4]\s*-\s*)\s*(?:тоқсан|toqsan)(?:ында|да|ynda|da))(?:[^\p{L}\d]|$)`, false, []string{"тоқсан", "toqsan"}, false},
	// The rest of a year named, before the year alone claims it: «до конца 2026 года».
	{`(?:^|[^\p{L}\d])((?:до\s+конца|к\s+концу)\s+` + myYear + `\s+(?:года|г\.))`, true, []string{"до конца", "к концу"}, false},
	// One year, or a span of years.
	{`(?:^|[^\p{L}\d])((?:в|во|за|по итогам|на|до|к)\s+` + myYear + `\s+(?:году|года|год|годах|годы|гг\.|г\.))`, true, []string{"год", "г."}, false},
	// The year in the short ordinal form: «до 4,6 тыс. тонн в 2025-м», «в 2026-м году».
	{`(?:^|[^\p{L}\d])((?:в|во|за|по итогам|на)\s+` + year4 + `-м(?:\s+году)?)(?:[^\p{L}\d]|$)`, true, []string{"-м"}, false},
	// «по итогам 2025 года» put into English: "In result of 2025 year", "by the results of 2025", and of its
	// months: "In result of January-March of 2026 year".
	{`(?:^|[^\p{L}\d])((?:in|by|on|following)\s+(?:the\s+)?results?\s+of\s+(?:the\s+)?(?:` + enMonth + `(?:\s*[–—-]\s*` + enMonth + `)?\s+of\s+)?` + myYear + `(?:\s+year)?)(?:[^\p{L}\d]|$)`, true, []string{"result"}, false},
	{`(?:^|[^\p{L}\d])((?:in|during|for|by)\s+` + myYear + `)(?:[^\d]|$)`, true, []string{"in ", "during ", "for ", "by "}, false},
	// The year a contract or a plan covers, in the dative: «2026 жылға 50 мың тоннаға келісімшарт» (for 2026).
	{`(?:^|[^\p{L}\d])(` + year4 + `\s+(?:жылға\s+қарай|жылға\s+дейін|jylǵa\s+qaraı|jylǵa\s+deıin|жылға|jylǵa))(?:[^\p{L}\d]|$)`, true, []string{"жылға", "jylǵa"}, false},
	{`(?:^|[^\p{L}\d])(` + year4 + `\s+(?:жылы|жылдың\s+қорытындысы\s+бойынша|жылдары|jyly))`, true, []string{"жыл", "jyly"}, false},
	// Possessive years: "2022’s 615,000 tons", "2022 жылғы 610 мың тонна", "2022年的75万吨", and the bare
	// Russian genitive "480 тыс. тонн 2022 года". Each dates the figure beside it, not the sentence.
	{`(?:^|[^\p{L}\d])(` + year4 + `['’]s)(?:[^\p{L}]|$)`, true, []string{"'s", "’s"}, true},
	{`(?:^|[^\p{L}\d])(` + year4 + `\s+(?:жылғы|jylǵy|jylgy))`, true, []string{"жылғы", "jylǵy", "jylgy"}, true},
	// A date a total runs to: "截至10月底", "截至2026年9月末", "截止到目前", as «с начала года».
	{`((?:截至|截止)(?:到)?(?:` + year4 + `年)?(?:\d{1,2}月(?:底|末|\d{1,2}日)?|目前|年底|本月))`, false, []string{"截至", "截止"}, false},
	{`(` + year4 + `年)的`, true, []string{"年的"}, true},
	// Hong Kong writes the first quarters and months with 首: "2025年首三季", "今年首十個月".
	{`(` + year4 + `年(?:\d{1,2}(?:月?\s*[-—至到]\s*\d{1,2})?月|[前第]?[一二三四1-4]季度|首[一二三四1-4]季度?|[上下]半年|[前首](?:\d{1,2}|[一二三四五六七八九十两]{1,2})个月)?)`, true, []string{"年"}, false},
	{`(` + year4 + `\s+(?:года|г\.))`, true, []string{"года", "г."}, true},
	{`(` + year4 + `\s+(?:году|год))`, true, []string{"год"}, false},
	// Relative periods.
	{`(?:^|[^\p{L}\d])(с\s+начала\s+(?:текущего\s+|этого\s+)?(?:` + myYear + `\s+)?(?:года|(?:маркетингового\s+)?(?:сезона|года))|по\s+итогам\s+(?:сельхозгода|сезона|(?:маркетингового|сельскохозяйственного)\s+года))`, false, []string{"начала", "итогам"}, false},
	{`(?:^|[^\p{L}\d])((?:в|за)\s+(?:прошлом|текущем|этом|минувшем|прошедшем|прошлый|текущий|минувший|следующем|будущем|завершившемся)\s+(?:маркетингов[а-я]*\s+|сельскохозяйственн[а-я]*\s+)?(?:год|месяц|сезон)[а-я]*)`, false, []string{"прошл", "текущ", "этом", "минувш", "прошедш", "следующ", "будущ", "завершивш"}, false},
	// Weeks: "last week", "over the past week", «за неделю», «на прошлой неделе», «с начала недели»,
	// "өткен аптада", "osy aptada", 本周, 上周. «на неделю» (a duration) is left out: it counts a wait.
	{`(?:^|[^\p{L}\d])((?:за|в\s+течение)\s+(?:(?:прошл|минувш|прошедш|последн|текущ|эт|истекш)[а-я]*\s+)?недел[юи](?:\s+с\s+\d{1,2}\s+(?:` + ruMonth + `\s+)?по\s+\d{1,2}\s+` + ruMonth + `)?|на\s+(?:прошл|минувш|прошедш|текущ|эт|позапрошл)[а-я]*\s+неделе|с\s+начала\s+(?:текущей\s+|этой\s+)?недели)(?:[^\p{L}\d]|$)`, false, []string{"недел"}, false},
	{`(?:^|[^\p{L}\d])((?:(?:over|in|during|for)\s+)?(?:the\s+)?(?:last|past|previous|this|current)\s+week|(?:over|in|during|for)\s+the\s+week\s+(?:of|to|ending|ended)\s+(?:\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s+` + enMonth + `|` + enMonth + `\s+\d{1,2}(?:\s*[–-]\s*\d{1,2})?)|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+week)(?:[^\p{L}\d]|$)`, false, []string{"week"}, false},
	// A week numbered in the year, as market wraps count them: "for week 47", «за 47-ю неделю», "47-аптада".
	{`(?:^|[^\p{L}\d])((?:for|in|during|over)\s+(?:the\s+)?week\s+(?:no\.?\s*)?\d{1,2}(?:\s+of\s+` + year4 + `)?|(?:за|на)\s+\d{1,2}\s*-?\s*(?:ю|я|й|ой|ую)?\s+недел[юие])(?:[^\p{L}\d]|$)`, false, []string{"week ", "недел"}, false},
	{`(?:^|[^\p{L}\d])(\d{1,2}\s*-\s*(?:ші\s+|шы\s+|shi\s+|shy\s+)?(?:аптада|aptada))(?:[^\p{L}\d]|$)`, false, []string{"аптада", "aptada"}, false},
	{`(?:^|[^\p{L}\d])((?:өткен|осы|соңғы|ótken|osy|sońǵy)\s+(?:аптада|апта\s+ішінде|aptada|apta\s+ishinde)|(?:апта|apta)\s+(?:басынан\s+бері|basynan\s+beri))(?:[^\p{L}\d]|$)`, false, []string{"апта", "apta"}, false},
	{`((?:本|上一?|近一|过去一)[周週](?:以来)?)`, false, []string{"周", "週"}, false},
	// The rest of a year or season, in forecasts: «до конца маркетингового года», "жыл соңына дейін",
	// "by the end of the season".
	{`(?:^|[^\p{L}\d])((?:до|к)\s+конц[уа]\s+(?:текущего\s+|этого\s+)?(?:маркетингового\s+|сельскохозяйственного\s+)?(?:года|сезона)|(?:` + year4 + `\s+)?(?:жыл|маусым|jyl|maýsym)[а-яәғқңөұүһіa-zıáóúýǵńq]*\s+(?:соңына|аяғына|sońyna|aıaǵyna)\s+(?:дейін|deıin)|(?:by|before)\s+(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:(?:marketing\s+|crop\s+)?year|season|` + myYear + `)|by\s+year[\s-]end)(?:[^\p{L}\d]|$)`, false, []string{"до конца", "к концу", "соңына", "аяғына", "sońyna", "aıaǵyna", "end of", "year-end", "year end"}, false},
	{`(?:^|[^\d])((?:到|至)?年底(?:前|之前)?)`, false, []string{"年底"}, false},
	// The span a plan is set for: «план на месяц — 50 тыс.», «прогноз на сезон», «задание на год». «на
	// неделю» alone is left out above: a duration counts a wait.
	{`(?:план[а-я]*|прогноз[а-я]*|задани[а-я]*)\s+(на\s+(?:месяц|год|сезон|квартал|полугодие))(?:[^\p{L}\d]|$)`, false, []string{"план", "прогноз", "задани"}, false},
	// A year counted from now, not named: «за год» (the year before the report).
	{`(?:^|[^\p{L}\d])(за\s+год)(?:[^\p{L}\d]|$)`, false, []string{"за год"}, false},
	// A span that names no date: «за месяц», «за сезон», «в течение года», "over the year", "over the
	// season".
	{`(?:^|[^\p{L}\d])((?:за|в\s+течение)\s+(?:месяц|сезон|квартал|полугодие)|в\s+течение\s+(?:года|месяца|сезона|квартала)|(?:over|during|for)\s+the\s+(?:year|season|month|quarter))(?:[^\p{L}\d]|$)`, false, []string{"за месяц", "за сезон", "за квартал", "за полугодие", "в течение года", "в течение месяца", "в течение сезона", "в течение квартала", "over the", "during the year", "during the season", "during the month", "during the quarter", "for the year", "for the season", "for the month", "for the quarter"}, false},
	// A rate: «в год», «ежегодно», "annually", "per year", "a season", "жыл сайын", "jylyna", "айына",
	// 每年. It dates a figure only when no other phrase of the sentence does ("в ноябре–декабре … 700 тыс.
	// тонн в месяц" is November–December's). "a year" and "a month" are rates only where they follow
	// what is counted ("5,000 tonnes of mutton a year"), not where they place a figure ("a year
	// earlier", "within a year"): rateAside tells.
	{`(?:^|[^\p{L}\d])(в\s+(?:год|месяц|сезон)|ежегодно|ежемесячно|annually|per\s+(?:year|annum|month|season)|a\s+(?:season|year|month)|жыл\s+сайын|jyl\s+saıyn|жылына|jylyna|айына|aıyna|маусымына|maýsymyna)(?:[^\p{L}\d]|$)`, false, []string{"в год", "в месяц", "в сезон", "ежегодно", "ежемесячно", "annually", "per year", "per annum", "per month", "per season", "a season", "a year", "a month", "сайын", "saıyn", "жылына", "jylyna", "айына", "aıyna", "маусымына", "maýsymyna"}, false},
	{`(每年|每月)`, false, []string{"每年", "每月"}, false},
	{`(?:^|[^\p{L}\d])((?:за|в\s+течение)\s+последни[ехм]\s+(?:\d+|дв[ау]х?|тр[её]х|три|четыр[её]х|четыре|пять|пяти|шесть|шести|семь|семи|восемь|восьми|девять|девяти|десять|десяти|несколько|нескольких)\s+(?:лет|года|годы|годов|месяц[а-я]*))`, false, []string{"последни"}, false},
	// Years or months still to come, counted: "over the next three years", "in the coming five years",
	// «в ближайшие три года», «в течение следующих пяти лет», "алдағы үш жылда", "kelesi bes jylda",
	// 未来三年, 今后五年: the span a plan or a deal covers.
	{`(?:^|[^\p{L}\d])((?:over|in|during|for|within)\s+the\s+(?:next|coming|following)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+(?:years|months)|(?:в|на|за)\s+ближайшие\s+(?:\d+|два|три|четыре|пять|шесть|семь|восемь|девять|десять|несколько)\s+(?:лет|года|месяц[а-я]*)|в\s+течение\s+(?:ближайших|следующих|предстоящих)\s+(?:\d+|дв[ау]х|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти|нескольких)\s+(?:лет|месяц[а-я]*)|(?:алдағы|келесі|aldaǵy|kelesi)\s+` + kkCount + `\s+(?:жылда|жыл\s+ішінде|айда|jylda|jyl\s+ishinde|aıda))(?:[^\p{L}\d]|$)`, false, []string{"next", "coming", "following", "ближайш", "следующих", "предстоящих", "алдағы", "келесі", "aldaǵy", "kelesi"}, false},
	{`((?:未来|今后|此后)(?:\d{1,2}|[一二三四五六七八九十两]{1,2})年(?:内|间|中)?)`, false, []string{"未来", "今后", "此后"}, false},
	{`(?:^|[^\p{L}\d])((?:over|in|during|for)\s+the\s+(?:last|past|previous)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+(?:years|months))(?:[^\p{L}\d]|$)`, false, []string{"years", "months"}, false},
	{`(?:^|[^\p{L}\d])((?:соңғы|sońǵy)\s+(?:\d+|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|eki|úsh|tórt|bes|alty|jeti|segiz|toǵyz|on)\s+(?:жылда|жыл\s+ішінде|айда|jylda|jyl\s+ishinde|aıda))(?:[^\p{L}\d]|$)`, false, []string{"соңғы", "sońǵy"}, false},
	{`((?:近|过去)(?:\d{1,2}|[一二三四五六七八九十两]{1,2})年(?:来|间|中)?)`, false, []string{"年来", "过去", "年间"}, false},
	{`(?:^|[^\p{L}\d])((?:in\s+)?(?:the\s+)?(?:last|this|past|current|next|coming)\s+(?:(?:marketing\s+|crop\s+)?(?:year|season)|month)|since\s+(?:the\s+)?(?:beginning|start)\s+of\s+(?:the\s+)?(?:(?:marketing\s+)?year|season|` + myYear + `(?:\s+(?:marketing\s+year|season))?)|so\s+far\s+this\s+(?:year|season)|year\s+to\s+date)`, false, []string{"year", "of the season", "this season", "since the", "since beginning", "since start", " month", "last season", "next season", "past season", "current season", "coming season"}, false},
	{`(?:^|[^\p{L}\d])(биыл[а-яәғқңөұүһі]*|былтыр[а-яәғқңөұүһі]*|byltyr[a-zıáóúýǵńq]*|өткен\s+жылы|(?:жыл|маусым|маусымның)\s+басынан\s+бері|b[ıy][ıy]l[a-zıáóúýǵńq]*|ótken\s+jyly|(?:jyl|maýsym|maýsymnyń)\s+basynan\s+beri|(?:осы|өткен)\s+(?:айда|тоқсанда)|(?:osy|ótken)\s+(?:aıda|toqsanda))`, false, []string{"биыл", "былтыр", "byltyr", "өткен", "басынан", "byıl", "bıyl", "ótken", "basynan", "осы ай", "osy aı", "тоқсанда", "toqsanda"}, false},
	// The year or season to come or under way, a year counted, the season's span: "келесі жылы",
	// "kelesi maýsymda", "ағымдағы маусымда", "бір жылда", "maýsym ishinde", and the month to come or
	// past: "kelesi aıda", "өткен айда".
	{`(?:^|[^\p{L}\d])((?:келесі|ағымдағы|kelesi|aǵymdaǵy)\s+(?:жылы|маусымда|jyly|maýsymda)|(?:келесі|өткен|kelesi|ótken)\s+(?:айда|aıda)|(?:келесі|ағымдағы|өткен|kelesi|aǵymdaǵy|ótken)\s+(?:маркетингтік|market[ıi]ngtik)\s+(?:жылы|жылында|jyly|jylynda)|(?:бір|bir)\s+(?:жылда|jylda)|(?:маусым|maýsym)\s+(?:ішінде|ishinde))(?:[^\p{L}\d]|$)`, false, []string{"келесі", "ағымдағы", "kelesi", "aǵymdaǵy", "өткен айда", "ótken aıda", "өткен маркетингтік", "ótken marketıngtik", "ótken marketingtik", "бір жылда", "bir jylda", "маусым ішінде", "maýsym ishinde"}, false},
	// "今年一到九月": the months in Chinese numerals, as a radio bulletin reads them.
	{`((?:上一?|本|下一?)(?:(?:市场|销售)?年度(?:前(?:\d{1,2}|[一二三四五六七八九十两]{1,2})个月)?|季度)|今年(?:以来|前?\d{1,2}(?:\s*[-—至到]\s*\d{1,2})?(?:个)?月|[一二三四五六七八九十]{1,2}(?:\s*[-—至到]\s*[一二三四五六七八九十]{1,3})?月|前[一二三四1-4]季度|首[一二三四1-4]季度?|[上下]半年|[前首](?:\d{1,2}|[一二三四五六七八九十两]{1,2})个月)?|(?:去年|明年)(?:[上下]半年)?|上半年|前[二三]季度|第?[一二三四]季度|本月|上个?月|全年)`, false, []string{"今年", "去年", "明年", "上半年", "季度", "本月", "上月", "上个月", "年度", "全年"}, false},
	{`((?:前\d{1,2}个月)|(?:\d{1,2}月?\s*[-—–至到]\s*\d{1,2}月))`, false, []string{"月"}, false},
	// A month alone ("其中7月单月进口9.8万吨"), not a date ("7月1日") nor a part of a range or of a year.
	{`(?:^|[^\d\-—–至年])(\d{1,2}月)(?:[^\d日号]|$)`, false, []string{"月"}, false},
}

// isRate reports a period phrase (lowercased) that is a rate, not a date: «в год», "annually", 每年.
func isRate(p string) bool {
	switch p {
	case "в год", "в месяц", "в сезон", "ежегодно", "ежемесячно", "annually", "per year", "per annum", "per month",
		"per season", "a season", "a year", "a month", "жыл сайын", "jyl saıyn", "жылына", "jylyna", "айына", "aıyna", "маусымына",
		"maýsymyna", "每年", "每月":
		return true
	}
	return false
}

// rateAside reports whether the phrase low[a:b] is a rate of what comes before it, as "a year" is in
// "5,000 tonnes of mutton a year to Iran"; every other phrase is taken as it is. "a year" or "a month"
// that a word before governs ("within a year", "more than a year", "half a year") or that places
// something in time ("a year earlier", "a year ago", "a year-on-year rise") is no rate.
func rateAside(low string, a, b int) bool {
	p := low[a:b]
	if !strings.HasPrefix(p, "a ") || p == "a season" {
		return true
	}
	rest := strings.TrimLeft(low[b:], " ")
	if strings.HasPrefix(low[b:], "-") {
		return false
	}
	next, _, _ := strings.Cut(rest, " ")
	next = strings.TrimRight(next, ",.;:)")
	switch next {
	case "earlier", "ago", "later", "before", "after", "on", "prior", "previously", "back", "or", "since", "from":
		return false
	}
	head := strings.TrimRight(low[:a], " ")
	prev := head[strings.LastIndexByte(head, ' ')+1:]
	switch prev {
	case "half", "than", "within", "in", "for", "over", "under", "about", "nearly", "almost", "of", "to", "by", "since",
		"from", "once", "twice", "after", "before", "around", "past", "least":
		return false
	}
	return true
}

// yearsIn counts the matches of year4 in s, as FindAllString finds them, and returns the first: all are
// four bytes long, so they are found left to right, each after the one before.
func yearsIn(s string) (n int, first string) {
	for i := 0; i+4 <= len(s); {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigit(s[i+2]) && isDigit(s[i+3]) {
			if n == 0 {
				first = s[i : i+4]
			}
			n++
			i += 4
			continue
		}
		i++
	}
	return n, first
}

// compiledPeriod is a periodPattern ready to run.
type compiledPeriod struct {
	re       *regexp.Regexp
	rest     *regexp.Regexp // for a pattern that opens with boundaryOpen, the rest of it anchored; else nil
	starts   runeSet        // the runes the rest can start with
	free     bool           // rest is the whole pattern, which opens without boundaryOpen (findAll)
	needYear bool
	any      []string
	anyPairs [][]uint16 // the hashed byte pairs of each literal of any
	own      bool
	scripts  uint8       // the scripts its literals are written in: a sentence without any of them has none
	wide     *widePeriod // the pattern in every spelling of Latin Kazakh, where it differs (forSentence)
}

// Scripts a literal or a sentence is written in, by the lead bytes of its UTF-8.
const (
	scriptLatin uint8 = 1 << iota
	scriptCyrillic
	scriptOther // Han, and whatever else is not Latin or Cyrillic
)

// scriptsOf returns the scripts of the letters of s, read from its bytes: ASCII letters (and the
// Latin-1 and Latin Extended letters of Latin-script Kazakh) are Latin, lead bytes 0xD0–0xD4 Cyrillic.
func scriptsOf(s string) uint8 {
	var m uint8
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x80:
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				m |= scriptLatin
			}
		case c >= 0xC3 && c <= 0xCF:
			m |= scriptLatin
		case c >= 0xD0 && c <= 0xD4:
			m |= scriptCyrillic
		case c >= 0xE0:
			m |= scriptOther
		}
	}
	return m
}

func compilePeriods() []compiledPeriod {
	out := make([]compiledPeriod, len(periodPatterns))
	for i, p := range periodPatterns {
		var sc uint8
		for _, a := range p.any {
			sc |= scriptsOf(a)
		}
		if sc == 0 {
			sc = scriptLatin | scriptCyrillic | scriptOther // literals without letters: always worth a look
		}
		out[i] = compilePeriod(p, sc)
		// Latin Kazakh written in the 2018 alphabet is read in the other two spellings too, by a
		// pattern compiled when a Kazakh sentence in Latin letters first asks for it: its programs are
		// most of the extractor's memory, and most sources never write Latin Kazakh.
		wide := p
		wide.re, wide.any = kkRegexSpellings(p.re), withAnySpellings(p.any)
		if wide.re != p.re || len(wide.any) != len(p.any) {
			out[i].wide = &widePeriod{p: wide, sc: sc}
		}
	}
	return out
}

// widePeriod is a period pattern widened to every spelling of Latin Kazakh, compiled on first use.
type widePeriod struct {
	once sync.Once
	p    periodPattern
	sc   uint8
	c    compiledPeriod
}

func (w *widePeriod) get() *compiledPeriod {
	w.once.Do(func() { w.c = compilePeriod(w.p, w.sc) })
	return &w.c
}

// compilePeriod compiles one period pattern; sc is the scripts of its literals.
func compilePeriod(p periodPattern, sc uint8) compiledPeriod {
	out := compiledPeriod{re: regexp.MustCompile(p.re), needYear: p.needYear, any: p.any, own: p.own, scripts: sc}
	if rest, ok := strings.CutPrefix(p.re, boundaryOpen); ok {
		if starts, ok := firstRunes(rest); ok {
			out.rest, out.starts = regexp.MustCompile(`^(?:`+rest+`)`), starts
		}
	} else if !strings.ContainsAny(p.re, "^$") && !strings.Contains(p.re, `\b`) && !strings.Contains(p.re, `\B`) {
		// No assertion that reads what lies before a match: the whole pattern, anchored, is tried where
		// a match can start.
		if starts, ok := firstRunes(p.re); ok {
			out.rest, out.starts, out.free = regexp.MustCompile(`^(?:`+p.re+`)`), starts, true
		}
	}
	for _, a := range p.any {
		out.anyPairs = append(out.anyPairs, pairHashes(a))
	}
	return out
}

// forSentence returns the pattern to match a sentence with: the one written in the 2018 alphabet where
// the sentence is not Kazakh or has no Latin letter and no apostrophe (plain), as the other spellings
// differ from it only in plain Latin letters and apostrophes, which such a sentence does not hold; else
// the one that reads every spelling.
func (p *compiledPeriod) forSentence(plain bool) *compiledPeriod {
	if plain || p.wide == nil {
		return p
	}
	return p.wide.get()
}

// pairSet is a 1024-bit set of the byte pairs a text holds, hashed: a literal whose pairs are not all
// in it does not occur in the text, which one pass over the sentence tells for every pattern's
// literals at once. Cyrillic literals all start with the byte 0xD0 or 0xD1, which makes a substring
// search slow on Russian text.
type pairSet [16]uint64

func pairHash(a, b byte) uint { return (uint(a)*0x9E3779B1 ^ uint(b)*0x85EBCA77) >> 7 & 1023 }

func pairsOf(s string) pairSet {
	var p pairSet
	for i := 0; i+1 < len(s); i++ {
		h := pairHash(s[i], s[i+1])
		p[h>>6] |= 1 << (h & 63)
	}
	return p
}

// pairHashes returns the hashes of the byte pairs of a literal, those of its rarest bytes in text
// (byteFreq) first: a sentence without the literal most often lacks one of them, and holds asks no
// further.
func pairHashes(s string) []uint16 {
	type pair struct {
		h    uint16
		freq int
	}
	var ps []pair
	for i := 0; i+1 < len(s); i++ {
		ps = append(ps, pair{uint16(pairHash(s[i], s[i+1])), int(byteFreq[s[i]]) + int(byteFreq[s[i+1]])})
	}
	slices.SortStableFunc(ps, func(a, b pair) int { return a.freq - b.freq })
	out := make([]uint16, len(ps))
	for i, p := range ps {
		out[i] = p.h
	}
	return out
}

// holds reports whether every pair hashed in hs is in p.
func (p *pairSet) holds(hs []uint16) bool {
	for _, h := range hs {
		if p[h>>6]&(1<<(h&63)) == 0 {
			return false
		}
	}
	return true
}

// worth reports whether the pattern's literals occur in low; pairs are low's byte pairs.
func (p *compiledPeriod) worth(low string, hasYear bool, pairs *pairSet) bool {
	if p.needYear && !hasYear {
		return false
	}
	for i, a := range p.any {
		if pairs.holds(p.anyPairs[i]) && contains(low, a) {
			return true
		}
	}
	return false
}

// containsYear reports four digits starting 19 or 20 not inside a longer number.
func containsYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigit(s[i+2]) && isDigit(s[i+3]) &&
			(i == 0 || !isDigit(s[i-1])) && (i+4 == len(s) || !isDigit(s[i+4])) {
			return true
		}
	}
	return false
}

// boundaryOpen opens most period patterns: the phrase starts the sentence or follows a rune that is
// neither a letter nor a digit.
const boundaryOpen = `(?:^|[^\p{L}\d])`

// findAll returns what p.re.FindAllStringSubmatchIndex(low, -1) returns, but for the start of each
// whole match (index 0), which the callers do not read.
//
// The backtracking matcher tries a pattern at every rune of the sentence, and a pattern that opens
// with boundaryOpen fails at nearly all of them. Its phrase (the rest of the pattern) can start only
// where the sentence does or after a rune that is neither a letter nor a digit, and only with one of
// the runes p.starts holds; the rest is tried, anchored, only there. A match starting at the sentence's
// start takes the "^" branch first, as the whole pattern would. Candidates are taken in text order,
// each only if its boundary rune lies past the end of the match before, as FindAll's next search
// starts there.
func (p *compiledPeriod) findAll(low string) [][]int {
	if p.rest == nil {
		return p.re.FindAllStringSubmatchIndex(low, -1)
	}
	if p.free {
		return p.findFree(low)
	}
	var out [][]int
	pos := 0         // where the next match may start
	boundary := true // the rune before i is neither a letter nor a digit (or i is 0)
	prevStart := 0   // where the rune before i starts
	for i := 0; i < len(low); {
		r, n := decodeShort(low, i) // ASCII and Cyrillic decoded inline
		if n == 0 {
			r, n = decodeRune(low, i)
		}
		if boundary && (i == 0 || prevStart >= pos) && p.starts.has(r) {
			if m := p.rest.FindStringSubmatchIndex(low[i:]); m != nil {
				for k := range m {
					if m[k] >= 0 {
						m[k] += i
					}
				}
				out = append(out, m)
				pos = m[1]
				if pos > i {
					// Go on after the match: the rune before pos lies inside it, so no candidate at pos.
					i, boundary = pos, false
					continue
				}
			}
		}
		if r < utf8.RuneSelf { // not [\p{L}\d], ASCII read without a call
			boundary = !isASCIIWord(byte(r))
		} else {
			boundary = !isLetter(r)
		}
		prevStart = i
		i += n
	}
	return out
}

// findFree is findAll for a pattern that opens without boundaryOpen and asserts nothing about the
// text before a match (no ^, $, \b or \B): the leftmost match is the anchored match at the first rune
// where there is one, and a match never empty (firstRunes), so the next is looked for from its end.
func (p *compiledPeriod) findFree(low string) [][]int {
	var out [][]int
	for i := 0; i < len(low); {
		r, n := decodeRune(low, i)
		if p.starts.has(r) {
			if m := p.rest.FindStringSubmatchIndex(low[i:]); m != nil {
				for k := range m {
					if m[k] >= 0 {
						m[k] += i
					}
				}
				out = append(out, m)
				if m[1] > i {
					i = m[1]
					continue
				}
			}
		}
		i += n
	}
	return out
}

// runeSet is a set of runes as ranges, lo and hi in turn.
type runeSet []rune

func (rs runeSet) has(r rune) bool {
	for k := 0; k+1 < len(rs); k += 2 {
		if rs[k] <= r && r <= rs[k+1] {
			return true
		}
	}
	return false
}

// firstRunes returns the runes a match of the regular expression re can start with, a superset of
// them, with ok false when it cannot tell (a match may be empty, or start with any rune).
func firstRunes(re string) (runeSet, bool) {
	tree, err := syntax.Parse(re, syntax.Perl)
	if err != nil {
		return nil, false
	}
	set, nullable, ok := first(tree)
	return set, ok && !nullable
}

// first returns a superset of the runes a match of re can start with and whether re matches the empty
// string; ok is false for what it does not read.
func first(re *syntax.Regexp) (set runeSet, nullable, ok bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false, false
		}
		if len(re.Rune) == 0 {
			return nil, true, true
		}
		return runeSet{re.Rune[0], re.Rune[0]}, false, true
	case syntax.OpCharClass:
		return runeSet(re.Rune), false, true
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return nil, true, true // no rune; an assertion is taken as met, which only widens the set
	case syntax.OpCapture, syntax.OpPlus:
		return first(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		set, _, ok = first(re.Sub[0])
		return set, true, ok
	case syntax.OpRepeat:
		set, nullable, ok = first(re.Sub[0])
		return set, nullable || re.Min == 0, ok
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			s, n, k := first(sub)
			if !k {
				return nil, false, false
			}
			set = append(set, s...)
			if !n {
				return set, false, true
			}
		}
		return set, true, true
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			s, n, k := first(sub)
			if !k {
				return nil, false, false
			}
			set, nullable = append(set, s...), nullable || n
		}
		return set, nullable, true
	}
	return nil, false, false
}

// periods returns the time phrases of the sentence, in text order.
func (s *sentence) periods() []period {
	low := s.low[s.sp.start:s.sp.end]
	var out []period
	taken := func(a, b int) bool {
		for _, p := range out {
			if a < p.end && p.pos < b {
				return true
			}
		}
		return false
	}
	hasYear := containsYear(low)
	scripts := scriptsOf(low)
	pairs := pairsOf(low)
	plain := s.lang != "kk" || scripts&scriptLatin == 0 && strings.IndexByte(low, '\'') < 0 && !strings.Contains(low, "’")
	for i := range s.x.periods {
		p := s.x.periods[i].forSentence(plain)
		if p.scripts&scripts == 0 || !p.worth(low, hasYear, &pairs) {
			continue
		}
		for _, m := range p.findAll(low) {
			a, b := s.sp.start+m[2], s.sp.start+m[3]
			if taken(a, b) || !rateAside(low, m[2], m[3]) {
				continue
			}
			p := period{pos: a, end: b, text: strings.TrimSpace(s.text[a:b]), own: p.own || kkAttributive(low[m[2]:m[3]]), rate: isRate(low[m[2]:m[3]]), cmp: comparedPeriod(s.low, s.sp.start, a, b)}
			if n, y := yearsIn(low[m[2]:m[3]]); n == 1 && !strings.ContainsAny(low[m[2]:m[3]], "/") {
				p.year, _ = strconv.Atoi(y)
			}
			out = append(out, p)
		}
	}
	// Text order, so that the nearest phrase can be found by position.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].pos < out[j-1].pos; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return s.dropGlosses(out)
}

// dropGlosses drops from ps, in text order, each period that only glosses the one before it in a bracket
// of its own: "2025/26市场年度前四个月（9-12月）" is the season's months, told as months.
func (s *sentence) dropGlosses(ps []period) []period {
	n := 0
	for i, p := range ps {
		if i > 0 && n > 0 && s.glosses(ps[n-1], p) {
			continue
		}
		ps[n] = p
		n++
	}
	return ps[:n]
}

// glosses reports period p in a bracket that opens right after period q and closes right after p.
func (s *sentence) glosses(q, p period) bool {
	open := strings.TrimRight(s.low[q.end:p.pos], " ")
	return (open == "（" || open == "(") && hasAnyPrefix(s.low[p.end:s.sp.end], "）", ")")
}

// kkAttributive reports a Kazakh time phrase that ends in the attributive «-дағы» ("2025 жылғы
// қаңтар-сәуірдегі 62,3 мың тоннадан"): like «жылғы», it dates the figure beside it only.
func kkAttributive(p string) bool {
	return hasAnySuffix(p, "дағы", "дегі", "тағы", "тегі", "daǵy", "degi", "taǵy", "tegi")
}

// kkAblativeTime reports a Kazakh time phrase in the ablative of comparison, the base a difference is
// measured from: «былтырғыдан», "byltyrǵydan", «өткен жылғыдан». Followed by «бері» or «бастап» the
// ablative is "since", the figure's own span («жыл басынан бері»).
func kkAblativeTime(p, tail string) bool {
	if hasAnyPrefix(tail, "бері", "бастап", "beri", "bastap") {
		return false
	}
	return hasAnySuffix(p, "ғыдан", "гіден", "қыдан", "кіден", "ǵydan", "giden", "qydan", "kiden")
}

// levelTail reports a tail that opens with the tonnage a volume moved to: "to 85,000 tonnes", «до 310
// тыс. тонн».
func levelTail(tail string) bool {
	for _, p := range [...]string{"to ", "до "} {
		if rest, ok := strings.CutPrefix(tail, p); ok && rest != "" && isDigit(rest[0]) {
			return containsAny(rest, "ton", "тонн", "тн")
		}
	}
	return false
}

// comparedPeriod reports a period that is the base of a comparison: "较2024年同期", "比去年", "the same
// period of 2024", "compared with 2024", "in comparison with last year", "по сравнению с 2024 годом", "против 2024 года", "2024 жылмен
// салыстырғанда".
func comparedPeriod(low string, from, a, b int) bool {
	head := low[from:a]
	if i := len(head) - 24; i > 0 {
		head = head[i:]
	}
	tail := low[b:]
	if len(tail) > 30 {
		tail = tail[:30]
	}
	// Trimmed once: every word below is looked for against the same head and tail.
	headWord, spaced, tailWord := strings.TrimRight(head, " "), strings.HasSuffix(head, " "), strings.TrimLeft(tail, " ")
	if hasAnyPrefix(low[a:b], "с ", "со ") && hasAnySuffix(headWord, "по сравнению", "в сравнении") {
		return true // «по сравнению с сентябрем»: the preposition the period opens with is the comparison's
	}
	if kkAblativeTime(low[a:b], tailWord) {
		return true // "bul byltyrǵydan 90 myń tonnaǵa kem": than last year's, the time compared
	}
	if levelTail(tailWord) && hasAnyPrefix(low[a:b], "from ", "с ", "со ") {
		// "fell by 40,000 tonnes from December to 85,000 tonnes", «снизились на 40 тыс. тонн с августа до
		// 310 тыс. тонн»: the month a change is measured from, the level reached after it.
		return true
	}
	for _, w := range [...]string{"较", "比", "与", "同比", "超过", "超出", "高于", "低于", "compared with", "compared to", "comparison with", "comparison to", "from", "against", "than",
		"exceeding", "surpassing", "превысив", "превышает",
		"по сравнению с", "против", "чем", "относительно", "same period", "аналогичн"} {
		if strings.HasSuffix(headWord, w) || spaced && strings.HasSuffix(head[:len(head)-1], w) {
			return true
		}
	}
	for _, w := range [...]string{"同期", "相比", "салыстыр", "salystyr", "same period", "аналогичн"} {
		if strings.HasPrefix(tailWord, w) {
			return true
		}
	}
	if strings.Contains(head, "same period") || strings.Contains(head, "аналогичн") {
		return true
	}
	// "на 5 тыс. тонн больше показателя 2024 года", "above the level of 2024": one of the head's last
	// three words, read from the end without splitting the head.
	rest := head
	for range 3 {
		rest = strings.TrimRightFunc(rest, unicode.IsSpace)
		if rest == "" {
			break
		}
		w := rest
		if i := strings.LastIndexFunc(rest, unicode.IsSpace); i >= 0 {
			_, n := utf8.DecodeRuneInString(rest[i:])
			w, rest = rest[i+n:], rest[:i]
		} else {
			rest = ""
		}
		for _, base := range [...]string{"показател", "уровн", "level", "figure", "прошлогодн", "result", "результат"} {
			if strings.HasPrefix(w, base) {
				return true
			}
		}
	}
	return false
}
