package extract

import (
	"flag"
	"testing"
)

// The seventeenth blind set (testdata/blind17) holds 442 sentences — Russian 110, English 110, Kazakh 112
// (56 in Cyrillic; 56 in the Latin alphabet: 34 in the 2018 letters, 11 in the 2017 apostrophe spelling,
// 11 typed without diacritics) and Chinese 110 (15 items in traditional characters) — and 42 whole short
// articles, written apart from the rules in registers the earlier sets lack: the text of decrees and
// orders, minutes of intergovernmental commissions, bank and rating-agency notes, company reports and bond
// prospectuses, FAQ and explainer pages, readers' comments and letters, radio bulletins with numbers in
// words, commodity-exchange reports, rail and shipping summaries and schedules, ministers' speeches,
// profiles and obituaries, farmers' diaries and posts, chronologies of a ban, glossaries and textbooks,
// video subtitles, robot-written market wraps, headlines in capitals and text with typos and no
// punctuation, beside ordinary news. About two in five sentences are hard negatives. Its judgement calls
// are in testdata/blind17/JUDGEMENT.md. Tuning rules on it makes it worthless as a measure.

var blind17Misses = flag.Bool("blind17.misses", false, "TestBlind17: print every false positive, false negative and field error")

var blind17Set = blindSet{dir: "testdata/blind17", minSentences: 442, minArticles: 42,
	minLang: map[string]int{"ru": 110, "en": 110, "kk": 112, "zh": 110}, minScript: 56, misses: blind17Misses}

func TestBlind17(t *testing.T) { blindScore(t, blind17Set) }
