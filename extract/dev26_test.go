package extract

import (
	"flag"
	"testing"
)

// The twenty-sixth development set (testdata/dev26) was the thirteenth blind set: 437 sentences — Russian
// 113, English 106 (some of it the English of Central Asian outlets), Kazakh 110 (55 in Cyrillic; 55 in the
// Latin alphabet: 34 in the 2018 letters, 11 in the 2017 apostrophe spelling, 10 typed without diacritics)
// and Chinese 108 (11 in traditional characters) — and 40 whole short articles, written apart from the
// rules in registers blind12 lacked: regional news, analysts' and grain unions' monthly reviews,
// business-press interviews in question-and-answer form, Telegram posts of outlets, decree summaries,
// foreign press on Kazakhstan, railway operators' notices on crossings, GACC announcements and Xinjiang
// port news. About two in five sentences are hard negatives; its judgement calls are in
// testdata/dev26/JUDGEMENT.md. Read twice while held out (last at f048c72: P 0.859, R 0.818), it was then
// given to tuning; the held-out measure was blind14, now dev27.

var dev26Misses = flag.Bool("dev26.misses", false, "TestDev26: print every false positive, false negative and field error")

var dev26Set = blindSet{dir: "testdata/dev26", minSentences: 437, minArticles: 40,
	minLang: map[string]int{"ru": 113, "en": 106, "kk": 110, "zh": 108}, minScript: 55, misses: dev26Misses}

func TestDev26(t *testing.T) { blindScore(t, dev26Set) }
