package extract

import (
	"flag"
	"testing"
)

// The r21ban set (testdata/r21ban) holds the sentences written while fixing the meat_ban patterns the
// twenty-first development set showed: for each pattern, new lines in other languages and
// scripts than the dev item that showed it, a positive and a near miss. Its files and scoring are the blind
// sets' (blind3_test.go); TestR21Ban prints its scores (-v) and its misses (-r21ban.misses), and fails
// only when a line is malformed.

var r21banMisses = flag.Bool("r21ban.misses", false, "TestR21Ban: print every false positive, false negative and field error")

var r21banSet = blindSet{dir: "testdata/r21ban", minSentences: 1, minLang: map[string]int{}, misses: r21banMisses}

func TestR21Ban(t *testing.T) { blindScore(t, r21banSet) }
