package extract

import (
	"flag"
	"testing"
)

// The tenth development set (testdata/dev10) was written apart from the rules, from the wording of real
// agricultural news, with weight on Kazakh (both alphabets) and Chinese (simplified and traditional), on
// inspections planned and done seen from either side (GACC audits and video inspections, delegations
// touring plants, documentary checks, Kazakh future and past forms) and on export volumes (many figures in
// one sentence, totals with parts, buyers listed, changes, Kazakh and Chinese number forms), with meat
// bans, border delays and the near misses of every kind. TestDev10 scores it as the blind sets are scored
// and fails only when the set is incomplete or a line is malformed.

var dev10Misses = flag.Bool("dev10.misses", false, "TestDev10: print every false positive, false negative and field error")

var dev10Set = blindSet{dir: "testdata/dev10", minSentences: 366, minArticles: 40,
	minLang: map[string]int{"ru": 89, "en": 64, "kk": 124, "zh": 89}, minScript: 62, misses: dev10Misses}

func TestDev10(t *testing.T) { blindScore(t, dev10Set) }
