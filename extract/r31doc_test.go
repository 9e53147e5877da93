package extract

import (
	"flag"
	"testing"
)

// The r31doc set (testdata/r31doc) holds the articles written while fixing how the thirtieth development
// set's articles are read as a whole: wagons named back by a pronoun of part ("Part of them", «Олардың бір
// бөлігі», 其中部分) whose wait is the count's days, trains by their consists and Kazakh ordinals past seven,
// the holder a back-reference is asked of, an inspection by a ban's holder of the banned goods, and the
// route a headline names for the delays at its ends. For each pattern, lines in other languages and
// scripts than the dev item that showed it, a positive and a near miss. Its files and scoring are the blind
// sets' (blind3_test.go); TestR31Doc prints its scores (-v) and its misses (-r31doc.misses), and fails only
// when a line is malformed.

var r31docMisses = flag.Bool("r31doc.misses", false, "TestR31Doc: print every false positive, false negative and field error")

var r31docSet = blindSet{dir: "testdata/r31doc", minSentences: 1, minLang: map[string]int{}, misses: r31docMisses}

func TestR31Doc(t *testing.T) { blindScore(t, r31docSet) }
