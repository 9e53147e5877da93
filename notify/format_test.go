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
func golden(a agrowatch.Alert) string {
	var b strings.Builder
	parts := Render(a)
	for i, p := range parts {
		fmt.Fprintf(&b, "=== html part %d/%d (%d UTF-16 units)\n%s\n", i+1, len(parts), len16(p.HTML), p.HTML)
	}
	fmt.Fprintf(&b, "=== plain\n%s\n", RenderPlain(a))
	return b.String()
}

func TestGolden(t *testing.T) {
	tests := []struct {
		name  string
		alert agrowatch.Alert
	}{
		{"ru_alert", ruAlert()},
		{"hostile", hostileAlert()},
		{"split_30", longAlert(30)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := golden(tt.alert)
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
			for i, p := range Render(tt.alert) {
				if _, err := telegramtest.CheckHTML(p.HTML); err != nil {
					t.Errorf("part %d: Telegram would not parse it: %v", i+1, err)
				}
			}
		})
	}
}

func TestEscaping(t *testing.T) {
	a := hostileAlert()
	parts := Render(a)
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
		"cause avian influenza",
		"Line one line two tabbed",
	} {
		if !strings.Contains(h, want) {
			t.Errorf("HTML lacks %q:\n%s", want, h)
		}
	}
	plain := RenderPlain(a)
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
			h := Render(a)[0].HTML
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
	tests := []struct {
		name string
		m    agrowatch.Mention
		want string
	}{
		{"ban imposed", agrowatch.Mention{Kind: agrowatch.KindMeatBan, Status: "imposed", By: "CN", On: "KZ", Commodity: "beef", Cause: "fmd"},
			"🚫 meat ban imposed · by CN on KZ · beef · cause fmd"},
		{"ban lifted", agrowatch.Mention{Kind: agrowatch.KindMeatBan, Status: "lifted", By: "RU"}, "✅ meat ban lifted · by RU"},
		{"lifting pending", agrowatch.Mention{Kind: agrowatch.KindMeatBan, Status: "pending", On: "KZ", Commodity: "poultry"},
			"⏳ lifting pending · on KZ · poultry"},
		{"inspection done", agrowatch.Mention{Kind: agrowatch.KindInspection, Status: "done", By: "CN", On: "KZ"},
			"🔍 inspection done · CN inspects KZ"},
		{"inspection planned", agrowatch.Mention{Kind: agrowatch.KindInspection, Status: "planned", By: "CN"},
			"🔍 inspection planned · by CN"},
		{"export forecast", agrowatch.Mention{Kind: agrowatch.KindExportVolume, Tonnes: 2230000, Commodity: "grain", From: "KZ", To: "CN", Period: "2023", Year: 2023, Forecast: true},
			"📦 export 2,230,000 t grain KZ→CN · 2023 (forecast)"},
		{"export period", agrowatch.Mention{Kind: agrowatch.KindExportVolume, Tonnes: 512.25, Commodity: "wheat", To: "UZ", Period: "за январь-октябрь", Year: 2023},
			"📦 export 512.25 t wheat to UZ · за январь-октябрь 2023"},
		{"export bare", agrowatch.Mention{Kind: agrowatch.KindExportVolume}, "📦 export"},
		{"border delay", agrowatch.Mention{Kind: agrowatch.KindBorderDelay, Place: "Dostyk"}, "🚂 border delay at Dostyk"},
		{"border delay ended", agrowatch.Mention{Kind: agrowatch.KindBorderDelay, Status: "ended", Place: "Khorgos"}, "🚂 border delay ended at Khorgos"},
		{"unknown kind", agrowatch.Mention{Kind: "locust"}, "• locust"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := factLine(tt.m); got != tt.want {
				t.Errorf("factLine = %q, want %q", got, tt.want)
			}
		})
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
	plain := RenderPlain(a)
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
	h := Render(agrowatch.Alert{Source: "gov.kz", Title: "t"})[0].HTML
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
			parts := Render(tt.alert)
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
	if got := len16(" · part 9999/9999"); got != partLabelReserve {
		t.Errorf("partLabelReserve = %d, want %d", partLabelReserve, got)
	}
}
