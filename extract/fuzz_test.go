package extract

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzParseQuantity(f *testing.F) {
	for _, s := range []string{
		"51,3 тыс. тонн", "2.23 million tons", "1 232 тыс. тонн", "8 млн 153 тыс.", "25 204.8 тыс.т",
		"400,000 tons", "3,5 млн т", "2,3 мың тонна", "120万吨", "7,5–8 млн тонн", "$280,4 млн", "85 тыс. голов",
		"в 5,5 раза", "24-fold", "1,232,000.5", "1.232.000", "0,600 tons", "9" + strings.Repeat("9", 40),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := ParseQuantity(s)
		if ok && (math.IsNaN(v) || math.IsInf(v, 0) || v < 0) {
			t.Fatalf("ParseQuantity(%q) = %v, true", s, v)
		}
		if !ok && v != 0 {
			t.Fatalf("ParseQuantity(%q) = %v, false", s, v)
		}
	})
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Китай снял ограничения на ввоз говядины из Казахстана.",
		"Заголовок\n\nС начала года Казахстан экспортировал в КНР 51,3 тыс. тонн льна. «Запрет снят.» Далее.",
		"Of the 12 million tons of wheat China imported in 2023, only 400,000 tons came from Kazakhstan.",
		"Қытай мамандары Қазақстандағы мал сою пункттерін тексерді.",
		"2023年，哈萨克斯坦经铁路向中国出口农产品223万吨。阿拉山口站有超过1000节车皮等待换装。",
		"На Достыке простаивают вагоны, хотя с начала года отправлено 1,5 млн тонн зерна.",
		"\xff\xfeinvalid 5 тыс. тонн\u00a0зерна в Китай",
	} {
		f.Add(s, "")
	}
	f.Add("Kazakhstan exported 400,000 tons of wheat to China.", "en")
	x := New()
	f.Fuzz(func(t *testing.T, text, lang string) {
		switch lang {
		case "", "ru", "kk", "en", "zh":
		default:
			lang = ""
		}
		ms := x.Extract(text, lang)
		folded := fold(strings.ToValidUTF8(text, "\uFFFD"))
		for _, m := range ms {
			b, err := json.Marshal(m)
			if err != nil {
				t.Fatalf("mention does not marshal: %v", err)
			}
			if !utf8.Valid(b) || !utf8.ValidString(m.Sentence) {
				t.Fatalf("invalid UTF-8 in %q", b)
			}
			if m.Sentence == "" || !strings.Contains(folded, m.Sentence) {
				t.Fatalf("sentence %q not found in the folded input %q", m.Sentence, folded)
			}
			if math.IsNaN(m.Tonnes) || math.IsInf(m.Tonnes, 0) || m.Tonnes < 0 {
				t.Fatalf("tonnes %v", m.Tonnes)
			}
		}
		for _, s := range Sentences(text) {
			if !utf8.ValidString(s) || !strings.Contains(folded, s) {
				t.Fatalf("sentence %q not in the folded input", s)
			}
		}
		_ = DetectLang(text)
	})
}
