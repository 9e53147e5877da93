package crawler

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzHTMLText: any HTML fragment (a feed item's content) comes out as UTF-8 paragraphs that are
// folded (no runs of white space, no white space at the ends) and separated by one blank line.
func FuzzHTMLText(f *testing.F) {
	for _, s := range []string{
		"<p>Первый абзац.</p><p>Второй   абзац\n с переносом.</p>",
		"<div><script>alert(1)</script>Текст<br>после<table><tr><td>1</td><td>232</td></tr></table></div>",
		"<p>1\u00a0232 тыс. тонн</p>",
		"<p>незакрытый <b>тег <i>внутри",
		"&lt;p&gt; &amp;amp; &#x41; &#1048; &nbsp;&nbsp;",
		"<![CDATA[ x ]]><!-- comment --><?pi?>",
		"\xff\xfe<p>\x00</p>",
		strings.Repeat("<div>", 600) + "deep" + strings.Repeat("</div>", 600),
		"<svg><text>no</text></svg><math>no</math><template><p>no</p></template>",
		"<pre>  code\n\n  block  </pre>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, fragment string) {
		text := htmlText(fragment)
		if !utf8.ValidString(text) && utf8.ValidString(fragment) {
			t.Fatalf("htmlText(%q) = %q: not UTF-8", fragment, text)
		}
		if text == "" {
			return
		}
		for _, p := range strings.Split(text, "\n\n") {
			if p == "" {
				t.Fatalf("htmlText(%q) = %q: an empty paragraph", fragment, text)
			}
			if utf8.ValidString(p) && fold(p) != p {
				t.Fatalf("htmlText(%q): paragraph %q is not folded", fragment, p)
			}
		}
		if inline := inlineText(fragment); strings.Contains(inline, "\n") {
			t.Fatalf("inlineText(%q) = %q: more than one line", fragment, inline)
		}
	})
}

// FuzzFold: fold is idempotent, leaves no white space at the ends, and folds as the reference does.
func FuzzFold(f *testing.F) {
	for _, s := range []string{" a  b ", "1\u00a0232", "\u200b x \u2009\u2009 y\n", "\t\r\n", "\xff \xfe", "a b", "a\u00a0 b",
		"\u00a0\u202f", "x\u00a0", "\u0085a\v\fb", "уже свёрнуто", "\ufffd\xc3", "", " ", "a\u3000b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := fold(s)
		if want := referenceFold(s); once != want {
			t.Fatalf("fold(%q) = %q, the reference folds it to %q", s, once, want)
		}
		if twice := fold(once); twice != once {
			t.Fatalf("fold(%q) = %q, fold again = %q", s, once, twice)
		}
		if strings.TrimSpace(once) != once && !strings.ContainsAny(once, "\u00a0\u202f\u2009") {
			t.Fatalf("fold(%q) = %q keeps white space at an end", s, once)
		}
	})
}

// TestFoldSpace: foldSpace's quick answers are unicode.IsSpace's, with the zero-width space.
func TestFoldSpace(t *testing.T) {
	for r := rune(0); r <= 0x10ffff; r++ {
		if got, want := foldSpace(r), unicode.IsSpace(r) || r == '\u200b'; got != want {
			t.Fatalf("foldSpace(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestFoldZeroWidth: a zero-width space shows as nothing, so fold drops it: inside a word it joins the
// word again («запре​тил» is «запретил» to a reader, and was «запре тил» here), and beside white space
// the run folds as it would without it.
func TestFoldZeroWidth(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Китай запре\u200bтил ввоз говя\u200bдины", "Китай запретил ввоз говядины"},
		{"Қазақстан\u200b \u200bастығы", "Қазақстан астығы"},
		{"\u200b export \u200b", "export"},
		{"1\u00a0\u200b232 тыс. тонн", "1\u00a0232 тыс. тонн"},
		{"哈萨克斯坦\u200b牛肉", "哈萨克斯坦牛肉"},
		{"\u200b", ""},
	} {
		if got := fold(c.in); got != c.want {
			t.Errorf("fold(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got, want := htmlText("<p>Китай запре&#8203;тил ввоз</p><p>\u200b</p>"), "Китай запретил ввоз"; got != want {
		t.Errorf("htmlText = %q, want %q", got, want)
	}
}
