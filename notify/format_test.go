package notify

import (
	"flag"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"agrowatch"
	"agrowatch/notify/telegramtest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden renders an alert the way the goldens show it: every HTML part, then the plain text.
func golden(a agrowatch.Alert, lang string) string {
	var b strings.Builder
	parts := Render(a, lang)
	for i, p := range parts {
		fmt.Fprintf(&b, "=== html part %d/%d (%d UTF-16 units)\n%s\n", i+1, len(parts), len16(p.HTML), p.HTML)
	}
	fmt.Fprintf(&b, "=== plain\n%s\n", RenderPlain(a, lang))
	return b.String()
}

func TestGolden(t *testing.T) {
	tests := []struct {
		name  string
		alert agrowatch.Alert
		lang  string
	}{
		{"ru_alert", ruAlert(), "ru"},
		{"kk_alert", ruAlert(), "kk"},
		{"en_alert", ruAlert(), "en"},
		{"border_change", borderAlert(), "ru"},
		{"border_change_en", borderAlert(), "en"},
		{"hostile", hostileAlert(), "en"},
		{"split_30", longAlert(30), "ru"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := golden(tt.alert, tt.lang)
			path := filepath.Join("testdata", tt.name+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("rendering differs from %s (go test -update rewrites it):\n%s", path, got)
			}
			for i, p := range Render(tt.alert, tt.lang) {
				if _, err := telegramtest.CheckHTML(p.HTML); err != nil {
					t.Errorf("part %d: Telegram would not parse it: %v", i+1, err)
				}
			}
		})
	}
}

func TestEscaping(t *testing.T) {
	a := hostileAlert()
	parts := Render(a, "en")
	if len(parts) != 1 {
		t.Fatalf("got %d parts, want 1", len(parts))
	}
	h := parts[0].HTML
	for _, bad := range []string{"<script", "<b>evil", "<img", `"><`, "&nbsp;", "\x1b", "</i><b>"} {
		if strings.Contains(h, bad) {
			t.Errorf("HTML contains unescaped %q:\n%s", bad, h)
		}
	}
	for _, want := range []string{
		"&lt;script&gt;&amp;amp; &#34;x&#34;",
		`href="https://example.com/news?id=1&amp;q=&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"`,
		"&lt;b&gt;evil&lt;/b&gt; &amp; co",
		"(avian influenza)",
		"Line one line two tabbed",
	} {
		if !strings.Contains(h, want) {
			t.Errorf("HTML lacks %q:\n%s", want, h)
		}
	}
	plain := RenderPlain(a, "en")
	for _, want := range []string{`<script>&amp; "x"`, `Prices < 100 & > 50`, "red"} {
		if !strings.Contains(plain, want) {
			t.Errorf("plain text lacks %q:\n%s", want, plain)
		}
	}
	if strings.Contains(plain, "\x1b") {
		t.Errorf("plain text keeps a terminal escape sequence: %q", plain)
	}
}

func TestLinks(t *testing.T) {
	tests := []struct {
		url  string
		link bool
	}{
		{"https://eldala.kz/a", true},
		{"http://apk-news.kz/b?x=1&y=2", true},
		{"HTTPS://EXAMPLE.COM/", true},
		{"javascript:alert(1)", false},
		{"data:text/html,<script>", false},
		{"//example.com/x", false},
		{"/relative/path", false},
		{"https://", false},
		{"https://exa mple.com/", false},
		{"ftp://example.com/f", false},
		{"", false},
		{"https://example.com/" + strings.Repeat("a", maxURL), false},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			a := agrowatch.Alert{Title: "t", URL: tt.url}
			h := Render(a, "en")[0].HTML
			if got := strings.Contains(h, "<a href="); got != tt.link {
				t.Errorf("link = %v, want %v: %s", got, tt.link, h)
			}
			if _, err := telegramtest.CheckHTML(h); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestFactLine(t *testing.T) {
	ban := agrowatch.Mention{Kind: agrowatch.KindMeatBan, Status: "imposed", By: "CN", On: "KZ", Commodity: "beef", Cause: "fmd"}
	lifted := agrowatch.Mention{Kind: agrowatch.KindMeatBan, Status: "lifted", By: "CN", On: "KZ", Commodity: "poultry", Cause: "fmd"}
	pending := agrowatch.Mention{Kind: agrowatch.KindMeatBan, Status: "pending", On: "KZ", Commodity: "mutton"}
	russia := agrowatch.Mention{Kind: agrowatch.KindMeatBan, Status: "imposed", By: "RU", On: "KZ"}
	insp := agrowatch.Mention{Kind: agrowatch.KindInspection, Status: "done", By: "CN", On: "KZ"}
	planned := agrowatch.Mention{Kind: agrowatch.KindInspection, Status: "planned", By: "US"}
	vol := agrowatch.Mention{Kind: agrowatch.KindExportVolume, Tonnes: 2230000, Commodity: "grain", From: "KZ", To: "CN", Period: "2023", Year: 2023, Forecast: true}
	small := agrowatch.Mention{Kind: agrowatch.KindExportVolume, Tonnes: 1250.5, Commodity: "wheat", To: "UZ", Period: "за январь-октябрь", Year: 2023}
	incr := agrowatch.Mention{Kind: agrowatch.KindExportVolume, Change: "increase", Tonnes: 200000, Commodity: "wheat", From: "KZ", To: "CN", Year: 2024}
	decr := agrowatch.Mention{Kind: agrowatch.KindExportVolume, Change: "decrease", Tonnes: 35000, Commodity: "barley"}
	diff := agrowatch.Mention{Kind: agrowatch.KindExportVolume, Change: "difference", Tonnes: 200000}
	border := agrowatch.Mention{Kind: agrowatch.KindBorderDelay, Place: "Dostyk", Wagons: 3000, Trucks: 122, Days: 2.5, Route: "Altynkol – Khorgos"}
	ended := agrowatch.Mention{Kind: agrowatch.KindBorderDelay, Status: "ended", Place: "Khorgos"}
	tests := []struct {
		name string
		m    agrowatch.Mention
		lang string
		want string
	}{
		{"ban ru", ban, "ru", "🚫 Китай ввёл запрет на говядину из Казахстана (ящур)"},
		{"ban kk", ban, "kk", "🚫 Тыйым салынды: Қытай · сиыр еті, шығу елі Қазақстан (аусыл)"},
		{"ban en", ban, "en", "🚫 China banned beef from Kazakhstan (foot-and-mouth disease)"},
		{"lifted ru", lifted, "ru", "✅ Китай снял запрет на мясо птицы из Казахстана (ящур)"},
		{"lifted en", lifted, "en", "✅ China lifted the ban on poultry from Kazakhstan (foot-and-mouth disease)"},
		{"pending ru", pending, "ru", "⏳ Ожидается снятие запрета на баранину из Казахстана"},
		{"feminine ru", russia, "ru", "🚫 Россия ввела запрет на продукцию из Казахстана"},
		{"inspection ru", insp, "ru", "🔍 Китай провёл инспекцию предприятий Казахстана"},
		{"inspection kk", insp, "kk", "🔍 Тексеру жүргізілді: Қытай → Қазақстан кәсіпорындары"},
		{"inspection en", insp, "en", "🔍 China inspected plants in Kazakhstan"},
		{"planned plural ru", planned, "ru", "🔍 США проведут инспекцию"},
		{"volume ru", vol, "ru", "📦 2,23\u00a0млн т зерна KZ → CN, 2023 (прогноз)"},
		{"volume kk", vol, "kk", "📦 2,23\u00a0млн т астық KZ → CN, 2023 (болжам)"},
		{"volume en", vol, "en", "📦 2.23\u00a0million t of grain KZ → CN, 2023 (forecast)"},
		{"small ru", small, "ru", "📦 1,25\u00a0тыс. т пшеницы → UZ, за январь-октябрь 2023"},
		{"small en", small, "en", "📦 1.25\u00a0thousand t of wheat → UZ, за январь-октябрь 2023"},
		{"increase ru", incr, "ru", "📈 Рост на 200\u00a0тыс. т: пшеница KZ → CN, 2024"},
		{"increase en", incr, "en", "📈 Up 200\u00a0thousand t: wheat KZ → CN, 2024"},
		{"decrease kk", decr, "kk", "📉 Төмендеу 35\u00a0мың т: арпа"},
		{"difference ru", diff, "ru", "↔️ Разница 200\u00a0тыс. т"},
		{"border ru", border, "ru", "🚂 Задержки на границе: Достык · 3\u00a0000 вагонов · 122 грузовика · 2,5 дня · Алтынколь – Хоргос"},
		{"border kk", border, "kk", "🚂 Шекарадағы кідіріс: Достық · 3\u00a0000 вагон · 122 жүк көлігі · 2,5 күн · Алтынкөл – Қорғас"},
		{"border en", border, "en", "🚂 Border delay: Dostyk · 3,000 wagons · 122 trucks · 2.5 days · Altynkol – Khorgos"},
		{"border ended ru", ended, "ru", "✅ Задержки на границе закончились: Хоргос"},
		{"unknown kind", agrowatch.Mention{Kind: "locust"}, "en", "• locust"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := factLine(tt.m, tt.lang); got != tt.want {
				t.Errorf("factLine = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestNumbers(t *testing.T) {
	tests := []struct {
		v    float64
		lang string
		want string
	}{
		{1234567.891, "en", "1,234,567.89"},
		{1234567.891, "ru", "1\u00a0234\u00a0567,89"},
		{1234567.891, "kk", "1\u00a0234\u00a0567,89"},
		{999, "ru", "999"},
		{-2.5, "ru", "−2,5"},
	}
	for _, tt := range tests {
		if got := decimal(tt.v, 2, tt.lang); got != tt.want {
			t.Errorf("decimal(%v, %s) = %q, want %q", tt.v, tt.lang, got, tt.want)
		}
	}
	for n, want := range map[float64]string{1: "вагон", 2: "вагона", 5: "вагонов", 11: "вагонов", 21: "вагон", 22: "вагона", 112: "вагонов", 1.5: "вагона"} {
		if got := plural(n, "вагон", "вагона", "вагонов"); got != want {
			t.Errorf("plural(%v) = %q, want %q", n, got, want)
		}
	}
}

func TestFormatTonnes(t *testing.T) {
	for in, want := range map[float64]string{0: "0", 7: "7", 999: "999", 1000: "1,000", 2230000: "2,230,000", 1.5: "1.5", 1234567.891: "1,234,567.89"} {
		if got := formatTonnes(in); got != want {
			t.Errorf("formatTonnes(%v) = %q, want %q", in, got, want)
		}
	}
}

func TestShortenSentence(t *testing.T) {
	long := strings.Repeat("слово ", 200)
	a := agrowatch.Alert{Title: "t", Mentions: []agrowatch.Mention{{Kind: agrowatch.KindBorderDelay, Sentence: long}}}
	plain := RenderPlain(a, "ru")
	_, quoted, _ := strings.Cut(plain, "«")
	quoted, _, _ = strings.Cut(quoted, "»")
	if n := utf8.RuneCountInString(quoted); n > maxSentence || n < maxSentence*3/4 {
		t.Errorf("shortened sentence has %d runes, want about %d", n, maxSentence)
	}
	if !strings.HasSuffix(quoted, "слово…") {
		t.Errorf("sentence not cut at a word with an ellipsis: %q", quoted[len(quoted)-20:])
	}
	if got := shorten("short", 400); got != "short" {
		t.Errorf("shorten changed a short string: %q", got)
	}
}

func TestDateUnknown(t *testing.T) {
	h := Render(agrowatch.Alert{Source: "gov.kz", Title: "t"}, "en")[0].HTML
	if !strings.Contains(h, "gov.kz · date unknown") {
		t.Errorf("no 'date unknown': %s", h)
	}
}

func TestSplit(t *testing.T) {
	astral := longAlert(30)
	for i := range astral.Mentions {
		astral.Mentions[i].Sentence = marker(i) + " " + strings.Repeat("🌾", 500)
	}
	entities := longAlert(40)
	for i := range entities.Mentions {
		entities.Mentions[i].Sentence = marker(i) + " " + strings.Repeat("<&>", 200)
	}
	tests := []struct {
		name      string
		alert     agrowatch.Alert
		wantParts int // 0: more than one
	}{
		{"one mention", longAlert(1), 1},
		{"no mentions", agrowatch.Alert{Title: "только заголовок", URL: "https://eldala.kz/x"}, 1},
		{"30 mentions", longAlert(30), 0},
		{"100 mentions", longAlert(100), 0},
		{"astral characters", astral, 0},
		{"entities everywhere", entities, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts := Render(tt.alert, "en")
			if tt.wantParts > 0 && len(parts) != tt.wantParts || tt.wantParts == 0 && len(parts) < 2 {
				t.Fatalf("got %d parts, want %d (0: several)", len(parts), tt.wantParts)
			}
			titleLine := strings.SplitN(parts[0].HTML, "\n", 2)[0]
			count := map[string]int{}
			for i, p := range parts {
				for _, text := range []string{p.HTML, html.EscapeString(p.Plain)} {
					if n := len16(text); n > MaxMessageLen {
						t.Errorf("part %d: %d UTF-16 units > %d", i+1, n, MaxMessageLen)
					}
					if _, err := telegramtest.CheckHTML(text); err != nil {
						t.Errorf("part %d: Telegram would not parse it: %v", i+1, err)
					}
				}
				if !strings.HasPrefix(p.HTML, titleLine+"\n") {
					t.Errorf("part %d does not start with the title line %q", i+1, titleLine)
				}
				if len(parts) > 1 && !strings.Contains(p.HTML, fmt.Sprintf("part %d/%d", i+1, len(parts))) {
					t.Errorf("part %d has no 'part %d/%d' label", i+1, i+1, len(parts))
				}
				for j := range tt.alert.Mentions {
					m := marker(j)
					if strings.Contains(p.HTML, m) {
						count[m]++
						if !strings.Contains(p.Plain, m) {
							t.Errorf("part %d: %s in the HTML but not in the plain text", i+1, m)
						}
					}
				}
			}
			for j := range tt.alert.Mentions {
				if m := marker(j); count[m] != 1 {
					t.Errorf("%s appears in %d parts, want 1", m, count[m])
				}
			}
		})
	}
	for _, lang := range Langs() {
		if got := len16(" · " + partLabel(lang, 9999, 9999)); got > partLabelReserve {
			t.Errorf("%s: partLabelReserve = %d, want at least %d", lang, partLabelReserve, got)
		}
	}
}
