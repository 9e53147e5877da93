package extract

import (
	"flag"
	"testing"
)

// The twelfth blind set (testdata/blind12) holds 395 sentences — Russian, English (some of it the
// English of Central Asian outlets), Kazakh (55 in Cyrillic, 55 in the Latin alphabet, a few of those in
// the apostrophe spelling or without diacritics) and Chinese (12 in traditional characters) — and 40
// whole short articles, written apart from the rules in the register of published wire news and press
// releases: long sentences with attributions, asides, several figures, money and percentages beside
// tonnages, quotes of officials, background paragraphs. About two in five sentences are hard negatives.
// Its judgement calls are in testdata/blind12/JUDGEMENT.md. Tuning rules on it makes it worthless as a
// measure.

var blind12Misses = flag.Bool("blind12.misses", false, "TestBlind12: print every false positive, false negative and field error")

var blind12Set = blindSet{dir: "testdata/blind12", minSentences: 395, minArticles: 40,
	minLang: map[string]int{"ru": 95, "en": 95, "kk": 110, "zh": 95}, minScript: 55, misses: blind12Misses}

func TestBlind12(t *testing.T) { blindScore(t, blind12Set) }
