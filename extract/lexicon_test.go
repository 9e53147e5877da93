package extract

import "testing"

// TestLexiconCodes keeps the lexicons and the documented lists in step: every commodity a word maps
// to is in Commodities, every cause in Causes, and every animal product is a commodity.
func TestLexiconCodes(t *testing.T) {
	in := func(list []string, s string) bool {
		for _, x := range list {
			if x == s {
				return true
			}
		}
		return false
	}
	x := New()
	for _, w := range x.lex.words {
		switch {
		case w.feat&fCountry != 0:
			if len(w.code) != 2 {
				t.Errorf("%q: country code %q is not alpha-2", w.pat, w.code)
			}
		case w.feat&fCommodity != 0 && w.code != "":
			if !in(Commodities[:], w.code) {
				t.Errorf("%q: commodity %q is not in Commodities", w.pat, w.code)
			}
			if w.feat&fMeat != 0 && !in(AnimalProducts[:], w.code) {
				t.Errorf("%q: %q marked as an animal product but not in AnimalProducts", w.pat, w.code)
			}
		case w.feat&fCause != 0:
			if !in(Causes[:], w.code) {
				t.Errorf("%q: cause %q is not in Causes", w.pat, w.code)
			}
		}
	}
	for _, a := range AnimalProducts {
		if !in(Commodities[:], a) {
			t.Errorf("animal product %q is not in Commodities", a)
		}
	}
}

// TestExtractorConcurrent runs one Extractor from many goroutines; with -race it checks that Extract
// shares nothing mutable.
func TestExtractorConcurrent(t *testing.T) {
	x := New()
	text := "Китай снял ограничения на ввоз говядины из Казахстана.\n\n2023年哈萨克斯坦向中国出口小麦45万吨。"
	want := len(x.Extract(text, ""))
	done := make(chan int)
	for i := 0; i < 8; i++ {
		go func() {
			n := 0
			for j := 0; j < 50; j++ {
				n = len(x.Extract(text, ""))
			}
			done <- n
		}()
	}
	for i := 0; i < 8; i++ {
		if n := <-done; n != want {
			t.Errorf("concurrent Extract found %d mentions, want %d", n, want)
		}
	}
}
