package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"agrowatch"
)

func TestPlainSpaces(t *testing.T) {
	for in, want := range map[string]string{
		"в\u00a02025\u00a0году":   "в 2025 году",
		"1\u202f200 тонн":         "1 200 тонн",
		"1\u2009200 и 3\u2007000": "1 200 и 3 000",
		"в 2025 году":             "в 2025 году",
	} {
		if got := plainSpaces(in); got != want {
			t.Errorf("plainSpaces(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRepair(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"clean Russian is left as it is", "Китай запретил ввоз говядины.", "Китай запретил ввоз говядины."},
		{"clean Kazakh in Latin letters", "Qytaı qazaqstandyq sıyr etine tyıym saldy.", "Qytaı qazaqstandyq sıyr etine tyıym saldy."},
		{"a brand of both alphabets is left", "ТОО KazАгро", "ТОО KazАгро"},
		{"a word of lookalikes only is left", "Кo", "Кo"},
		{"soft hyphen", "говя\u00adдины", "говядины"},
		{"zero-width space in a word", "запре\u200bтил", "запретил"},
		{"zero-width space between words", "ввоз\u200b говядины", "ввоз говядины"},
		{"byte-order mark", "\uFEFFКитай", "Китай"},
		{"non-breaking hyphen", "foot\u2011and\u2011mouth", "foot-and-mouth"},
		{"Latin K in a Cyrillic word", "Kитай", "Китай"},
		{"Latin e and o in Cyrillic words", "запрeтил гoвядину", "запретил говядину"},
		{"Latin i in a Kazakh word", "етiнiң", "етінің"},
		{"Latin schwa in a Kazakh word", "шəр", "шәр"},
		{"Cyrillic a in a Latin word", "Kazakhstаn", "Kazakhstan"},
		{"Cyrillic о in a Kazakh Latin word", "qazaqstandyq sıyr etіne", "qazaqstandyq sıyr etine"},
		{"full-width digits", "出口小麦１２０万吨", "出口小麦120万吨"},
		{"full-width decimal point between digits", "１２．５万吨", "12.5万吨"},
		{"full-width comma stays: the clause reader needs it", "１２０万吨，同比", "120万吨，同比"},
		{"full-width letters", "ＧＡＣＣ", "GACC"},
		{"decomposed й", "казахстанскои\u0306", "казахстанской"},
		{"character references escaped twice", "Китай&nbsp;запретил &laquo;ввоз&raquo; foot&#8209;and", "Китай запретил «ввоз» foot-and"},
		{"an ampersand that is no reference is left", "AT&T и Procter & Gamble", "AT&T и Procter & Gamble"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, changed := repair(tt.in)
			if got != tt.want {
				t.Errorf("repair(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if changed != (tt.in != tt.want) {
				t.Errorf("repair(%q) reports changed = %v", tt.in, changed)
			}
		})
	}
}

// repairNoise are the ways published text differs from what a reader sees, each applied to a clean
// sentence: the facts read from the noisy sentence must be the clean one's.
var repairNoise = []struct {
	name  string
	apply func(string) string
}{
	{"soft hyphens in long words", func(s string) string { return inWords(s, 7, func(w string) string { return cut(w, "\u00ad") }) }},
	{"zero-width spaces in long words", func(s string) string { return inWords(s, 7, func(w string) string { return cut(w, "\u200b") }) }},
	{"non-breaking hyphens", func(s string) string { return strings.ReplaceAll(s, "-", "\u2011") }},
	{"no-break spaces", func(s string) string { return strings.ReplaceAll(s, " ", "\u00a0") }},
	{"narrow no-break spaces", func(s string) string { return strings.ReplaceAll(s, " ", "\u202f") }},
	{"lookalikes of the other alphabet", func(s string) string {
		return inWords(s, 4, func(w string) string { return swapLookalike(w) })
	}},
	{"decomposed letters", norm.NFD.String},
	{"character references", func(s string) string {
		return strings.NewReplacer(" ", "&nbsp;", "-", "&#8209;", "«", "&laquo;", "»", "&raquo;").Replace(s)
	}},
	{"full-width digits", func(s string) string {
		return strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r + '０' - '0'
			}
			return r
		}, s)
	}},
}

// inWords applies f to every word of s of at least n letters.
func inWords(s string, n int, f func(string) string) string {
	fields := strings.Split(s, " ")
	for i, w := range fields {
		if utf8.RuneCountInString(w) >= n && repairWordEnd(w, 0) == len(w) {
			fields[i] = f(w)
		}
	}
	return strings.Join(fields, " ")
}

// cut puts sep in the middle of w.
func cut(w, sep string) string {
	r := []rune(w)
	return string(r[:len(r)/2]) + sep + string(r[len(r)/2:])
}

// swapLookalike replaces the first letter of w that has a lookalike in the other alphabet by it.
func swapLookalike(w string) string {
	for i, r := range w {
		if l, ok := toLatin[r]; ok {
			return w[:i] + string(l) + w[i+utf8.RuneLen(r):]
		}
		if c, ok := toCyrillic[r]; ok && r < utf8.RuneSelf {
			return w[:i] + string(c) + w[i+1:]
		}
	}
	return w
}

// TestRepairedFacts reads sentences of every kind and language with each kind of noise in them.
func TestRepairedFacts(t *testing.T) {
	sentences := []string{
		"Китай запретил ввоз казахстанской говядины из-за ящура.",
		"Казахстан экспортировал в Китай 1 200 тыс. тонн пшеницы в 2025 году.",
		"Инспекторы Главного таможенного управления КНР проверили казахстанские мясокомбинаты.",
		"На станции Достык простаивают более 900 вагонов с зерном.",
		"Қытай қазақстандық сиыр етінің импортына тыйым салды.",
		"Қазақстан 2025 жылы Өзбекстанға 450 мың тонна ұн экспорттады.",
		"Qytaı qazaqstandyq sıyr etiniń ımportyna tyıym saldy.",
		"China banned imports of Kazakh beef over foot-and-mouth disease.",
		"Kazakhstan exported 1.2 million tonnes of wheat to China in 2025.",
		"More than 600 wagons are waiting at Khorgos, the railway said.",
		"2025年哈萨克斯坦向中国出口小麦120万吨。",
	}
	x := New()
	for _, s := range sentences {
		want := facts(x.Extract(s, ""))
		if len(want) == 0 {
			t.Fatalf("%q: the clean sentence gives no fact", s)
		}
		for _, n := range repairNoise {
			noisy := n.apply(s)
			if noisy == s {
				continue
			}
			if got := facts(x.Extract(noisy, "")); !sameFacts(got, want) {
				t.Errorf("%s: %q\n got  %+v\n want %+v", n.name, noisy, got, want)
			}
		}
	}
}

func facts(ms []agrowatch.Mention) []agrowatch.Mention {
	out := make([]agrowatch.Mention, len(ms))
	for i, m := range ms {
		out[i] = m.Fact()
	}
	return out
}

func sameFacts(a, b []agrowatch.Mention) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
