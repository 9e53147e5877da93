package extract

import (
	"flag"
	"testing"
)

// The r15ban set (testdata/r15ban) holds the sentences written while fixing the meat_ban patterns the
// fifteenth development set showed: for each pattern, new lines in other languages and scripts
// than the dev item that showed it, a positive and a near miss. Its files and scoring are the blind
// sets' (blind3_test.go); TestR15Ban prints its scores (-v) and its misses (-r15ban.misses), and fails
// only when a line is malformed.

var r15banMisses = flag.Bool("r15ban.misses", false, "TestR15Ban: print every false positive, false negative and field error")

var r15banSet = blindSet{dir: "testdata/r15ban", minSentences: 1, minLang: map[string]int{}, misses: r15banMisses}

func TestR15Ban(t *testing.T) { blindScore(t, r15banSet) }
