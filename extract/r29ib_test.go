package extract

import (
	"flag"
	"testing"
)

// The r29ib set (testdata/r29ib) holds the sentences and articles written while fixing the meat_ban and
// inspection patterns the twenty-eighth development set (and the misses left in dev27 and dev26) showed in
// Russian, Kazakh and English: the goods of what an inspection checks, a headline that names no inspector,
// a check told as earlier, an audit asked of an agency named at length, a ban narrowed to a region, a
// market that opens of itself, questions, negated extensions, a ban in the clause after a contrast, a
// holder told with its verb left out, transit permits, seminars, warnings, absent permissions, assessments
// that ground a decision. For each pattern, new lines in other languages and scripts than the dev item that
// showed it, a positive and a near miss. Its files and scoring are the blind sets' (blind3_test.go);
// TestR29IB prints its scores (-v) and its misses (-r29ib.misses), and fails only when a line is malformed.

var r29ibMisses = flag.Bool("r29ib.misses", false, "TestR29IB: print every false positive, false negative and field error")

var r29ibSet = blindSet{dir: "testdata/r29ib", minSentences: 1, minLang: map[string]int{}, misses: r29ibMisses}

func TestR29IB(t *testing.T) { blindScore(t, r29ibSet) }
