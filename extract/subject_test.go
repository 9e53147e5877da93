package extract

import "testing"

// TestArticleSubjectTie checks that the country an article is about does not depend on the order a
// map is walked in: of two countries named as often, Kazakhstan wins, else the one named first. Each
// case is asked many times, as the map's order changes from walk to walk.
func TestArticleSubjectTie(t *testing.T) {
	x := New()
	for _, tt := range []struct {
		text, lang, not, want string
	}{
		{"Russia and China signed it. China and Russia will meet.", "en", "", "RU"},
		{"China and Russia signed it. Russia and China will meet.", "en", "", "CN"},
		{"China and Kazakhstan signed it. Kazakhstan and China will meet.", "en", "", "KZ"},
		{"Russia, China and Iran signed it. Iran, China and Russia will meet.", "en", "RU", "CN"},
		{"Ресей мен Қытай келісті.", "kk", "", "RU"},
	} {
		for range 64 {
			low, _ := lowerValid(tt.text)
			hits := x.lex.scan(low, nil, new(bool))
			if got := x.articleSubject(&topic{}, hits, tt.lang, tt.not); got != tt.want {
				t.Fatalf("%q (not %q): subject %q, want %q", tt.text, tt.not, got, tt.want)
			}
		}
	}
}
