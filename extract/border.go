package extract

import "agrowatch"

// placeNearDelay returns the crossing nearest a word of delay: "приняла на Алашанькоу лишь 10
// поездов, из-за чего на Достыке скопилось 2 тыс. вагонов" is a backlog at Dostyk.
func (s *sentence) placeNearDelay() string {
	best, bestDist := "", 1<<30
	for _, p := range s.hits {
		w := s.word(p)
		if w.feat&fPlace == 0 {
			continue
		}
		for _, d := range s.hits {
			if s.word(d).feat&(fDelay|fEnded) == 0 {
				continue
			}
			dist := int(d.pos) - int(p.end)
			if dist < 0 {
				dist = int(p.pos) - int(d.end)
			}
			if dist < 0 {
				dist = 0
			}
			if dist < bestDist {
				best, bestDist = w.code, dist
			}
		}
	}
	if best == "" {
		return s.firstCode(fPlace)
	}
	return best
}

// border reads a delay at a border crossing: trains halted, wagons waiting, unloading backlogged, a
// crossing closed or cargo refused, or the end of one (status "ended").
func (x *Extractor) border(s *sentence) (agrowatch.Mention, bool) {
	if !s.has(fDelay) && !(s.has(fEnded) && s.has(fCargo|fBorder)) {
		return agrowatch.Mention{}, false
	}
	if !s.has(fPlace) && !s.has(fCargo) {
		// "на границе ввели ограничения" is a ban, not a delay: a generic border needs cargo.
		return agrowatch.Mention{}, false
	}
	m := agrowatch.Mention{Kind: agrowatch.KindBorderDelay, Place: s.placeNearDelay()}
	if s.has(fEnded) || s.has(fEndedWeak) && s.has(fDelay) {
		m.Status = "ended"
	}
	return m, true
}
