package notify

import (
	"html"
	"strings"
	"testing"
	"time"

	"agrowatch"
	"agrowatch/notify/telegramtest"
)

// FuzzSplitHTML: Telegram HTML of any length splits into messages that are each valid Telegram HTML,
// at most max UTF-16 units long, and together hold every visible character but the line breaks and
// spaces at the cuts.
func FuzzSplitHTML(f *testing.F) {
	for _, s := range []string{
		"<b>Запрет</b> на ввоз говядины\n\n<i>Китай</i> · <a href=\"https://eldala.kz/1\">eldala</a>",
		strings.Repeat("<b>жирный</b> текст &amp; ещё\n", 400),
		strings.Repeat("слово ", 2000),
		strings.Repeat("x", 5000),
		strings.Repeat("&lt;&gt;&amp;&quot;&#1048;", 700),
		"<pre>" + strings.Repeat("код ", 1500) + "</pre>",
		strings.Repeat("😀", 3000),
		"<blockquote>" + strings.Repeat("цитата\n", 700) + "</blockquote>",
	} {
		f.Add(s, 0)
	}
	f.Add(strings.Repeat("<b>ab</b> ", 50), 40)
	f.Add("a\n\n\n\nb", 1)
	f.Fuzz(func(t *testing.T, text string, max int) {
		if _, err := telegramtest.CheckHTML(text); err != nil {
			return // the splitter is given rendered markup only
		}
		if max <= 0 || max > MaxMessageLen {
			max = MaxMessageLen
		}
		// A tag, with its closing tag and a character of text, must fit in one message.
		for rest := text; ; {
			i := strings.IndexByte(rest, '<')
			if i < 0 {
				break
			}
			j := strings.IndexByte(rest[i:], '>')
			if j < 0 {
				break
			}
			max = maxInt(max, 2*(j+1)+16)
			rest = rest[i+j+1:]
		}
		parts := SplitHTML(text, max)
		var got strings.Builder
		for i, p := range parts {
			if n := len16(p); n > max {
				t.Fatalf("part %d of %d is %d units long, over %d", i+1, len(parts), n, max)
			}
			if _, err := telegramtest.CheckHTML(p); err != nil {
				t.Fatalf("part %d is not Telegram HTML: %v\n%.300q", i+1, err, p)
			}
			if strings.TrimSpace(p) == "" {
				t.Fatalf("part %d is empty", i+1)
			}
			got.WriteString(p)
		}
		// What a reader sees: tags reopened after a cut inside an element add nothing to it.
		visible := func(s string) string { return strings.Join(strings.Fields(html.UnescapeString(stripTags(s))), "") }
		if visible(got.String()) != visible(text) {
			t.Fatalf("the parts lose or add text:\n%.300q\n%.300q", text, parts)
		}
	})
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// FuzzRender: whatever a site and the extractor put in an alert, every part is Telegram HTML within
// MaxMessageLen, in both renderings, in every language.
func FuzzRender(f *testing.F) {
	f.Add("Китай <снял> запрет & \"ограничения\"", "https://eldala.kz/novosti/1?a=1&b=<2>", "Говядина из Казахстана.", "beef", "CN", "KZ", 2230000.0, 3)
	f.Add(strings.Repeat("Очень длинный заголовок ", 50), "javascript:alert(1)", strings.Repeat("Предложение. ", 200), "\x1b[31m", "\xff", "", -1.0, 40)
	f.Add("", "", "", "", "", "", 0.0, 0)
	f.Add("\u202e\u0000\t\n", "http://[::1]:80/\"onmouseover=", "&amp;&lt;", "</b>", "<a>", "&#0;", 1e300, 1)
	f.Fuzz(func(t *testing.T, title, url, sentence, commodity, by, on string, tonnes float64, n int) {
		n = max(0, min(n, 60))
		a := agrowatch.Alert{Source: "eldala", URL: url, Title: title, Published: time.Date(2026, 10, 1, 10, 0, 0, 0, time.UTC)}
		kinds := agrowatch.Kinds()
		for i := range n {
			a.Mentions = append(a.Mentions, agrowatch.Mention{Kind: kinds[i%len(kinds)], Status: "imposed", Sentence: sentence,
				Commodity: commodity, By: by, On: on, From: on, To: by, Tonnes: tonnes, Lang: "ru"})
		}
		for _, lang := range append(Langs(), "zz") {
			for i, p := range Render(a, lang) {
				for _, m := range []string{p.HTML, html.EscapeString(p.Plain)} {
					if _, err := telegramtest.CheckHTML(m); err != nil {
						t.Fatalf("%s part %d is not Telegram HTML: %v\n%q", lang, i+1, err, m)
					}
					if len16(m) > MaxMessageLen {
						t.Fatalf("%s part %d is %d units long", lang, i+1, len16(m))
					}
				}
			}
			_ = RenderPlain(a, lang)
		}
	})
}
