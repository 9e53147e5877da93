package extract

import "agrowatch"

// statusReach is how far (in runes) a tense word may stand from the inspection it dates.
const statusReach = 60

// inspection reads an inspection or audit of enterprises or a veterinary service. An agency whose
// name contains the word (Комитет госинспекции, "inspection and quarantine") is masked by the lexicon:
// its words never reach this rule.
func (x *Extractor) inspection(s *sentence) (agrowatch.Mention, bool) {
	if s.has(fDenied) {
		return agrowatch.Mention{}, false // "no inspection is planned"
	}
	strong := s.has(fInspect)
	if !strong && !(s.has(fVisit) && s.has(fInspector) && s.has(fTarget|fMeat)) {
		return agrowatch.Mention{}, false
	}
	// Something is inspected or someone inspects: enterprises, a veterinary service, a product, or
	// named inspectors. "Проверка знаний" is not an inspection of exporters.
	if !s.has(fTarget|fInspector|fCommodity) && pickInspector(s.cs) == "" {
		return agrowatch.Mention{}, false
	}
	m := agrowatch.Mention{Kind: agrowatch.KindInspection, Status: agrowatch.StatusDone}
	of := fInspect
	if !strong {
		of = fVisit
	}
	st := s.statusNear(of, fPlanned, fDone, statusReach)
	if st == 0 {
		st = s.statusNear(of, fPlanned, fDone, len(s.low)) // a lone tense word anywhere in the sentence
	}
	if st == fPlanned {
		m.Status = agrowatch.StatusPlanned
	}
	m.By = pickInspector(s.cs)
	if m.By == "" {
		m.By = pick(s.cs, "", roleAgent)
	}
	m.On = pick(s.cs, m.By, roleOrigin, roleLoc, roleObject, roleDest, roleSource, roleAgent)
	for _, c := range s.cs {
		if c.service && c.code != m.By {
			m.On = c.code // "аудит ветеринарной службы Казахстана"
			break
		}
	}
	return m, true
}

// statusNear returns whichever of the features a and b stands nearest a hit with feature of, within
// reach runes, or 0.
func (s *sentence) statusNear(of, a, b feat, reach int) feat {
	best, bestDist := feat(0), reach+1
	for _, h := range s.hits {
		if s.word(h).feat&of == 0 {
			continue
		}
		for _, c := range s.hits {
			cf := s.word(c).feat
			if cf&(a|b) == 0 {
				continue
			}
			var d int
			switch {
			case c == h:
				d = 0 // the inspection word is itself dated: "проинспектирует", "inspected"
			case c.pos > h.pos:
				d = runeDist(s.low, int(h.end), int(c.pos))
			default:
				d = runeDist(s.low, int(c.end), int(h.pos))
			}
			if d < bestDist {
				best, bestDist = cf&(a|b), d
				if best == a|b {
					best = a
				}
			}
		}
	}
	return best
}

func runeDist(low string, a, b int) int {
	if b <= a {
		return 0
	}
	n := 0
	for range low[a:b] {
		n++
	}
	return n
}
