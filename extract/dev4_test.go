package extract

import (
	"flag"
	"testing"
)

// The fourth development set (testdata/dev4) was written for the third round of extraction work (issue
// 7) after the fourth blind set was taken, in new wording, to tune on: whole short articles whose facts
// lean on what earlier paragraphs said (a ban stopped trade, then "the restrictions are lifted"; a list
// of buyers under a period named before; a crossing, then its days of waiting), page chrome, and
// sentences in the shapes of the patterns in every language. It was written in batches, each
// scored before any rule was written for it (the commit that added it gives its figures): the first
// (ru, en, kk, zh and the first 25 articles) gave P 0.859 R 0.823, sentences 0.917/0.875 and articles
// 0.765/0.736, close to the blind figures; second.jsonl to fifteenth.jsonl and the later articles aim
// at what the fixes had not seen yet (buyers' lists, false volumes in Kazakh and Russian, GACC phrasing,
// several facts in a sentence, bans in Latin Kazakh, checks that are no inspection, traps for the
// article rules themselves).
//
// Its files and scoring are the blind sets' (blind3_test.go); TestDev4 prints its scores (-v) and its
// misses (-dev4.misses), and fails only when the set is incomplete or a line is malformed. Unlike the
// blind sets it is read: what it measures is how far the rules generalise from the patterns they were
// written for, not quality on new text.

var dev4Misses = flag.Bool("dev4.misses", false, "TestDev4: print every false positive, false negative and field error")

var dev4Set = blindSet{dir: "testdata/dev4", minSentences: 379, minArticles: 118,
	minLang: map[string]int{"ru": 111, "en": 85, "kk": 107, "zh": 76}, minScript: 53, misses: dev4Misses}

func TestDev4(t *testing.T) { blindScore(t, dev4Set) }
