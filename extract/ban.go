package extract

import "agrowatch"

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
		s.has(fPending) && (s.near(fPending, fLifted, pendingReach) || !s.has(fLifted) && s.pendingOnly()):
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

// pendingOnly reports a sentence whose only news is an intent with no imposing verb: "ведутся
// переговоры о доступе казахстанской говядины на рынок Китая".
func (s *sentence) pendingOnly() bool {
	return !s.has(fImposed|fBanNoun) && s.has(fMarket|fExport|fImport)
}

// banParties reads who bans or lifts (by) and whose goods are concerned (on).
func banParties(s *sentence) (by, on string) {
	cs := s.cs
	on = pick(cs, "", roleSource, roleOrigin)
	by = pick(cs, on, roleAgent)
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
	if on == "" {
		on = pick(cs, by, roleObject)
	}
	return by, on
}
