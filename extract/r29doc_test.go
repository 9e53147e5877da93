package extract

import (
	"flag"
	"testing"
)

// The r29doc set (testdata/r29doc) holds the sentences and articles written while fixing the patterns of
// the article as a whole that the twenty-eighth, twenty-seventh and twenty-sixth development sets showed:
// a question (direct, reported, or a chat's Kazakh particle) that states no fact but sets the topic its
// answer refers back to; the wagons counted and then told waiting some days; the base of a comparison and
// the parts after it; a part's month that takes its total's year; a holder-less ban merged only in the
// headline or lead; trade stopped to a country named back; a delay named back only to explain it beside
// another crossing; a figure quoted as wrong or negated by a correction; a Chinese quote kept with who says
// it; the plant a foreign inspector visits, never a buyer's. For each pattern, new lines in other languages
// and scripts than the dev item that showed it, a positive and a near miss. Its
// files and scoring are the blind sets' (blind3_test.go); TestR29Doc prints its scores (-v) and its misses
// (-r29doc.misses), and fails only when a line is malformed.

var r29docMisses = flag.Bool("r29doc.misses", false, "TestR29Doc: print every false positive, false negative and field error")

var r29docSet = blindSet{dir: "testdata/r29doc", minSentences: 1, minLang: map[string]int{}, misses: r29docMisses}

func TestR29Doc(t *testing.T) { blindScore(t, r29docSet) }
