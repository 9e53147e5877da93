package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"agrowatch"
	"agrowatch/config"
	"agrowatch/crawler"
	"agrowatch/extract"
	"agrowatch/watch"
)

// maxScanInput bounds what scan reads from a file, a URL or stdin.
const maxScanInput = 16 << 20

func scanCmd(ctx context.Context, e env, args []string) int {
	fs := flag.NewFlagSet("scan", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	asJSON := fs.Bool("json", false, "one JSON object per mention and line")
	lang := fs.String("lang", "", "the article's language: ru, kk, en or zh (default: detect)")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	switch *lang {
	case "", "ru", "kk", "en", "zh":
	default:
		fmt.Fprintf(e.stderr, "agrowatch scan: -lang %q: want ru, kk, en or zh\n", *lang)
		return exitUsage
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(e.stderr, "agrowatch scan: give one FILE, URL or - for standard input")
		return exitUsage
	}
	in := fs.Arg(0)
	body, ctype, err := readInput(ctx, e, in)
	if err != nil {
		fmt.Fprintf(e.stderr, "agrowatch scan: %v\n", err)
		return exitFailed
	}
	a := agrowatch.Article{Text: string(body)}
	if isHTML(body, ctype) {
		if a, err = crawler.ExtractArticle(pageURL(in), body, ctype); err != nil {
			fmt.Fprintf(e.stderr, "agrowatch scan: %s: %v\n", in, err)
			return exitFailed
		}
	} else if !utf8.Valid(body) {
		fmt.Fprintf(e.stderr, "agrowatch scan: %s: not UTF-8 text (an HTML page may name its charset; plain text must be UTF-8)\n", in)
		return exitFailed
	}
	a.Lang = *lang
	// The same reading as the daemon's, so that scan shows what an alert would say.
	mentions := watch.Mentions(extract.New(), a)
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		for _, m := range mentions {
			if err := enc.Encode(m); err != nil {
				fmt.Fprintf(e.stderr, "agrowatch scan: %v\n", err)
				return exitFailed
			}
		}
		return exitOK
	}
	if len(mentions) == 0 {
		fmt.Fprintln(e.stdout, "no mentions")
		return exitOK
	}
	for _, m := range mentions {
		fmt.Fprintln(e.stdout, describe(m))
		fmt.Fprintf(e.stdout, "    «%s»\n", m.Sentence)
	}
	return exitOK
}

// describe writes a mention's facts as "kind lang key=value …".
func describe(m agrowatch.Mention) string {
	var b strings.Builder
	b.WriteString(string(m.Kind))
	b.WriteString(" [" + m.Lang + "]")
	add := func(k, v string) {
		if v != "" {
			b.WriteString(" " + k + "=" + v)
		}
	}
	add("status", m.Status)
	add("by", m.By)
	add("on", m.On)
	if m.Kind == agrowatch.KindExportVolume {
		add("tonnes", strconv.FormatFloat(m.Tonnes, 'f', -1, 64))
	}
	add("commodity", m.Commodity)
	add("from", m.From)
	add("to", m.To)
	add("period", m.Period)
	if m.Year != 0 {
		add("year", strconv.Itoa(m.Year))
	}
	if m.Forecast {
		add("forecast", "true")
	}
	add("cause", m.Cause)
	add("place", m.Place)
	return b.String()
}

func readInput(ctx context.Context, e env, in string) ([]byte, string, error) {
	switch {
	case in == "-":
		b, err := readCapped(e.stdin, "standard input")
		return b, "", err
	case strings.HasPrefix(in, "http://") || strings.HasPrefix(in, "https://"):
		return fetch(ctx, in)
	default:
		f, err := os.Open(in)
		if err != nil {
			return nil, "", err
		}
		defer f.Close()
		b, err := readCapped(f, in)
		return b, "", err
	}
}

func readCapped(r io.Reader, name string) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxScanInput+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	if len(b) > maxScanInput {
		return nil, fmt.Errorf("%s is larger than %d MiB", name, maxScanInput>>20)
	}
	return b, nil
}

// fetch reads one page with the default User-Agent; scan is a one-off, so no politeness gate.
func fetch(ctx context.Context, u string) ([]byte, string, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, "", err
	}
	req.Header.Set("User-Agent", config.DefaultHTTP().UserAgent)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, "", fmt.Errorf("%s: HTTP %s", u, resp.Status)
	}
	b, err := readCapped(resp.Body, u)
	return b, resp.Header.Get("Content-Type"), err
}

// isHTML tells a page from plain text by its content (and the server's word, when there is one).
func isHTML(b []byte, ctype string) bool {
	if strings.Contains(ctype, "html") {
		return true
	}
	head := bytes.ToLower(bytes.TrimSpace(b[:min(len(b), 2048)]))
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<article", "<meta", "<div", "<p>", "<p ", "<title"} {
		if bytes.Contains(head, []byte(p)) {
			return true
		}
	}
	return false
}

func pageURL(in string) string {
	if u, err := url.Parse(in); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
		return in
	}
	return "file:///" + strings.TrimPrefix(in, "/")
}
