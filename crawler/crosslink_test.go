package crawler

import (
	"testing"
	"unicode"
)

// FuzzCrossLinkText: the literal tests before the "read also" patterns never hide a match from them.
func FuzzCrossLinkText(f *testing.F) {
	for _, s := range []string{
		"Читать по теме: ссылка", "ЧИТАЙТЕ ТАКЖЕ:", "смотрите   ещё :", "Смотрите также", "  \u200b read also",
		"See Also:", "ſee alſo:", "RELATED:", "related :", "Тақырыпқа қатысты:", "ТАҚЫРЫПҚА ҚАТЫСТЫ",
		"текст. Читайте ещё: ссылка", "{\"a\":1,\"b\":\"also\"}", "read\u00a0also:", "чиᲄать по ᲄеме:",
		"Kelvin read also\t\n:", "\xff\xfeчитать также:", "по теме:", "see also\v:",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := crossLinkText(s), referenceCrossLinkText(s); got != want {
			t.Fatalf("crossLinkText(%q) = %v, the patterns alone say %v", s, got, want)
		}
	})
}

// TestFoldKey: the quick answers of foldKey are the tables' answers.
func TestFoldKey(t *testing.T) {
	for r := rune(0); r < 0x2000; r++ {
		want := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			want = min(want, f)
		}
		if got := foldKey(r); got != want {
			t.Fatalf("foldKey(%q) = %q, want %q", r, got, want)
		}
	}
	for _, r := range []rune{'ſ', '\u212a', 'ᲄ', 'ᲅ', 'ᲃ', 'ᲂ'} {
		if foldKey(r) >= r {
			t.Errorf("foldKey(%q) = %q: not folded", r, foldKey(r))
		}
	}
}
