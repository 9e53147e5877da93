package extract

import (
	"flag"
	"testing"
)

// The fifteenth blind set (testdata/blind15) holds 442 sentences — Russian 110, English 110, Kazakh 112
// (56 in Cyrillic; 56 in the Latin alphabet: 34 in the 2018 letters, 11 in the 2017 apostrophe spelling,
// 11 typed without diacritics) and Chinese 110 (15 items in traditional characters) — and 42 whole short
// articles, written apart from the rules in registers the earlier sets lack: analysts' and agencies'
// reports read as prose (USDA GAIN, FAO, IGC, ministry statistics), denials and corrections, live
// timelines, officials' and Telegram channels' posts, associations' open letters, forwarders' and
// railways' advisories, Rosselkhoznadzor, EEC and GACC notices, translated calque text, RSS items and
// academic citations, beside ordinary news. About two in five sentences are hard negatives. Its
// judgement calls are in testdata/blind15/JUDGEMENT.md. Tuning rules on it makes it worthless as a measure.

var blind15Misses = flag.Bool("blind15.misses", false, "TestBlind15: print every false positive, false negative and field error")

var blind15Set = blindSet{dir: "testdata/blind15", minSentences: 442, minArticles: 42,
	minLang: map[string]int{"ru": 110, "en": 110, "kk": 112, "zh": 110}, minScript: 56, misses: blind15Misses}

func TestBlind15(t *testing.T) { blindScore(t, blind15Set) }
