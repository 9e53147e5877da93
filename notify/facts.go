package notify

import (
	"strconv"
	"strings"

	"agrowatch"
	"agrowatch/names"
)

// KindWatch marks the mention of a keyword-watch alert: Sentence is the sentence that holds the words.
// It is never stored as an extracted fact, only in the alert a watch queues.
const KindWatch agrowatch.Kind = "watch"

// partLabel is "part 1/2" in the message's language.
func partLabel(lang string, k, n int) string {
	if lang == LangKK {
		return strconv.Itoa(k) + "/" + strconv.Itoa(n) + "-" + label("part", lang)
	}
	return label("part", lang) + " " + strconv.Itoa(k) + "/" + strconv.Itoa(n)
}

// facts is one mention's fields, cleaned and capped, ready to be put into words.
type facts struct {
	agrowatch.Mention
	lang string
}

func newFacts(m agrowatch.Mention, lang string) facts {
	f := func(s string) string { return shorten(clean(s), maxField) }
	m.By, m.On, m.From, m.To = f(m.By), f(m.On), f(m.From), f(m.To)
	m.Commodity, m.Cause, m.Place, m.Period = f(m.Commodity), f(m.Cause), f(m.Place), f(m.Period)
	m.Route, m.Status, m.Change = f(m.Route), f(m.Status), f(m.Change)
	return facts{m, lang}
}

// factLine says what a mention states, normalised, in the chat's language, unescaped:
// "🚫 Китай ввёл запрет на говядину из Казахстана (ящур)", "📦 2,23 млн т зерна KZ → CN, 2023".
func factLine(m agrowatch.Mention, lang string) string {
	f := newFacts(m, lang)
	switch m.Kind {
	case agrowatch.KindMeatBan:
		return f.ban()
	case agrowatch.KindInspection:
		return f.inspection()
	case agrowatch.KindExportVolume:
		return f.volume()
	case agrowatch.KindBorderDelay:
		return f.border()
	case KindWatch:
		return label("watch", lang)
	}
	return "• " + shorten(clean(string(m.Kind)), maxField)
}

func (f facts) commodity(form names.Case) string {
	return names.CommodityIn(f.Commodity, f.lang, form)
}

const (
	nom = names.Nom
	acc = names.Acc
	gen = names.Gen
)

func (f facts) cause() string {
	if f.Cause == "" {
		return ""
	}
	return names.Cause(f.Cause, f.lang)
}

func withCause(s, cause string) string {
	if cause == "" {
		return s
	}
	return s + " (" + cause + ")"
}

func (f facts) ban() string {
	cause := f.cause()
	switch f.lang {
	case LangEN:
		goods := f.commodity(nom)
		if goods == "" {
			goods = "imports"
		}
		if f.On != "" {
			goods += " from " + names.CountryText(f.On, f.lang)
		}
		by := names.CountryText(f.By, f.lang)
		var s string
		switch {
		case f.Status == agrowatch.StatusLifted && by != "":
			s = "✅ " + by + " lifted the ban on " + goods
		case f.Status == agrowatch.StatusLifted:
			s = "✅ Ban lifted on " + goods
		case f.Status == agrowatch.StatusPending && by != "":
			s = "⏳ " + by + " is expected to lift the ban on " + goods
		case f.Status == agrowatch.StatusPending:
			s = "⏳ Ban on " + goods + " expected to be lifted"
		case by != "":
			s = "🚫 " + by + " banned " + goods
		default:
			s = "🚫 Ban on " + goods
		}
		return withCause(s, cause)
	case LangKK:
		var b strings.Builder
		switch f.Status {
		case agrowatch.StatusLifted:
			b.WriteString("✅ Тыйым алынды")
		case agrowatch.StatusPending:
			b.WriteString("⏳ Тыйымның алынуы күтілуде")
		default:
			b.WriteString("🚫 Тыйым салынды")
		}
		if f.By != "" {
			b.WriteString(": " + names.CountryText(f.By, f.lang))
		}
		var what []string
		if c := f.commodity(nom); c != "" {
			what = append(what, c)
		}
		if f.On != "" {
			what = append(what, "шығу елі "+names.CountryText(f.On, f.lang))
		}
		if len(what) > 0 {
			b.WriteString(" · " + strings.Join(what, ", "))
		}
		return withCause(b.String(), cause)
	}
	goods := f.commodity(acc)
	if goods == "" {
		goods = "продукцию"
	}
	if f.On != "" {
		goods += " из " + ruGen(f.On)
	}
	by, g := ruNom(f.By)
	var s string
	switch {
	case f.Status == agrowatch.StatusLifted && by != "":
		s = "✅ " + by + " " + ruVerb(g, "снял", "сняла", "сняли") + " запрет на " + goods
	case f.Status == agrowatch.StatusLifted:
		s = "✅ Снят запрет на " + goods
	case f.Status == agrowatch.StatusPending && by != "":
		s = "⏳ " + by + " " + ruVerb(g, "готовит", "готовит", "готовят") + " снятие запрета на " + goods
	case f.Status == agrowatch.StatusPending:
		s = "⏳ Ожидается снятие запрета на " + goods
	case by != "":
		s = "🚫 " + by + " " + ruVerb(g, "ввёл", "ввела", "ввели") + " запрет на " + goods
	default:
		s = "🚫 Запрет на " + goods
	}
	return withCause(s, cause)
}

func ruNom(code string) (string, names.Gender) {
	if code == "" {
		return "", names.Masc
	}
	return names.Country(code, LangRU), names.CountryGender(code)
}

func ruGen(code string) string { return names.CountryGen(code, LangRU) }

func (f facts) inspection() string {
	done := f.Status == agrowatch.StatusDone
	planned := f.Status == agrowatch.StatusPlanned
	var s string
	switch f.lang {
	case LangEN:
		by, on := names.CountryText(f.By, f.lang), names.CountryText(f.On, f.lang)
		switch {
		case by != "" && planned:
			s = "🔍 " + by + " plans to inspect"
		case by != "" && done:
			s = "🔍 " + by + " inspected"
		case by != "":
			s = "🔍 " + by + " inspects"
		default:
			s = "🔍 Inspection of"
		}
		if on != "" {
			s += " plants in " + on
		} else {
			s += " plants"
		}
	case LangKK:
		switch {
		case planned:
			s = "🔍 Тексеру жоспарланды"
		case done:
			s = "🔍 Тексеру жүргізілді"
		default:
			s = "🔍 Тексеру"
		}
		if f.By != "" {
			s += ": " + names.CountryText(f.By, f.lang)
		}
		if f.On != "" {
			s += " → " + names.CountryText(f.On, f.lang) + " кәсіпорындары"
		}
	default:
		by, g := ruNom(f.By)
		switch {
		case by != "" && planned:
			s = "🔍 " + by + " " + ruVerb(g, "проведёт", "проведёт", "проведут") + " инспекцию"
		case by != "" && done:
			s = "🔍 " + by + " " + ruVerb(g, "провёл", "провела", "провели") + " инспекцию"
		case by != "":
			s = "🔍 " + by + " " + ruVerb(g, "проводит", "проводит", "проводят") + " инспекцию"
		default:
			s = "🔍 Инспекция"
		}
		if f.On != "" {
			s += " предприятий " + ruGen(f.On)
		}
	}
	if c := f.commodity(nom); c != "" {
		s += ": " + c
	}
	return s
}

// direction is "KZ → CN", or one end of it.
func (f facts) direction() string {
	switch {
	case f.From != "" && f.To != "":
		return f.From + " → " + f.To
	case f.From != "":
		return f.From + " →"
	case f.To != "":
		return "→ " + f.To
	}
	return ""
}

func (f facts) when() string {
	when := f.Period
	if f.Year != 0 && !strings.Contains(when, strconv.Itoa(f.Year)) {
		when = strings.TrimSpace(when + " " + strconv.Itoa(f.Year))
	}
	if f.Forecast {
		when = strings.TrimSpace(when + " (" + label("forecast", f.lang) + ")")
	}
	return when
}

func (f facts) volume() string {
	var head string
	amount := ""
	if f.Tonnes > 0 {
		amount = tonnesIn(f.Tonnes, f.lang)
	}
	goods := ""
	if f.Commodity != "" {
		switch f.lang {
		case LangEN:
			goods = f.commodity(nom)
		case LangKK:
			goods = f.commodity(nom)
		default:
			goods = f.commodity(gen)
		}
	}
	if change := f.Change; change != "" {
		// A change is not a shipped volume: it says by how much, never "exported N".
		words := map[string]triple{
			"increase":   {"📈 Рост", "📈 Өсім", "📈 Up"},
			"decrease":   {"📉 Снижение", "📉 Төмендеу", "📉 Down"},
			"difference": {"↔️ Разница", "↔️ Айырма", "↔️ Difference of"},
		}
		w, ok := words[change]
		if !ok {
			w = triple{"↔️ Изменение", "↔️ Өзгеріс", "↔️ Change of"}
		}
		head = w.in(f.lang)
		if amount != "" {
			switch f.lang {
			case LangRU:
				head += " на " + amount
				if change == "difference" {
					head = "↔️ Разница " + amount
				}
			default:
				head += " " + amount
			}
		}
		if goods != "" {
			if f.lang == LangRU {
				goods = f.commodity(nom)
			}
			head += ": " + goods
		}
	} else {
		head = "📦"
		if amount != "" {
			head += " " + amount
		}
		if goods != "" {
			if f.lang == LangEN {
				head += " of " + goods
			} else {
				head += " " + goods
			}
		}
	}
	parts := []string{head}
	if d := f.direction(); d != "" {
		parts[0] += " " + d
	}
	if w := f.when(); w != "" {
		parts = append(parts, w)
	}
	return strings.Join(parts, ", ")
}

func (f facts) border() string {
	ended := f.Status == "ended"
	var head string
	switch f.lang {
	case LangEN:
		head = "🚂 Border delay"
		if ended {
			head = "✅ Border delay over"
		}
	case LangKK:
		head = "🚂 Шекарадағы кідіріс"
		if ended {
			head = "✅ Шекарадағы кідіріс аяқталды"
		}
	default:
		head = "🚂 Задержки на границе"
		if ended {
			head = "✅ Задержки на границе закончились"
		}
	}
	var parts []string
	if f.Place != "" {
		parts = append(parts, names.Place(f.Place, f.lang))
	}
	if f.Wagons > 0 {
		parts = append(parts, f.count(float64(f.Wagons), triple{"вагон", "вагон", "wagon"}, "вагона", "вагонов", "wagons"))
	}
	if f.Trucks > 0 {
		parts = append(parts, f.count(float64(f.Trucks), triple{"грузовик", "жүк көлігі", "truck"}, "грузовика", "грузовиков", "trucks"))
	}
	if f.Days > 0 {
		parts = append(parts, f.count(f.Days, triple{"день", "күн", "day"}, "дня", "дней", "days"))
	}
	if f.Route != "" {
		parts = append(parts, names.Route(f.Route, f.lang))
	}
	if c := f.commodity(nom); c != "" {
		parts = append(parts, c)
	}
	if len(parts) == 0 {
		return head
	}
	return head + ": " + strings.Join(parts, " · ")
}

// count writes "3 000 вагонов", "3 000 вагон" (Kazakh nouns do not change after a number), "3,000 wagons".
func (f facts) count(n float64, one triple, ruFew, ruMany, enMany string) string {
	num := decimal(n, 1, f.lang)
	switch f.lang {
	case LangEN:
		return num + " " + enPlural(n, one.en, enMany)
	case LangKK:
		return num + " " + one.kk
	}
	return num + " " + plural(n, one.ru, ruFew, ruMany)
}
