package extract

import (
	"flag"
	"testing"
)

// The eleventh development set (testdata/dev11) was written apart from the rules in the style of wire
// and official text (agency items, ministry and veterinary releases, customs notes, GACC announcements,
// headlines), with weight on meat bans and export volumes, and near misses of every kind. TestDev11
// scores it as the blind sets are scored and fails only when the set is incomplete or a line is
// malformed.

var dev11Misses = flag.Bool("dev11.misses", false, "TestDev11: print every false positive, false negative and field error")

var dev11Set = blindSet{noTraditional: true, dir: "testdata/dev11", minSentences: 300, minArticles: 36,
	minLang: map[string]int{"ru": 80, "en": 70, "kk": 80, "zh": 70}, minScript: 40, misses: dev11Misses}

func TestDev11(t *testing.T) { blindScore(t, dev11Set) }
