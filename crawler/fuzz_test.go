package crawler

import (
	"testing"
	"unicode/utf8"
)

// FuzzExtractArticle: any page gives an article or an error, never a panic, and its text is UTF-8.
func FuzzExtractArticle(f *testing.F) {
	f.Add([]byte("<html><head><meta charset=windows-1251><title>\xcf\xf0\xe8\xe2\xe5\xf2</title></head><body><p>\xf2\xe5\xea\xf1\xf2</p></body></html>"), "")
	f.Add([]byte(`<html><head><script type="application/ld+json">{"datePublished": "2024-02-09T05:30:00+0500"}</script></head><body><article><h1>T</h1><p>Body</p></article></body></html>`), "text/html; charset=utf-8")
	f.Add([]byte("<time datetime='9999-99-99'>x</time><p>Суббота, 4 мая, 2024</p>"), "text/html")
	f.Add([]byte("\xef\xbb\xbf<p>BOM</p>"), "")
	f.Add([]byte("<<<>>>&&&"), "text/html; charset=koi8-r")
	f.Fuzz(func(t *testing.T, page []byte, ctype string) {
		a, err := ExtractArticle("https://eldala.kz/novosti/zerno/1-x", page, ctype)
		if err != nil {
			return
		}
		if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
			t.Fatalf("not UTF-8: title %q text %q", a.Title, a.Text)
		}
	})
}
