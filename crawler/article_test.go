package crawler

import (
	"os"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

func TestExtractArticleSaved(t *testing.T) {
	b, err := os.ReadFile("testdata/eldala/article-16668.html")
	if err != nil {
		t.Fatal(err)
	}
	a, err := ExtractArticle("https://eldala.kz/novosti/zhivotnovodstvo/16668-uboynye-punkty-ocifruyut-v-kazahstane?amp=1", b, "")
	if err != nil {
		t.Fatal(err)
	}
	if a.URL != "https://eldala.kz/novosti/zhivotnovodstvo/16668-uboynye-punkty-ocifruyut-v-kazahstane" ||
		a.Title != "Убойные пункты оцифруют в Казахстане" || a.Lang != "ru" ||
		!a.Published.Equal(time.Date(2026, 10, 7, 12, 0, 0, 0, time.UTC)) ||
		!strings.HasPrefix(a.Text, "Все убойные пункты") || strings.Contains(a.Text, "Читать по теме") ||
		strings.Count(a.Text, "\n\n") != 3 {
		t.Errorf("%+v", a)
	}
	if !strings.Contains(a.Text, "1\u00a0232 тыс. голов") {
		t.Errorf("no-break space lost: %q", a.Text)
	}
}

func TestExtractArticleDates(t *testing.T) {
	const body = `<p>Министерство сообщило о новых правилах вывоза скота в соседние страны.</p>`
	for name, c := range map[string]struct {
		page string
		want time.Time
	}{
		"meta article:published_time": {
			`<html><head><meta property="article:published_time" content="2024-02-07T10:00:00+05:00"></head><body><h1>T</h1>` + body + `</body></html>`,
			time.Date(2024, 2, 7, 5, 0, 0, 0, time.UTC),
		},
		"JSON-LD": {
			`<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-02-07T10:00:00+0500"}</script></head><body><h1>T</h1>` + body + `</body></html>`,
			time.Date(2024, 2, 7, 5, 0, 0, 0, time.UTC),
		},
		"time in header ignored, visible date near the title": {
			`<html><body><header><time datetime="2024-05-04">Суббота, 4 мая, 2024</time></header><div class="page"><h1>T</h1><div>09 февраля 2024 | 05:30</div>` + body + `</div></body></html>`,
			time.Date(2024, 2, 9, 0, 30, 0, 0, time.UTC),
		},
		"header today only: no date": {
			`<html><body><div class="header">Суббота, 4 мая, 2024</div><h1>T</h1>` + body + `</body></html>`,
			time.Time{},
		},
		"sidebar time ignored": {
			`<html><body><aside><time datetime="2020-01-01T00:00:00Z">1</time></aside><article><h1>T</h1><span class="date">February 7, 2024</span>` + body + `</article></body></html>`,
			time.Date(2024, 2, 6, 19, 0, 0, 0, time.UTC),
		},
	} {
		a, err := ExtractArticle("https://example.kz/news/1", []byte(c.page), "text/html")
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if !a.Published.Equal(c.want) {
			t.Errorf("%s: date %s, want %s", name, a.Published, c.want)
		}
		if a.Text != "Министерство сообщило о новых правилах вывоза скота в соседние страны." {
			t.Errorf("%s: text %q", name, a.Text)
		}
	}
}

func TestExtractArticleCharset(t *testing.T) {
	page := `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>Запрет снят</title></head>
<body><article><h1>Запрет снят</h1><p>Ограничения на ввоз говядины сняты с понедельника.</p></article></body></html>`
	b, err := charmap.Windows1251.NewEncoder().String(page)
	if err != nil {
		t.Fatal(err)
	}
	a, err := ExtractArticle("https://example.kz/a", []byte(b), "")
	if err != nil || a.Title != "Запрет снят" || a.Text != "Ограничения на ввоз говядины сняты с понедельника." {
		t.Errorf("%+v %v", a, err)
	}
	if _, err := ExtractArticle("https://example.kz/a", []byte("<html><body></body></html>"), ""); err == nil {
		t.Error("an empty page gave an article")
	}
	if _, err := ExtractArticle("not a url", []byte(page), ""); err == nil {
		t.Error("a relative URL was accepted")
	}
}
