package crawler

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchPage is one article page, decoded to UTF-8 as the fetcher hands it to the extractor.
type benchPage struct {
	u    *url.URL
	body []byte
}

// fixturePages are the article pages of the crawler's testdata: real sites' shapes, but small
// (0.5–3 KB), so per-page costs weigh more than on a live page.
func fixturePages(b testing.TB) ([]benchPage, int64) {
	return pagesOf(b, filepath.Join("testdata", "*", "article*.html"))
}

// mirrorPages are pages of the bench command's mirror (testdata/bench, 11–15 KB each): ElDala's shape
// with its header, menu, related stories, sidebar, footer, scripts and styles, in Russian, Kazakh and
// English.
func mirrorPages(b testing.TB) ([]benchPage, int64) {
	return pagesOf(b, filepath.Join("testdata", "bench", "mirror-*.html"))
}

func pagesOf(b testing.TB, glob string) ([]benchPage, int64) {
	b.Helper()
	files, err := filepath.Glob(glob)
	if err != nil || len(files) == 0 {
		b.Fatalf("no article pages %s: %v", glob, err)
	}
	var pages []benchPage
	var size int64
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		body, err := toUTF8(raw, "text/html")
		if err != nil {
			b.Fatal(err)
		}
		u, _ := url.Parse("https://eldala.kz/novosti/zerno/" + strings.TrimSuffix(filepath.Base(f), ".html"))
		pages = append(pages, benchPage{u: u, body: body})
		size += int64(len(body))
	}
	return pages, size
}

// fullPage is ElDala's article fixture with the furniture a live page carries around the same text:
// a menu, related stories, a sidebar of popular and latest news, share links, scripts and styles
// (about 12 KB, like the bench command's mirror pages).
func fullPage(b testing.TB) ([]benchPage, int64) {
	b.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "eldala", "article-16668.html"))
	if err != nil {
		b.Fatal(err)
	}
	var menu, side, related strings.Builder
	for i := range 12 {
		fmt.Fprintf(&menu, `<a href="/novosti/rubrika-%d">Рубрика номер %d</a> `, i, i)
	}
	for i := range 16 {
		fmt.Fprintf(&side, `<div class="sidebar__item"><span class="sidebar__cat">Зерно</span> <a href="/novosti/zerno/%d-novost">Аграрии области завершают уборку урожая, сообщили в акимате, номер %d</a> <time datetime="2026-09-%02dT10:00:00+0000">%d сентября</time></div>`+"\n", 16000+i, i, 1+i, 1+i)
	}
	for i := range 3 {
		fmt.Fprintf(&related, `<div class="related__item"><a href="/novosti/zerno/%d-svyaz"><img src="/uploads/all/2026/10/%d.jpg" alt=""><span>Связанная новость о ценах на зерно %d</span></a></div>`+"\n", 15900+i, i, i)
	}
	script := `<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());` +
		strings.Repeat(`(function(w,d){var s=d.createElement('script');s.async=true;s.src='/assets/js/ads.js';d.head.appendChild(s);})(window,document);`, 8) + `</script>`
	page := string(raw)
	page = strings.Replace(page, "</head>", script+"\n<style>"+strings.Repeat(".material__body p{margin:0 0 1em;line-height:1.6}", 10)+"</style>\n</head>", 1)
	page = strings.Replace(page, `<nav class="menu">`, `<nav class="menu">`+menu.String(), 1)
	page = strings.Replace(page, "</article>", `<section class="related">`+related.String()+"</section>\n</article>", 1)
	page = strings.Replace(page, `<div class="sidebar__title">Популярное</div>`, `<div class="sidebar__title">Популярное</div>`+side.String(), 1)
	u, _ := url.Parse("https://eldala.kz/novosti/zhivotnovodstvo/16668-uboynye-punkty-ocifruyut-v-kazahstane")
	return []benchPage{{u: u, body: []byte(page)}}, int64(len(page))
}

// BenchmarkArticleText measures an article page turned into title, date and text by the generic
// extraction every preset without selectors uses (parse, chrome removal, readability, paragraphs);
// bytes/op is the HTML, so MB/s is page bytes per second per core.
func BenchmarkArticleText(b *testing.B) {
	for _, set := range []struct {
		name  string
		pages func(testing.TB) ([]benchPage, int64)
	}{{"fixtures", fixturePages}, {"full-page", fullPage}, {"mirror", mirrorPages}} {
		b.Run(set.name, func(b *testing.B) {
			pages, size := set.pages(b)
			x := extractor{loc: kzZone}
			if got := x.extract(pages[0].u, pages[0].body); got.Text == "" {
				b.Fatalf("%s: no text extracted", pages[0].u)
			}
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				for _, p := range pages {
					x.extract(p.u, p.body)
				}
			}
		})
	}
}

// BenchmarkArticleTextParallel runs the full page on every core at once.
func BenchmarkArticleTextParallel(b *testing.B) {
	pages, size := fullPage(b)
	x := extractor{loc: kzZone}
	b.SetBytes(size)
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			for _, p := range pages {
				x.extract(p.u, p.body)
			}
		}
	})
}
