package extract

import (
	"flag"
	"testing"
)

// The fourteenth development set (testdata/dev14) was written apart from the rules, from the wording of
// real agricultural news, about two kinds only: meat_ban and inspection. About half of its sentences look
// like a ban or an inspection and state none (veterinary certificates and protocols signed, lists of
// plants published, consultations, meetings and seminars, sanitary requirements described, outbreaks with
// no ban, domestic checks of farms, customs sampling and papers checked, bans only proposed, discussed or
// used to date something, inspections plants must pass, announcements of results); the rest are bans and
// inspections in long sentences of wire and ministry style (who bans whose goods, bans on a third
// country's goods, quotas, liftings refused, requested or expected, inspections done and planned in one
// sentence). Its twelve short articles are scored with the sentences. TestDev14 scores it as the blind
// sets are scored and fails only when the set is incomplete or a line is malformed.

var dev14Misses = flag.Bool("dev14.misses", false, "TestDev14: print every false positive, false negative and field error")

var dev14Set = blindSet{dir: "testdata/dev14", minSentences: 187, minArticles: 0, // two kinds only: judged on its lines, not on the make-up of a full set
	minLang: map[string]int{"ru": 61, "en": 46, "kk": 50, "zh": 30}, minScript: 25, misses: dev14Misses}

func TestDev14(t *testing.T) { blindScore(t, dev14Set) }
