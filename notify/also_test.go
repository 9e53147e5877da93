package notify

import (
	"strings"
	"testing"

	"agrowatch"
)

// TestFollowUpIsOneLine: a follow-up shows who told the story again and who first, not its facts again.
func TestFollowUpIsOneLine(t *testing.T) {
	a := agrowatch.Alert{Source: "kazinform", URL: "https://inform.kz/2", Title: "Китай снял запрет",
		Mentions: []agrowatch.Mention{{Kind: agrowatch.KindMeatBan, Status: "lifted", By: "CN", On: "KZ", Sentence: "Китай снял запрет на говядину."}},
		AlsoOf:   &agrowatch.Telling{Source: "eldala", URL: "https://eldala.kz/1"}}
	for _, lang := range []string{"ru", "kk", "en"} {
		plain := RenderPlain(a, lang)
		if !strings.Contains(plain, "eldala") || strings.Contains(plain, "Китай снял запрет на говядину.") {
			t.Errorf("%s follow-up: %q", lang, plain)
		}
		if parts := Render(a, lang); len(parts) != 1 {
			t.Errorf("%s follow-up in %d parts", lang, len(parts))
		}
	}
}
