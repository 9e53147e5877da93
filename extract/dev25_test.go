package extract

import (
	"flag"
	"testing"
)

// The twenty-fifth development set (testdata/dev25) was the twelfth blind set: 395 sentences — Russian,
// English (some of it the English of Central Asian outlets), Kazakh (55 in Cyrillic, 55 in the Latin
// alphabet, a few of those in the apostrophe spelling or without diacritics) and Chinese (12 in
// traditional characters) — and 40 whole short articles, written apart from the rules in the register of
// published wire news and press releases. About two in five sentences are hard negatives; its judgement
// calls are in testdata/dev25/JUDGEMENT.md. Read twice while held out (last at 79120e4: P 0.853, R 0.833),
// it was then given to tuning; the held-out measure was blind13, now dev26.

var dev25Misses = flag.Bool("dev25.misses", false, "TestDev25: print every false positive, false negative and field error")

var dev25Set = blindSet{dir: "testdata/dev25", minSentences: 395, minArticles: 40,
	minLang: map[string]int{"ru": 95, "en": 95, "kk": 110, "zh": 95}, minScript: 55, misses: dev25Misses}

func TestDev25(t *testing.T) { blindScore(t, dev25Set) }
