package web

import (
	"strings"

	"agrowatch"
)

// Fact says a mention in plain words, in the page's language, from its fields alone: the journalist
// reads what was extracted beside the sentence it was extracted from, and can tell when they differ.
func (l lang) Fact(m agrowatch.Mention) string {
	switch m.Kind {
	case agrowatch.KindMeatBan:
		return l.banFact(m)
	case agrowatch.KindInspection:
		return l.inspectionFact(m)
	case agrowatch.KindExportVolume:
		return l.volumeFact(m)
	case agrowatch.KindBorderDelay:
		return l.delayFact(m)
	}
	return l.T("kind." + string(m.Kind))
}

func (l lang) banFact(m agrowatch.Mention) string {
	verb := "ban.any"
	switch m.Status {
	case agrowatch.StatusImposed, agrowatch.StatusLifted, agrowatch.StatusPending:
		verb = "ban." + m.Status
	}
	goods := l.T("ban.goods")
	if m.Commodity != "" {
		goods = l.commodityGen(m.Commodity)
	}
	var b strings.Builder
	switch l.code {
	case "ru":
		if m.By != "" {
			b.WriteString(l.Country(m.By) + ": ")
		}
		b.WriteString(l.T(verb) + " " + goods)
		if m.On != "" {
			b.WriteString(" из " + l.countryGen(m.On))
		}
	case "kk":
		if m.By != "" {
			b.WriteString(l.Country(m.By) + " ")
		}
		b.WriteString(l.T(verb) + " " + goods)
		if m.On != "" {
			b.WriteString(" — " + l.Country(m.On))
		}
	default:
		by := "A country"
		if m.By != "" {
			by = l.Country(m.By)
		}
		b.WriteString(by + " " + l.T(verb) + " " + goods)
		if m.On != "" {
			b.WriteString(" from " + l.Country(m.On))
		}
	}
	if m.Cause != "" {
		b.WriteString(" (" + l.Cause(m.Cause) + ")")
	}
	return capital(b.String())
}

func (l lang) inspectionFact(m agrowatch.Mention) string {
	var parts []string
	if m.By != "" || m.On != "" {
		parts = append(parts, l.pair(m.By, m.On)+":")
	}
	parts = append(parts, l.T("kind.inspection"))
	if m.Status != "" {
		parts = append(parts, l.T("status."+m.Status))
	}
	s := strings.Join(parts, " ")
	if m.Commodity != "" {
		s += " (" + l.Commodity(m.Commodity) + ")"
	}
	return capital(s)
}

func (l lang) volumeFact(m agrowatch.Mention) string {
	var b strings.Builder
	switch {
	case m.From != "" && m.To != "":
		b.WriteString(l.pair(m.From, m.To) + ": ")
	case m.From != "":
		b.WriteString(l.Country(m.From) + ", " + l.T("exports") + ": ")
	case m.To != "":
		b.WriteString("→ " + l.Country(m.To) + ": ")
	}
	if m.Change != "" {
		b.WriteString(l.T(m.Change) + " ")
	}
	b.WriteString(l.Number(m.Tonnes) + " " + l.T("t"))
	if m.Commodity != "" {
		b.WriteString(", " + l.Commodity(m.Commodity))
	}
	if m.Period != "" {
		b.WriteString(", " + l.quote(m.Period, m.Lang))
	} else if m.Year != 0 {
		b.WriteString(", " + itoa(m.Year))
	}
	if m.Forecast {
		b.WriteString(" (" + l.T("forecast") + ")")
	}
	return capital(b.String())
}

func (l lang) delayFact(m agrowatch.Mention) string {
	head := l.T("delay")
	if m.Status == "ended" {
		head = l.T("delay.ended")
	}
	var details []string
	if m.Place != "" {
		details = append(details, l.Place(m.Place))
	}
	if m.Route != "" {
		details = append(details, l.Route(m.Route))
	}
	if m.Wagons > 0 {
		details = append(details, l.Int(m.Wagons)+" "+l.T("wagons"))
	}
	if m.Trucks > 0 {
		details = append(details, l.Int(m.Trucks)+" "+l.T("trucks"))
	}
	if m.Days > 0 {
		details = append(details, l.Number(m.Days)+" "+l.T("days"))
	}
	if m.Commodity != "" {
		details = append(details, l.Commodity(m.Commodity))
	}
	if len(details) == 0 {
		return head
	}
	return head + ": " + strings.Join(details, ", ")
}

// quote gives a phrase as the article wrote it: in quotation marks when the article's language is not
// the page's, so that "в октябре" on an English page reads as the source's words.
func (l lang) quote(s, from string) string {
	if from == "" || from == l.code {
		return s
	}
	if l.code == "en" {
		return "“" + s + "”"
	}
	return "«" + s + "»"
}

// pair names two countries with an arrow between them; either may be unknown.
func (l lang) pair(a, b string) string {
	name := func(c string) string {
		if c == "" {
			return "?"
		}
		return l.Country(c)
	}
	return name(a) + " → " + name(b)
}

func capital(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}
