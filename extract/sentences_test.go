package extract

import (
	"reflect"
	"testing"
	"unicode"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"scale words", "Экспорт составил 51,3 тыс. тонн. Это рекорд.",
			[]string{"Экспорт составил 51,3 тыс. тонн.", "Это рекорд."}},
		{"stray dot after млн", "Вывезено 4,86 млн. тонн зерна в Китай.", []string{"Вывезено 4,86 млн. тонн зерна в Китай."}},
		{"current year", "В январе т.г. экспорт вырос. Далее рост.", []string{"В январе т.г. экспорт вырос.", "Далее рост."}},
		{"country at the end", "Запрет действует в РК. Китай его снял.", []string{"Запрет действует в РК.", "Китай его снял."}},
		{"U.S.", "The U.S. Department of Agriculture agreed. China did too.",
			[]string{"The U.S. Department of Agriculture agreed.", "China did too."}},
		{"decimal point", "Exports reached 2.23 million tons. Good.", []string{"Exports reached 2.23 million tons.", "Good."}},
		{"quotes", "«Запрет снят. Поставки возобновятся», — сказал министр. Далее.",
			[]string{"«Запрет снят. Поставки возобновятся», — сказал министр.", "Далее."}},
		{"quote closes the sentence", "Он сказал: «Запрет снят.» Потом ушёл.", []string{"Он сказал: «Запрет снят.»", "Потом ушёл."}},
		{"paragraphs", "Заголовок без точки\n\nПервый абзац.\n\nВторой абзац", []string{"Заголовок без точки", "Первый абзац.", "Второй абзац"}},
		{"initial", "Министр А. Сапаров заявил об этом.", []string{"Министр А. Сапаров заявил об этом."}},
		{"whitespace folded", "Экспорт  составил\u00a01\u00a0232 тыс.\nтонн.", []string{"Экспорт составил 1 232 тыс. тонн."}},
		{"chinese", "海关总署解除禁令。哈萨克斯坦牛肉可以入境。", []string{"海关总署解除禁令。", "哈萨克斯坦牛肉可以入境。"}},
		{"empty", " \n\n ", []string{}},
		{"headline line", "Китай снял запрет на говядину\nГТУ КНР сообщило об этом в понедельник.",
			[]string{"Китай снял запрет на говядину", "ГТУ КНР сообщило об этом в понедельник."}},
		{"wrapped line", "Экспорт пшеницы в\nКитай вырос.", []string{"Экспорт пшеницы в Китай вырос."}},
		{"wrapped line, lowercase", "Экспорт пшеницы вырос\nна 10%.", []string{"Экспорт пшеницы вырос на 10%."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sentences(tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"a b":          "a b",
		"  a\t\n b  ":  "a b",
		"1\u202f232":   "1 232",
		"":             "",
		"\u00a0":       "",
		"a\u3000b":     "a b",
		"без пробелов": "без пробелов",
	} {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsSpace(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if got, want := isSpace(r), unicode.IsSpace(r); got != want {
			t.Errorf("isSpace(%U) = %v, want %v", r, got, want)
		}
	}
}

// spanRunEndRef is spanRunEnd byte by byte.
func spanRunEndRef(text string, j int) int {
	for j < len(text) && (!spanStop[text[j]] || text[j] == ' ') {
		j++
	}
	return j
}

func TestSpanRunEnd(t *testing.T) {
	// Every byte value at every offset of an eight-byte word, among letters of each script.
	bases := []string{"abcdefghijklmnopqrstuvwx", "пшеницыпшеницы", "қазақстанқазақстан", "中国海关总署中国海关", "qazaqstanǵa ýaqyt", "экспорт пшеницы в Китай", "a b  c   d"}
	for _, base := range bases {
		for c := 0; c < 256; c++ {
			for k := 0; k <= len(base); k++ {
				s := base[:k] + string([]byte{byte(c)}) + base[k:]
				for j := 0; j <= len(s); j++ {
					if got, want := spanRunEnd(s, j), spanRunEndRef(s, j); got != want {
						t.Fatalf("spanRunEnd(%q, %d) = %d, want %d", s, j, got, want)
					}
				}
			}
		}
	}
	for _, s := range setTexts(t) {
		for j := 0; j < len(s); j += 7 {
			if got, want := spanRunEnd(s, j), spanRunEndRef(s, j); got != want {
				t.Fatalf("spanRunEnd(%q…, %d) = %d, want %d", s[:min(len(s), 40)], j, got, want)
			}
		}
	}
}
