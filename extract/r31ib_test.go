package extract

import (
	"flag"
	"testing"
)

// The r31ib set (testdata/r31ib) holds the sentences written while fixing the meat_ban and inspection
// patterns the thirtieth development set showed in Russian, Kazakh and English: an inspection asked of a
// country named between the verb of asking and the act («попросил Китай провести», "asked China to
// inspect") or proposed to a country's experts in the Kazakh dative, an inspection agreed on
// («договорились организовать», "agreed to audit", "тексеруге келісті"), a visit set for dates («сапары …
// белгіленді»), the Kazakh calque of Rosselkhoznadzor, a poultry complex as a poultry plant, a foreign
// audit passed, an inspection ordered («инспекция жүргізу тапсырылды»), a host and its guests far
// apart, restrictions resumed and a ban not ruled out, the minister's order, two dated steps of a ban in one sentence, a "not yet"
// before a clause of time, and a Kazakh comma series with the case on its last item. For each pattern,
// new lines in other languages and scripts than the dev item that showed it, a positive and a near miss.
// Its files and scoring are the blind sets' (blind3_test.go); TestR31IB prints its scores (-v) and its
// misses (-r31ib.misses), and fails only when a line is malformed.

var r31ibMisses = flag.Bool("r31ib.misses", false, "TestR31IB: print every false positive, false negative and field error")

var r31ibSet = blindSet{dir: "testdata/r31ib", minSentences: 1, minLang: map[string]int{}, misses: r31ibMisses}

func TestR31IB(t *testing.T) { blindScore(t, r31ibSet) }
