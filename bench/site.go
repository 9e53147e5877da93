package main

import (
	"bytes"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"html/template"
	"net"
	"net/http"
	"time"

	"agrowatch/bench/mirror"
)

// listingPaths are the mirror's listings, one per language: the eldala preset reads one page, its
// start URL, and every card on it, so one source per language reaches all of that language's articles
// (and tells agrowatch which language it reads, as a configured source's lang does).
var listingPaths = map[string]string{"ru": "/", "kk": "/kz/", "en": "/en/"}

// page is one pre-rendered response.
type page struct {
	body        []byte
	etag        string
	contentType string
}

// site is the mirror in memory: every response rendered before the first request, so that serving is
// a map lookup and a write, and the server is never what is measured.
type site struct {
	pages map[string]page
	urls  []string // article paths, in corpus order
}

func newPage(body []byte, contentType string) page {
	sum := sha1.Sum(body)
	return page{body: body, etag: `"` + hex.EncodeToString(sum[:8]) + `"`, contentType: contentType}
}

// render builds every page of the corpus.
func render(c *mirror.Corpus) (*site, error) {
	s := &site{pages: map[string]page{}}
	s.pages["/robots.txt"] = newPage([]byte("User-agent: *\nDisallow: /search\n"), "text/plain; charset=utf-8")
	var buf bytes.Buffer
	byLang := map[string][]*mirror.Article{}
	for i := range c.Articles {
		a := &c.Articles[i]
		byLang[a.Lang] = append(byLang[a.Lang], a)
		buf.Reset()
		if err := articleTmpl.Execute(&buf, articleView{A: a, L: c.Lex[a.Lang], Related: related(c, a)}); err != nil {
			return nil, fmt.Errorf("bench: render %s: %w", a.Path(), err)
		}
		s.pages[a.Path()] = newPage(bytes.Clone(buf.Bytes()), "text/html; charset=utf-8")
		s.urls = append(s.urls, a.Path())
	}
	for lang, path := range listingPaths {
		buf.Reset()
		if err := listingTmpl.Execute(&buf, listingView{L: c.Lex[lang], Articles: byLang[lang]}); err != nil {
			return nil, fmt.Errorf("bench: render listing %s: %w", path, err)
		}
		s.pages[path] = newPage(bytes.Clone(buf.Bytes()), "text/html; charset=utf-8")
	}
	return s, nil
}

// related are the articles a page links to; a link that came out to the page itself goes to its
// neighbour instead, so that every page has all its links.
func related(c *mirror.Corpus, a *mirror.Article) []*mirror.Article {
	var out []*mirror.Article
	for _, i := range a.Related {
		o := &c.Articles[i]
		if o == a {
			o = &c.Articles[(i+1)%len(c.Articles)]
		}
		out = append(out, o)
	}
	return out
}

// ServeHTTP answers from memory, with an ETag so that a daemon's second poll of a listing can be a 304.
func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p, ok := s.pages[r.URL.Path]
	if !ok {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("ETag", p.etag)
	if r.Header.Get("If-None-Match") == p.etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Type", p.contentType)
	h.Set("Content-Length", fmt.Sprint(len(p.body)))
	w.Write(p.body)
}

// size is the bytes of all article pages.
func (s *site) size() int64 {
	var n int64
	for _, u := range s.urls {
		n += int64(len(s.pages[u].body))
	}
	return n
}

// serve starts the mirror on a free port of 127.0.0.1 and returns its base URL.
func serve(s *site) (base string, stop func(), err error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, fmt.Errorf("bench: listen: %w", err)
	}
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	return "http://" + ln.Addr().String(), func() { srv.Close() }, nil
}

type articleView struct {
	A       *mirror.Article
	L       *mirror.Lexicon
	Related []*mirror.Article
}

type listingView struct {
	L        *mirror.Lexicon
	Articles []*mirror.Article
}

var funcs = template.FuncMap{
	"iso":   func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05-0700") },
	"shown": func(t time.Time) string { return t.In(almaty).Format("02.01.2006 | 15:04") },
	"cat":   func(l *mirror.Lexicon, slug string) string { return l.Category(slug) },
	"cats":  func() []string { return mirror.Categories() },
	"odd":   func(i int) bool { return i%2 == 1 },
}

// almaty is UTC+5, the zone ElDala's pages show times in.
var almaty = time.FixedZone("ALMT", 5*3600)

// The page furniture: ElDala's header, menu, sidebar and footer, with the script and style blocks a
// news site carries, so that a page weighs what a real one does and the extractor has chrome to drop.
const chromeHead = `<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/app.css?v=3.14.2">
<link rel="icon" href="/favicon.ico">
<script async src="/assets/js/analytics.js"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-ELDALA'); (function(w,d){var s=d.createElement('script');s.async=true;s.src='/assets/js/ads.js';d.head.appendChild(s);w.addEventListener('scroll',function(){var h=d.querySelector('.header');if(h){h.classList.toggle('header--fixed',w.scrollY>80);}});})(window,document);</script>
<style>.material__body p{margin:0 0 1em;line-height:1.6}.material_item{display:flex;gap:12px;padding:8px 0;border-bottom:1px solid #eee}.material_item__title{font-weight:600}.header{position:relative;background:#fff}.header--fixed{position:fixed;top:0;left:0;right:0;z-index:10}.menu a{margin-right:14px;color:#2a5b2a}.sidebar{font-size:14px}.footer{color:#777;padding:24px 0}</style>`

const chromeTop = `<header class="header">
  <div class="header__today">{{.L.Chrome.Today}}</div>
  <a class="logo" href="/"><img src="/assets/img/logo.svg" alt="ElDala.kz"></a>
  <form class="header__search" action="/search"><input type="search" name="q" placeholder="{{.L.Chrome.Search}}"><button>{{.L.Chrome.Search}}</button></form>
  <nav class="menu">{{range cats}}<a href="/novosti/{{.}}">{{cat $.L .}}</a> {{end}}<a href="/kz/">Қазақша</a> <a href="/en/">English</a></nav>
</header>`

const chromeBottom = `<footer class="footer">
  <div class="footer__links"><a href="/about">{{.L.Chrome.About}}</a> · <a href="/contacts">{{.L.Chrome.Contacts}}</a> · <a href="/advertising">Реклама</a> · <a href="/rss">RSS</a></div>
  <form class="footer__subscribe" action="/subscribe"><input type="email" name="email"><button>{{.L.Chrome.Subscribe}}</button></form>
  <div class="footer__rights">© 2016–2026 ElDala.kz. {{.L.Chrome.Rights}}.</div>
  <div class="footer__social"><a href="https://t.me/eldala">Telegram</a> <a href="https://www.instagram.com/eldala.kz">Instagram</a> <a href="https://www.facebook.com/eldala.kz">Facebook</a></div>
</footer>
<script src="/assets/js/app.js?v=3.14.2"></script>`

var articleTmpl = template.Must(template.New("article").Funcs(funcs).Parse(`<!doctype html>
<html lang="{{.L.Lang}}">
<head>
<title>{{.A.Title}} — ElDala.kz</title>
` + chromeHead + `
<meta property="og:title" content="{{.A.Title}}">
<meta property="og:type" content="article">
<meta property="og:image" content="/uploads/all/2026/11/{{.A.ID}}.jpg">
<meta property="article:published_time" content="{{iso .A.Published}}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":{{.A.Title}},"datePublished":"{{iso .A.Published}}","image":["/uploads/all/2026/11/{{.A.ID}}.jpg"],"publisher":{"@type":"Organization","name":"ElDala.kz","logo":{"@type":"ImageObject","url":"/assets/img/logo.svg"}}}</script>
</head>
<body>
` + chromeTop + `
<main>
<div class="breadcrumbs"><a href="/">ElDala.kz</a> / <a href="/novosti/{{.A.Category}}">{{cat .L .A.Category}}</a></div>
<article class="material">
  <div class="material__head">
    <a class="material__category" href="/novosti/{{.A.Category}}">{{cat .L .A.Category}}</a>
    <h1 class="material__title">{{.A.Title}}</h1>
    <div class="material__meta"><time datetime="{{iso .A.Published}}">{{shown .A.Published}}</time> <span class="material__views">{{.A.ID}}</span></div>
  </div>
  <figure class="material__image"><img src="/uploads/all/2026/11/{{.A.ID}}.jpg" alt=""></figure>
  <div class="material__body">
{{- $rel := .Related}}{{range $i, $p := .A.Paras}}
    <p>{{$p}}</p>
{{- if and (eq $i 1) $rel}}{{with index $rel 0}}
    <p><strong>{{$.L.CrossLink}}</strong> <a href="{{.Path}}">{{.Title}}</a></p>
{{- end}}{{end}}{{end}}
  </div>
  <div class="material__tags">{{range slice .Related 1 4}}<a class="tag" href="/tags/{{.Category}}">#{{cat $.L .Category}}</a> {{end}}</div>
  <div class="share"><a href="https://t.me/share/url?url={{.A.Path}}">Telegram</a> <a href="https://wa.me/?text={{.A.Path}}">WhatsApp</a> <a href="https://www.facebook.com/sharer/sharer.php?u={{.A.Path}}">Facebook</a></div>
  <section class="related">
    {{range slice .Related 1 4}}<div class="related__item"><a href="{{.Path}}"><img src="/uploads/all/2026/11/{{.ID}}-s.jpg" alt=""><span>{{.Title}}</span></a></div>
    {{end}}
  </section>
</article>
<aside class="sidebar">
  <div class="sidebar__block sidebar__popular">
    <div class="sidebar__title">{{.L.Chrome.Popular}}</div>
    {{range slice .Related 4 10}}<div class="sidebar__item"><a href="{{.Path}}">{{.Title}}</a> <time datetime="{{iso .Published}}">{{shown .Published}}</time></div>
    {{end}}
  </div>
  <div class="sidebar__block sidebar__latest">
    {{range slice .Related 10}}<div class="sidebar__item"><span class="sidebar__cat">{{cat $.L .Category}}</span> <a href="{{.Path}}">{{.Title}}</a> <time datetime="{{iso .Published}}">{{shown .Published}}</time></div>
    {{end}}
  </div>
  <div class="sidebar__banner"><a href="/advertising"><img src="/uploads/banners/agro-expo-2026.jpg" alt=""></a></div>
</aside>
</main>
` + chromeBottom + `
</body>
</html>
`))

var listingTmpl = template.Must(template.New("listing").Funcs(funcs).Parse(`<!doctype html>
<html lang="{{.L.Lang}}">
<head>
<title>{{.L.Chrome.SiteTitle}}</title>
` + chromeHead + `
</head>
<body>
` + chromeTop + `
<main>
  <section class="section-news">
{{- range $i, $a := .Articles}}{{if odd $i}}
    <a class="material_item" href="{{$a.Path}}">
      <span class="material_item__title">{{$a.Title}}</span>
      <span class="material_item__category">{{cat $.L $a.Category}}</span>
      <span class="material_item__date" datetime="{{iso $a.Published}}">{{shown $a.Published}}</span>
    </a>{{else}}
    <div class="material_item">
      <a class="material_item__link" href="{{$a.Path}}"><img src="/uploads/all/2026/11/{{$a.ID}}.jpg" alt=""><span class="material_item__title">{{$a.Title}}</span></a>
      <span class="material_item__category">{{cat $.L $a.Category}}</span>
      <time class="material_item__date" datetime="{{iso $a.Published}}">{{shown $a.Published}}</time>
    </div>{{end}}
{{- end}}
  </section>
</main>
` + chromeBottom + `
</body>
</html>
`))
