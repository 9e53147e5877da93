package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"

	"agrowatch/notify/telegramtest"
)

const (
	gaccE2EList    = "/customs/302249/302266/302267/index.html"
	gaccE2EArticle = "/customs/302249/302266/302267/5799001/index.html"
	// GACC's phrasing of a lifting: the sentence the alert must quote.
	gaccE2ESentence = "海关总署决定解除对哈萨克斯坦牛肉的进口禁令。"
)

// newFakeGACC serves an announcements listing in GBK (its <meta> says gb2312) and one announcement in
// GB18030 that names no encoding at all, the way customs.gov.cn's pages come, published at pub.
func newFakeGACC(t *testing.T, pub time.Time) *httptest.Server {
	t.Helper()
	title := "海关总署公告2026年第90号（关于解除哈萨克斯坦牛肉输华禁令的公告）"
	listing := fmt.Sprintf(`<!DOCTYPE html><html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>海关总署公告</title></head>
<body><div class="header"><a href="/">首页</a></div>
<ul class="conList_ul"><li><a href="%s" title="%s" target="_blank">海关总署公告2026年第90号（关于解除哈萨克斯坦...</a><span>%s</span></li></ul>
<div class="footer">主办单位：中华人民共和国海关总署</div></body></html>`, gaccE2EArticle, title, pub.Format("2006-01-02"))
	article := fmt.Sprintf(`<!DOCTYPE html><html><head><title>%s</title></head><body>
<div class="easysite-news-title"><h2>%s</h2></div>
<div class="easysite-news-describe">发布时间：%s　　信息来源：动植物检疫司</div>
<div class="easysite-news-peruse">
<p>根据《中华人民共和国进出境动植物检疫法》及其实施条例等有关规定，经评估，哈萨克斯坦口蹄疫疫情已得到有效控制。%s</p>
<p>特此公告。</p>
</div>
<div class="footer">主办单位：中华人民共和国海关总署</div></body></html>`, title, title, pub.Format("2006-01-02 15:04"), gaccE2ESentence)
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(listing)
	if err != nil {
		t.Fatal(err)
	}
	gb18030, err := simplifiedchinese.GB18030.NewEncoder().String(article)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case gaccE2EList:
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, gbk)
		case gaccE2EArticle:
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, gb18030)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

// A GACC announcement in Chinese that lifts the ban on Kazakh beef reaches Telegram as a lifting by
// China on Kazakhstan, dated as Beijing dates it, with its sentence quoted.
func TestEndToEndGACCAnnouncement(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	beijing := time.FixedZone("UTC+8", 8*3600)
	// 07:30 in Beijing yesterday is 23:30 UTC the day before: the alert's date tells the zones apart.
	y := time.Now().In(beijing).AddDate(0, 0, -1)
	pub := time.Date(y.Year(), y.Month(), y.Day(), 7, 30, 0, 0, beijing)
	srv := newFakeGACC(t, pub)

	tg := telegramtest.New(t)
	t.Setenv("AGROWATCH_TELEGRAM_TOKEN", tg.Token())
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(cfg, []byte(fmt.Sprintf(`store:
  path: %s
http:
  user_agent: "agrowatch-test/0.1 (+https://example.org/agrowatch)"
  timeout: 5s
  delay: 10ms
alerts:
  max_age: 72h
telegram:
  api_url: %s
  chats: ["-100777"]
sources:
  - name: gacc
    preset: gacc
    url: %s%s
    interval: 1s
`, filepath.Join(dir, "agrowatch.db"), tg.URL(), srv.URL, gaccE2EList)), 0o600); err != nil {
		t.Fatal(err)
	}

	runOnceUntil(t, ctx, cfg, tg, 1)
	msgs := tg.Messages()
	if len(msgs) != 1 {
		t.Fatalf("%d messages, want 1:\n%v", len(msgs), msgs)
	}
	text := msgs[0].Text
	t.Logf("alert:\n%s", text)
	for _, want := range []string{
		"✅ Китай снял запрет на говядину из Казахстана",
		"<blockquote>" + gaccE2ESentence + "</blockquote>",
		"海关总署公告2026年第90号",
		srv.URL + gaccE2EArticle,
		"gacc · " + pub.Format("2006-01-02"),
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the alert lacks %q:\n%s", want, text)
		}
	}
	if utcDay := pub.UTC().Format("2006-01-02"); strings.Contains(text, utcDay) {
		t.Errorf("the alert is dated %s, the UTC day, not Beijing's:\n%s", utcDay, text)
	}
}
