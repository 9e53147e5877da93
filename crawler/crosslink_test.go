package crawler

import "testing"

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
