package notify

import (
	"math"
	"strconv"
	"strings"

	"agrowatch/names"
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

// labels are the fixed words of a message.
var labels = map[string]triple{
	"untitled":    {"(без заголовка)", "(тақырыпсыз)", "(untitled)"},
	"dateUnknown": {"дата неизвестна", "күні белгісіз", "date unknown"},
	"part":        {"часть", "бөлім", "part"},
	"forecast":    {"прогноз", "болжам", "forecast"},
	"watch":       {"🔎 Слова, которые вы отслеживаете", "🔎 Сіз бақылайтын сөздер", "🔎 Words you watch"},
}

func label(key, lang string) string { return labels[key].in(lang) }

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
func ruVerb(g names.Gender, m, f, pl string) string {
	switch g {
	case names.Fem:
		return f
	case names.Plural:
		return pl
	}
	return m
}
