package extract

import (
	"strings"
	"unicode/utf8"

	"agrowatch"
)

// Causes are the disease codes a meat_ban mention's cause may carry.
var Causes = [...]string{
	"fmd", "avian_influenza", "sheep_pox", "african_swine_fever", "lumpy_skin_disease", "ppr",
	"brucellosis", "anthrax", "bse", "newcastle_disease", "bluetongue",
}

// pendingReach is how close (in runes) a word of intent must stand to a word of lifting for the
// lifting to count as pending: "готов возобновить", "will lift", "有望解除". A "may" far off in
// the sentence is about something else.
const pendingReach = 40

// ban reads a meat_ban from a sentence that names an animal product and a restriction or its end.
func (x *Extractor) ban(s *sentence) (agrowatch.Mention, bool) {
	if s.has(fDenied) {
		return agrowatch.Mention{}, false // "слухи о запрете не подтвердились", "never imposed a ban"
	}
	if !s.has(fBanNoun) && !s.has(fExport|fImport|fShip|fMarket) {
		// Without the noun "ban", a verb such as "suspended" or "resumed" must be about trade.
		return agrowatch.Mention{}, false
	}
	m := agrowatch.Mention{Kind: agrowatch.KindMeatBan}
	switch {
	case s.has(fInForce):
		m.Status = agrowatch.StatusImposed
	case s.has(fPendingStrong),
		s.has(fPending) && (s.pendingLift() || !s.has(fLifted) && s.pendingOnly()):
		m.Status = agrowatch.StatusPending
	case s.has(fLifted):
		m.Status = agrowatch.StatusLifted
	default:
		m.Status = agrowatch.StatusImposed
	}
	m.By, m.On = banParties(s)
	m.Commodity = s.firstCode(fMeat)
	m.Cause = s.firstCode(fCause)
	return m, true
}

// pendingLift reports a word of intent or condition that governs a lifting: in its clause or within
// pendingReach runes of it ("готов возобновить", "will lift", "有望解除", "Снятие ограничений … зависит
// от итогов"). A lifting told as done in the past ("lifted", "снял", "алып тастады", "已解除") is not
// made pending by a modal after it: "China lifted the ban, which will allow exporters…".
func (s *sentence) pendingLift() bool {
	for _, hp := range s.hits {
		if s.word(hp).feat&fPending == 0 {
			continue
		}
		ca, cb := s.clause(int(hp.pos))
		for _, hl := range s.hits {
			if s.word(hl).feat&fLifted == 0 {
				continue
			}
			if hl == hp {
				return true // "снимет", "=may lift"
			}
			inClause := int(hl.pos) >= ca && int(hl.end) <= cb
			d := runeDist(s.low, int(hp.end), int(hl.pos))
			if hl.pos < hp.pos {
				d = runeDist(s.low, int(hl.end), int(hp.pos))
			}
			if !inClause && d > pendingReach {
				continue
			}
			if hl.pos < hp.pos && s.pastFinite(hl) {
				continue
			}
			return true
		}
	}
	return false
}

// pastFinite reports a verb in the past tense, read from the end of its word: Russian -л/-ла/-ли/-ло
// (-ся), English -ed, Kazakh -ды/-ді/-ты/-ті, or Chinese 已 before or 了 after.
func (s *sentence) pastFinite(h hit) bool {
	end := int(h.end)
	for end < s.sp.end {
		r, n := utf8.DecodeRuneInString(s.low[end:])
		if !isWordRune(r) || isHan(r) {
			break
		}
		end += n
	}
	w := s.low[h.pos:end]
	if r := firstRune(w); isHan(r) {
		p, _ := utf8.DecodeLastRuneInString(s.low[s.sp.start:h.pos])
		n, _ := utf8.DecodeRuneInString(s.low[h.end:])
		return p == '已' || n == '了'
	}
	w = strings.TrimSuffix(strings.TrimSuffix(w, "ся"), "сь")
	for _, suf := range [...]string{"л", "ла", "ли", "ло", "ed", "ды", "ді", "ты", "ті", "dy", "di", "ty", "ti"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// pendingOnly reports a sentence whose only news is an intent with no imposing verb: "ведутся
// переговоры о доступе казахстанской говядины на рынок Китая".
func (s *sentence) pendingOnly() bool {
	return !s.has(fImposed|fBanNoun) && s.has(fMarket|fExport|fImport)
}

// banParties reads who bans or lifts (by) and whose goods are concerned (on).
func banParties(s *sentence) (by, on string) {
	cs := s.cs
	on = pickCountry(cs, "", roleSource, roleOrigin)
	by = pick(cs, on, roleAgent)
	if on == "" {
		// Goods from a region only: "ограничения на вывоз скота из Жамбылской области" may be the
		// country's own measure, so the region's country does not exclude the actor.
		on = pick(cs, "", roleSource)
	}
	if by == "" {
		// "no announcement from China about lifting the ban on meat from Kazakhstan": of two sources,
		// the one nearer the goods is whose goods they are.
		var srcs []string
		for _, c := range cs {
			if c.role == roleSource && (len(srcs) == 0 || srcs[len(srcs)-1] != c.code) {
				srcs = append(srcs, c.code)
			}
		}
		if len(srcs) >= 2 {
			by, on = srcs[0], srcs[len(srcs)-1]
		}
	}
	if dest := pick(cs, "", roleDest); on == "" && dest != "" && s.has(fExport|fShip) && !s.has(fImport) {
		// "Казахстан возобновил экспорт говядины в Китай": the exporter's goods are concerned and the
		// destination decides.
		if a := pick(cs, dest, roleAgent); a != "" {
			on, by = a, dest
		}
	}
	if by == "" {
		by = pick(cs, on, roleDest, roleLoc)
	}
	if by == "" {
		// "According to GACC, talks on removing restrictions on Kazakh mutton …": an authority that
		// reports on a ban and names no other actor speaks for the side that holds it.
		by = pickReporter(cs, on)
	}
	if on == "" {
		// Whose goods: a direct object, else the country where the goods are, named by its region
		// ("poultry farms in Russia's Orenburg region", "俄罗斯库尔干州 … 暂停从该州进口").
		on = pick(cs, by, roleObject, roleLoc)
	}
	if on == "" && by != "" && s.has(fExport) && !s.has(fImport) {
		on = by // a ban on exports ("запрет на вывоз … скота") keeps the country's own goods at home
	}
	return by, on
}
