package crawler

import (
	"fmt"
	"net/url"
	"strings"
	"sync"
	"testing"
)

// templatePage is an article page in a news site's furniture: menus, a sidebar of headlines, tags and a
// footer around the article. body is the article's paragraphs, in the container the site uses;
// elsewhere, when set, is a long text in another block (a page of another kind).
func templatePage(i int, body []string, elsewhere string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html lang="ru"><head><title>Новость %d</title></head><body>
<header class="site-header"><nav><a href="/">Главная</a> <a href="/novosti/zerno">Зерно</a> <a href="/novosti/myaso">Мясо</a></nav></header>
<main class="layout"><article class="material"><h1 class="material__title">Новость номер %d</h1>
<time datetime="2026-11-%02dT10:00:00+05:00">%d ноября</time>`, i, i, 1+i%28, 1+i%28)
	if body != nil {
		b.WriteString(`<div class="material__body">`)
		for _, p := range body {
			fmt.Fprintf(&b, "<p>%s</p>\n", p)
		}
		b.WriteString(`</div>`)
	}
	b.WriteString(`<div class="material__tags"><a href="/tag/1">зерно</a> <a href="/tag/2">экспорт</a></div></article>`)
	if elsewhere != "" {
		fmt.Fprintf(&b, `<section class="longread"><p>%s</p><p>%s</p><p>%s</p></section>`, elsewhere, elsewhere, elsewhere)
	}
	b.WriteString(`<aside class="sidebar"><h3>Популярное</h3><ul>`)
	for k := 0; k < 6; k++ {
		fmt.Fprintf(&b, `<li><a href="/novosti/zerno/%d-x">Заголовок другой новости %d</a></li>`, 100+k, k)
	}
	b.WriteString(`</ul></aside></main><footer class="site-footer">© 2026 Редакция. Все права защищены.</footer></body></html>`)
	return []byte(b.String())
}

// templateBody is page i's article: three paragraphs long enough for readability to take them.
func templateBody(i int) []string {
	return []string{
		fmt.Sprintf("Аграрии %d района Костанайской области завершили уборку зерновых на площади %d тысяч гектаров, сообщили в управлении сельского хозяйства.", i, 100+i),
		fmt.Sprintf("Средняя урожайность составила %d центнеров с гектара, что выше прошлогоднего показателя, отметили в акимате области, где подвели итоги сезона.", 10+i%9),
		"Фермеры рассчитывают на устойчивый спрос со стороны переработчиков и экспортеров, несмотря на рост цен на топливо и удобрения в этом году.",
	}
}

func TestBodyTemplate(t *testing.T) {
	u, _ := url.Parse("https://news.example/novosti/zerno/1-x")
	plain := extractor{loc: kzZone}
	type page struct {
		body      []string
		elsewhere string
	}
	same := func(n int) []page {
		var ps []page
		for i := range n {
			ps = append(ps, page{body: templateBody(i)})
		}
		return ps
	}
	long := strings.Repeat("Совсем другой материал, длинный и подробный, о ценах на удобрения и топливо для посевной кампании. ", 6)
	tests := []struct {
		name        string
		pages       []page
		wantUsed    int  // pages read by the layout alone
		wantTrusted bool // at the end
	}{
		{"one layout: learned after four pages, every eighth page checked", same(20),
			// pages 0–3 by readability (the first sets the candidate, three agree), then 7 of every 8
			20 - 4 - 2, true},
		{"too few pages to trust", same(templateAgree), 0, false},
		{"a page without the container is read by readability and the source learns again",
			append(append(same(6), page{body: nil, elsewhere: long}), same(3)...),
			2, false},
		{"a checked page where readability picks another block drops the trust",
			append(same(11), page{body: templateBody(99)[:1], elsewhere: long}),
			// 0–3 learning, 4–10 by the layout; page 11 is the eighth since trust: checked, differs
			7, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := extractor{loc: kzZone, tpl: &bodyTemplate{}}
			for i, p := range tc.pages {
				page := templatePage(i, p.body, p.elsewhere)
				want := plain.extract(u, page)
				got := x.extract(u, page)
				if got.Text != want.Text || got.Title != want.Title || !got.Published.Equal(want.Published) {
					t.Fatalf("page %d: learned layout gave\n%q\nreadability\n%q", i, got.Text, want.Text)
				}
				if want.Text == "" {
					t.Fatalf("page %d: no text at all", i)
				}
			}
			if x.tpl.used != tc.wantUsed || x.tpl.trusted != tc.wantTrusted {
				t.Errorf("used %d, trusted %v; want %d, %v", x.tpl.used, x.tpl.trusted, tc.wantUsed, tc.wantTrusted)
			}
		})
	}
}

// Readability's text from more than one container, or from <body> itself, is no layout to learn.
func TestBodyTemplateNoLayout(t *testing.T) {
	u, _ := url.Parse("https://news.example/a")
	x := extractor{loc: kzZone, tpl: &bodyTemplate{}}
	for i := range 6 {
		page := fmt.Appendf(nil, `<html><body><div class="a"><p>%s</p></div><p>%s</p><div class="b"><p>%s</p></div></body></html>`,
			templateBody(i)[0], templateBody(i)[1], templateBody(i)[2])
		want := extractor{loc: kzZone}.extract(u, page)
		if got := x.extract(u, page); got.Text != want.Text {
			t.Fatalf("page %d: %q, want %q", i, got.Text, want.Text)
		}
	}
	if x.tpl.trusted || x.tpl.used != 0 {
		t.Errorf("trusted %v after pages of no single container (used %d)", x.tpl.trusted, x.tpl.used)
	}
}

// A source's pages are read concurrently: the learned layout is shared (run with -race).
func TestBodyTemplateConcurrent(t *testing.T) {
	u, _ := url.Parse("https://news.example/a")
	x := extractor{loc: kzZone, tpl: &bodyTemplate{}}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for w := range 4 {
		wg.Go(func() {
			for i := range 16 {
				page := templatePage(w*16+i, templateBody(w*16+i), "")
				want := extractor{loc: kzZone}.extract(u, page)
				if got := x.extract(u, page); got.Text != want.Text {
					errs <- fmt.Sprintf("page %d: %q, want %q", w*16+i, got.Text, want.Text)
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	if x.tpl.used == 0 {
		t.Error("64 pages of one layout, none read by it")
	}
}

// Between two checks a trusted layout reads the site's container even on a page where readability
// would have taken another block: that page's text is the container's (the cost of not running
// readability), and the next check puts the source back to learning.
func TestBodyTemplateBetweenChecks(t *testing.T) {
	u, _ := url.Parse("https://news.example/a")
	x := extractor{loc: kzZone, tpl: &bodyTemplate{}}
	for i := range templateAgree + 1 {
		x.extract(u, templatePage(i, templateBody(i), ""))
	}
	if !x.tpl.trusted {
		t.Fatal("not trusted after four pages of one layout")
	}
	long := strings.Repeat("Совсем другой материал, длинный и подробный, о ценах на удобрения и топливо для посевной кампании. ", 6)
	odd := templatePage(50, templateBody(50)[:1], long)
	if got, want := x.extract(u, odd).Text, templateBody(50)[0]; got != want {
		t.Errorf("between checks: %q, want the container's %q", got, want)
	}
	for i := range templateCheck - 2 {
		x.extract(u, templatePage(60+i, templateBody(60+i), ""))
	}
	got := x.extract(u, odd).Text // the check
	if !strings.Contains(got, "Совсем другой материал") || x.tpl.trusted {
		t.Errorf("checked page: %q, trusted %v; want readability's text and learning again", got, x.tpl.trusted)
	}
}
