package extract

import (
	"flag"
	"testing"
)

// The r13ban set (testdata/r13ban) holds the sentences written while fixing the meat_ban patterns the
// thirteenth development set showed: for each pattern, new lines in other languages and scripts
// than the dev item that showed it, a positive and a near miss. Its files and scoring are the blind
// sets' (blind3_test.go); TestR13Ban prints its scores (-v) and its misses (-r13ban.misses), and fails
// only when a line is malformed.

var r13banMisses = flag.Bool("r13ban.misses", false, "TestR13Ban: print every false positive, false negative and field error")

var r13banSet = blindSet{dir: "testdata/r13ban", minSentences: 1, minLang: map[string]int{}, misses: r13banMisses}

func TestR13Ban(t *testing.T) { blindScore(t, r13banSet) }
