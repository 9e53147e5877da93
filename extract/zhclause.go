package extract

import (
	"strings"

	"agrowatch"
)

// A Chinese sentence read clause by clause (，；。): the subject (主语) of the clause whose verb bans or
// lifts holds the ban, carried from the clause before when the verb's clause opens with no subject of its
// own ("哈萨克斯坦农业部…决定，自即日起暂停从上述地区进口"); whose goods is the country a preposition of
// origin governs in that clause (对…的, 自, 从, 来自), or the one a word that points back (该国, 上述地区,
// 这4家企业) stands for.

// zhPreps are the prepositions that govern a country right after them: a country after one is no subject.
var zhPreps = [...]string{"对", "自", "从", "向", "由", "在", "因", "于", "与", "同", "经", "赴", "至", "到", "往", "据", "输",
	"除", "给", "和", "及", "为", "将"}

// zhOriginPreps govern whose goods a ban concerns: "对哈萨克斯坦乳制品的进口禁令", "暂停自该国输入", "从上述地区进口".
var zhOriginPreps = [...]string{"来自", "对", "自", "从"}

// zhBackRefs point back to a country or region named before, as the object of a preposition of origin.
var zhBackRefs = [...]string{"该国", "上述国家", "这个国家", "该地区", "上述地区", "该州", "上述州", "上述各州", "这些地区",
	"上述省份", "该省", "当地", "该区"} // 当地: the place named before, "因哈薩克斯坦北部爆發禽流感，即時暫停從當地進口"

// zhPlantRefs point back to plants named before: "恢复这4家企业产品输华", "上述企业".
var zhPlantRefs = [...]string{"这些企业", "上述企业", "该企业", "上述工厂", "该厂"}

// zhOutbreakWords make a clause an outbreak's, whose country is where it broke out, no actor: "哈薩克爆發…".
var zhOutbreakWords = [...]string{"爆发", "暴发", "发生", "出现", "疫情", "确诊"}

// zhConcessive opens a clause conceded: its verb is not what the sentence tells.
var zhConcessive = [...]string{"尽管", "虽然", "虽", "即使", "即便"}

// zhSubjectWords are subjects that name no country, which stop the subject of the clause before from
// carrying: "双方正就恢复…进行磋商".
var zhSubjectWords = [...]string{"双方", "两国", "对方", "该", "他", "她", "其", "此前", "目前", "官员", "业者", "企业"}

// destIn returns the destination named in the clause from a to b ("对华", "输华", "向中国"), or "".
func (s *sentence) destIn(a, b int) string {
	for _, c := range s.cs {
		if c.pos >= a && c.pos < b && c.role == roleDest {
			return c.code
		}
	}
	if strings.Contains(s.low[a:b], "对华") {
		return "CN"
	}
	return ""
}

// zhPrepBefore returns the preposition of zhPreps that ends right before pos (past no other rune), or "".
func zhPrepBefore(low string, from, pos int) string {
	for _, p := range zhPreps {
		if pos-len(p) >= from && low[pos-len(p):pos] == p {
			if p == "自" && strings.HasSuffix(low[from:pos], "来自") {
				return "来自"
			}
			return p
		}
	}
	return ""
}

// zhClauseParties returns the holder and whose goods a Chinese sentence's ban names by its clauses, each ""
// when its clause does not say.
func (s *sentence) zhClauseParties() (by, on string) {
	if s.lang != "zh" {
		return "", ""
	}
	v := -1
	for _, h := range s.hits {
		if f := s.word(h).feat; f&(fImposed|fLifted|fInForce) != 0 && f&fMask == 0 {
			if a, _ := s.clause(int(h.pos)); hasAnyPrefix(s.low[a:], zhConcessive[:]...) {
				continue // "尽管哈方请求解除，仍将维持…禁令": the verb conceded is not the sentence's
			}
			v = int(h.pos)
			break
		}
	}
	if v < 0 {
		return "", ""
	}
	a, b := s.clause(v)
	by, ok := s.zhSubject(a, v, false)
	if dest := s.destIn(a, b); ok && dest != "" && dest != by && s.featsIn(a, b)&fExport != 0 {
		// "哈薩克斯坦恢復對華羊肉出口", "哈萨克斯坦暂停对乌兹别克斯坦出口活羊": the subject's exports to a
		// destination, whose receiver or exporter the destination decides; a receiver as the subject
		// holds ("海关总署宣布恢复这4家企业产品输华").
		return "", ""
	}
	ask := s.featsIn(a, v)&fAsk != 0
	if !ok && !ask && s.featsIn(a, v)&(fCountry|fAgency|fCommodity|fInspector|fTarget) == 0 &&
		!hasAnyPrefix(s.low[a:v], zhSubjectWords[:]...) {
		// "…决定，自即日起暂停…": a clause that opens with adverbs only has the subject of the clause before.
		for end, n := a, 0; n < 4; n++ {
			pa, pb, found := s.clauseBefore(end)
			if !found {
				break
			}
			if code, found := s.zhSubject(pa, pb, true); found {
				by, ok = code, true
				break
			}
			if s.featsIn(pa, pb)&(fAgency|fInspector) != 0 && !s.zhOutbreakIn(pa, pb) {
				break // a subject that is no country: "海关总署…" named no one the reader can give
			}
			end = pa
		}
	}
	if !ok && ask {
		// "…致函中国海关总署，请求解除对哈禽肉的进口限制": a lifting asked for is held by whom the clause
		// before addresses, past its subject.
		if pa, pb, found := s.clauseBefore(a); found {
			if subj, found := s.zhSubject(pa, pb, true); found {
				by = s.zhAddressee(pa, pb, subj)
			}
		}
	}
	on = s.zhObject(a, b, v, by)
	if on == by {
		on = ""
	}
	return by, on
}

// zhOutbreakIn reports a clause that tells an outbreak: "哈薩克爆發高病原性家禽流行性感冒".
func (s *sentence) zhOutbreakIn(a, b int) bool {
	return containsAny(s.low[a:b], zhOutbreakWords[:]...)
}

// zhSubject returns the country that opens the clause from a up to the verb at v as its subject: no
// preposition governs it, no goods, possessive or outbreak stands between it and the verb, and it is no
// region, reporter or host; found is false when the clause opens with none. A speaker ("…表示，") is the
// subject of the clauses it carries to (carried).
func (s *sentence) zhSubject(a, v int, carried bool) (code string, found bool) {
	lead := s.low[a:v]
	if hasAnyPrefix(lead, "因", "据", "由于", "随着", "在", "根据", "应", "为", "鉴于") {
		return "", false // a clause of cause, purpose, source or time, whose countries are no subject
	}
	for _, c := range s.cs {
		if c.pos < a {
			continue
		}
		if c.pos >= v {
			break
		}
		speaker := carried && c.reporter
		if c.reporter && !speaker || c.region || c.role == roleNone && !speaker || zhPrepBefore(s.low, a, c.pos) != "" {
			return "", false
		}
		if c.role != roleAgent && c.role != roleOrigin && !speaker {
			return "", false
		}
		if containsAny(s.low[a:c.pos], zhDoneVerbs[:]...) {
			// "已完成哈薩克申請輸台禽肉的書面審查": a country after a verb of its clause is in the object.
			return "", false
		}
		// What stands between the subject and the verb: the rest of its agency's name and adverbs, no
		// goods ("哈萨克斯坦牛肉恢复输华" has goods for its subject), no possessive, no outbreak. A country or
		// goods past a verb of its own are that verb's object: "哈萨克斯坦农业部已正式致函中国海关总署".
		stop := v
		for _, h := range s.hits {
			if int(h.pos) >= c.end && int(h.pos) < v && s.word(h).feat&(fCountry|fCommodity) != 0 {
				stop = int(h.pos)
				break
			}
		}
		tail := s.low[c.end:stop]
		between := s.featsIn(c.end, stop)
		if zhOfficeIn(tail) {
			between |= fAgency // "吉尔吉斯斯坦兽医和植物检疫安全局宣布": the vets named only as the office's domain
		}
		if strings.Contains(tail, "的") || s.zhOutbreakIn(c.end, stop) || stop < v && between == 0 ||
			between&fTarget != 0 && between&(fService|fAgency|fInspector) == 0 || between&fCause != 0 {
			// "三家哈萨克斯坦企业获准向中国出口牛肉": plants for the subject are the goods' side, no holder;
			// "哈萨克斯坦口蹄疫…" is the disease's country.
			return "", false
		}
		return c.code, true
	}
	return "", false
}

// zhDoneVerbs are verbs of completing or holding that a clause's subject stands before.
var zhDoneVerbs = [...]string{"完成", "进行了", "开展了", "组织了"}

// zhOfficeIn reports an office's name in a Chinese subject's tail by the noun that ends it: 局, 署, 委员会,
// 部 (not 部分, a part of).
func zhOfficeIn(tail string) bool {
	if containsAny(tail, "局", "署", "委员会") {
		return true
	}
	i := strings.Index(tail, "部")
	return i >= 0 && !strings.HasPrefix(tail[i+len("部"):], "分")
}

// zhObject returns whose goods the clause from a to b names after the verb at v: a country a preposition
// of origin governs, or the one a word that points back stands for; not the subject's own.
func (s *sentence) zhObject(a, b, v int, subj string) string {
	for _, c := range s.cs {
		if c.pos < a || c.pos >= b || c.reporter {
			continue
		}
		if c.pos < v && zhPrepBefore(s.low, a, c.pos) != "对" {
			continue // "对哈萨克斯坦禽肉实施禁令": only 对 puts the object before the verb
		}
		p := zhPrepBefore(s.low, a, c.pos)
		if c.role == roleDest {
			continue // "恢复对哈出口": where the goods go
		}
		if p == "对" || p == "自" || p == "从" || p == "来自" {
			return c.code
		}
		if c.role == roleSource || c.pos > v && hasAnySuffix(s.low[a:c.pos], "进口", "输入") {
			// "进口俄罗斯禽肉", "从俄罗斯部分地区", "暂停进口巴西某州禽肉": the goods' country
			return c.code
		}
	}
	clause := s.low[a:b]
	for _, r := range zhBackRefs {
		i := strings.Index(clause, r)
		if i < 0 {
			continue
		}
		at := a + i
		p := zhPrepBefore(s.low, a, at)
		if p != "自" && p != "从" && p != "来自" && p != "对" {
			continue
		}
		if c := s.countryBefore(at, subj); c != "" {
			return c
		}
		if s.tp != nil {
			return s.tp.namedBefore(subj)
		}
	}
	for _, r := range zhPlantRefs {
		if i := strings.Index(clause, r); i >= 0 && a+i > v {
			return s.countryBefore(a+i, subj)
		}
	}
	if i := strings.Index(clause, "这"); i >= 0 && a+i > v && strings.Contains(clause[i:], "家企业") {
		// "恢复这4家企业产品输华": the plants counted before.
		return s.countryBefore(a+i, subj)
	}
	return ""
}

// countryBefore returns the country of the sentence's last country or region named before pos that is
// not not and not a reporter, or "".
func (s *sentence) countryBefore(pos int, not string) string {
	code := ""
	for _, c := range s.cs {
		if c.pos >= pos {
			break
		}
		if c.code != not && !c.reporter {
			code = c.code
		}
	}
	return code
}

// clauseBefore returns the clause of the sentence that ends at the break before a, the start of a clause.
func (s *sentence) clauseBefore(a int) (int, int, bool) {
	if a <= s.sp.start {
		return 0, 0, false
	}
	s.clause(a) // the breaks, read once
	for _, br := range s.breaks {
		if br.end == a {
			pa, pb := s.clause(br.start)
			return pa, pb, pb > pa
		}
	}
	return 0, 0, false
}

// zhAddresseeVerbs address a request or a letter to the country after them.
var zhAddresseeVerbs = [...]string{"致函", "致信", "请求", "提请", "请", "要求", "敦促", "呼吁", "向"}

// zhAddressee returns the country that a verb of addressing after the subject subj governs in the clause
// from a to b, or "".
func (s *sentence) zhAddressee(a, b int, subj string) string {
	for _, c := range s.cs {
		if c.pos < a || c.pos >= b || c.code == subj {
			continue
		}
		lead := s.low[a:c.pos]
		for _, w := range zhAddresseeVerbs {
			if strings.HasSuffix(lead, w) {
				return c.code
			}
		}
	}
	return ""
}

// zhRequestedInspection gives m, an inspection a Chinese sentence tells asked for with 请求, to whom it is
// asked of, on the asker, still to come: "哈方已正式请求中方对其5家禽肉加工企业开展视频审核", "哈方已致函中国
// 海关总署，请求对其…企业开展视频检查" (the 已 is the request's). It reports false, m untouched, when the
// asker or the one asked is not named.
func (s *sentence) zhRequestedInspection(m *agrowatch.Mention) bool {
	if s.lang != "zh" {
		return false
	}
	for _, h := range s.hits {
		if p := s.word(h).pat; p != "请求" && p != "请" && p != "提请" {
			continue
		}
		a, b := s.clause(int(h.pos))
		asker, ok := s.zhSubject(a, int(h.pos), false)
		addr := ""
		if ok {
			addr = s.zhAddressee(a, b, asker)
		} else if pa, pb, found := s.clauseBefore(a); found {
			if asker, ok = s.zhSubject(pa, pb, true); ok {
				addr = s.zhAddressee(pa, pb, asker)
			}
		}
		if !ok || addr == "" || addr == asker {
			return false
		}
		m.By, m.On, m.Status = addr, asker, agrowatch.StatusPlanned
		return true
	}
	return false
}

// zhInspector returns the country that is the subject of the clause whose verb inspects in a Chinese
// sentence, when inspectors or an agency stand for it ("…发布消息说，中国海关总署专家组日前完成了对哈萨克斯坦
// 7家…企业的视频检查": the speaker's clause before reports only), or "".
func (s *sentence) zhInspector() string {
	if s.lang != "zh" {
		return ""
	}
	for _, h := range s.hits {
		if f := s.word(h).feat; f&fInspect == 0 || f&fMask != 0 {
			continue
		}
		v := int(h.pos)
		a, _ := s.clause(v)
		code, ok := s.zhSubject(a, v, false)
		if !ok && s.zhOpensBare(a) && !containsAny(s.low[a:v], "通过", "接受", "迎接", "接待") {
			// "農業部動植物防疫檢疫署今天表示，已完成…書面審查，下一步將…安排專家赴哈薩克實地查核": a clause that
			// opens with its verb's tense has the subject of the speaker before it.
			for end, n := a, 0; n < 4 && !ok; n++ {
				pa, pb, found := s.clauseBefore(end)
				if !found {
					break
				}
				if code, ok = s.zhSubject(pa, pb, true); ok {
					return code // the speaker, an authority, arranges the inspection it tells
				}
				end = pa
			}
		}
		if !ok {
			return ""
		}
		for i, c := range s.cs {
			if c.code != code || c.pos < a || c.pos >= v {
				continue
			}
			if containsAny(s.low[c.end:v], zhUndergo[:]...) {
				// "哈萨克斯坦兽医部门已通过中国海关的评估", "乌兹别克斯坦兽医委员会已通过俄罗斯专家的评估": who
				// passed or underwent it is inspected; the country whose check it was inspects.
				for _, d := range s.cs[i+1:] {
					if d.pos >= v {
						break
					}
					if d.code != code && zhPrepBefore(s.low, a, d.pos) == "" && strings.Contains(s.low[d.end:v], "的") {
						return d.code
					}
				}
				return ""
			}
			if containsAny(s.low[c.end:v], zhWish[:]...) {
				// "哈方希望中国专家下月对…进行检查": the subject of the clause hoped for inspects, if named.
				for _, d := range s.cs[i+1:] {
					if d.pos >= v {
						break
					}
					if d.code != code && zhPrepBefore(s.low, a, d.pos) == "" && s.featsIn(d.end, v)&(fInspector|fAgency) != 0 {
						return d.code
					}
				}
				return ""
			}
			if c.inspector || s.featsIn(c.end, v)&(fInspector|fAgency) != 0 {
				return code
			}
			return ""
		}
		return ""
	}
	return ""
}

// zhUndergo say that the subject passed, underwent or hosted another's inspection.
var zhUndergo = [...]string{"通过", "接受", "接待", "迎接", "邀请"}

// zhWish say that the subject hopes or asks for what the clause after it tells, with a subject of its own.
var zhWish = [...]string{"希望", "请求", "要求", "盼望", "期待", "敦促", "邀请"}

// zhOpenings are the adverbs a Chinese clause with no subject of its own may open with.
var zhOpenings = [...]string{"并", "还", "也", "随后", "同时", "此外", "即日起", "自即日起", "目前", "今天", "日前"}

// zhOpensBare reports a clause from a that opens with no subject: with a word of tense or plan
// ("已完成", "下一步将", "将于"), past the adverbs of zhOpenings.
func (s *sentence) zhOpensBare(a int) bool {
	at := a
	for _, w := range zhOpenings {
		if strings.HasPrefix(s.low[at:], w) {
			at += len(w)
			break
		}
	}
	for _, h := range s.hits {
		if int(h.pos) < at {
			continue
		}
		f := s.word(h).feat
		return int(h.pos) == at && f&(fDone|fPlanned|fPending) != 0 && f&(fCountry|fAgency|fInspector) == 0
	}
	return false
}

// zhDisposalVerbs are the verbs a disposal 将 (as 把) brings its object before: "将…企业列入…名单".
var zhDisposalVerbs = [...]string{"列入", "纳入", "列为", "增列", "增补", "移出", "移除", "剔除", "删除"}

// zhDisposals drops from the hits of the sentence from hits[h] to end each 将 that is the disposal
// marker (as 把), not the future: "海关总署日前将哈萨克斯坦另外6家牛肉企业列入准许输华企业名单" enters them
// now. It is one when a noun phrase follows it (a country, a count, 该, 这, 上述, 另外) and a disposal verb
// ends its clause. The hits are shortened in place.
func (x *Extractor) zhDisposals(low string, hits []hit, h, end int) []hit {
	for i := h; i < len(hits) && int(hits[i].pos) < end; i++ {
		if hits[i].end-hits[i].pos != 3 || low[hits[i].pos] != "将"[0] || x.lex.words[hits[i].w].pat != "将" {
			continue
		}
		at := int(hits[i].end)
		rest := low[at:end]
		np := hasAnyPrefix(rest, "该", "这", "上述", "另外", "其") || rest != "" && rest[0] >= '0' && rest[0] <= '9' ||
			i+1 < len(hits) && int(hits[i+1].pos) == at && x.lex.words[hits[i+1].w].feat&fCountry != 0 &&
				x.lex.words[hits[i+1].w].form != formDest
		if !np {
			continue
		}
		clause := rest
		if j := strings.IndexAny(rest, "，。；,;"); j >= 0 {
			clause = rest[:j]
		}
		if !containsAny(clause, zhDisposalVerbs[:]...) {
			continue
		}
		hits = append(hits[:i], hits[i+1:]...)
		i--
	}
	return hits
}

// zhBareAsks drops from the hits of the sentence from hits[h] to end each bare 请 that no country follows
// right after: "哈方请中方尽快…" asks China, "请注意" and "请于…前提交" ask no one. The hits are shortened
// in place.
func (x *Extractor) zhBareAsks(hits []hit, h, end int) []hit {
	for i := h; i < len(hits) && int(hits[i].pos) < end; i++ {
		if hits[i].end-hits[i].pos != 3 || x.lex.words[hits[i].w].pat != "请" {
			continue
		}
		if i+1 < len(hits) && hits[i+1].pos == hits[i].end && x.lex.words[hits[i+1].w].feat&fCountry != 0 {
			continue
		}
		hits = append(hits[:i], hits[i+1:]...)
		i--
	}
	return hits
}

// zhInvitedInspection reports a Chinese inspection whose inspectors are invited in its own clause, no
// word of a done check between the invitation and the inspection: "哈方已邀请俄方专家于12月赴哈实地检查"
// (已 dates the invitation). At the invitation of, in a clause of its own ("应哈方邀请，俄方专家已完成…"),
// dates nothing.
func (s *sentence) zhInvitedInspection() bool {
	if s.lang != "zh" {
		return false
	}
	inv := -1
	for k, h := range s.hits {
		w := s.word(h)
		switch {
		case w.code == codeInvite:
			inv = k
		case w.feat&fInspect != 0 && inv >= 0:
			a, _ := s.clause(int(h.pos))
			if int(s.hits[inv].pos) < a || strings.HasPrefix(s.low[a:], "应") {
				return false
			}
			for _, c := range s.hits[inv+1 : k] {
				if s.word(c).feat&fDone != 0 {
					return false
				}
			}
			return true
		}
	}
	return false
}

// zhClauseHolders appends to out[k:], the Chinese sentence's ban, the same measure told in a later clause
// with a subject of its own and its own verb: "蒙古国已暂停从哈萨克斯坦进口活畜，吉尔吉斯斯坦则暂停进口哈萨克
// 斯坦乳制品" is Mongolia's ban and Kyrgyzstan's. The clause's goods, origin and cause are its own (the
// origin left out is the first ban's); a clause in another state is contrastBans', and one of the
// subject's exports to a destination ("哈萨克斯坦随即暂停对华出口") is no ban it holds.
func (s *sentence) zhClauseHolders(out []agrowatch.Mention, k int) []agrowatch.Mention {
	if s.lang != "zh" || len(out) != k+1 || out[k].By == "" {
		return out
	}
	m := out[k]
	va, vb := -1, -1 // the clause of the first mention's holder
	for _, c := range s.cs {
		if c.code == m.By && c.role == roleAgent {
			va, vb = s.clause(c.pos)
			break
		}
	}
	if va < 0 {
		return out
	}
	for _, h := range s.hits {
		f := s.word(h).feat
		if int(h.pos) < vb || f&(fImposed|fLifted|fInForce) == 0 || f&fMask != 0 {
			continue
		}
		a, b := s.clause(int(h.pos))
		by, ok := s.zhSubject(a, int(h.pos), false)
		if !ok || by == m.By || s.featsIn(a, b)&fMeat == 0 || s.partStatus(a, b) != m.Status ||
			s.partNegated(a, b) || s.destIn(a, b) != "" && s.featsIn(a, b)&fExport != 0 {
			return out
		}
		o := m
		o.By, o.Commodity = by, s.featCodeIn(fMeat, a, b)
		if on := s.zhObject(a, b, int(h.pos), by); on != "" {
			o.On = on
		} else if by == m.On {
			return out // the first ban's goods' country, with no origin of its own: no holder of a ban of its own
		}
		if c := s.featCodeIn(fCause, a, b); c != "" {
			o.Cause = c
		}
		return append(out, o)
	}
	return out
}

// zhSteps splits a Chinese sentence whose parts, cut by ；, each tell a step of a ban in a state of its own,
// as a chronology does: "2019年，中方暂停进口哈萨克斯坦牛肉；2023年恢复部分企业输华；2025年因口蹄疫再次暂停" is an
// imposition, a lifting and an imposition. Each part keeps m's holder, goods' country and goods unless it
// names its own, and has only its own cause. It reports false, for the other readings, unless every part
// with a word of a ban tells a state and two parts tell different ones.
func (s *sentence) zhSteps(m agrowatch.Mention) ([]agrowatch.Mention, bool) {
	if s.lang != "zh" || !strings.Contains(s.low[s.sp.start:s.sp.end], "；") {
		return nil, false
	}
	var parts []agrowatch.Mention
	states := map[string]bool{}
	for lo := s.sp.start; lo < s.sp.end; {
		hi := s.sp.end
		if i := strings.Index(s.low[lo:s.sp.end], "；"); i >= 0 {
			hi = lo + i
		}
		v := -1
		for _, h := range s.hits {
			if f := s.word(h).feat; int(h.pos) >= lo && int(h.pos) < hi && f&(fImposed|fLifted|fInForce) != 0 && f&fMask == 0 {
				v = int(h.pos)
				break
			}
		}
		if v >= 0 {
			st := s.partStatus(lo, hi)
			if st == "" || s.partNegated(lo, hi) {
				return nil, false
			}
			p := m
			p.Status, p.Cause = st, s.featCodeIn(fCause, lo, hi)
			a, b := s.clause(v)
			if by, ok := s.zhSubject(a, v, false); ok {
				p.By = by
			}
			if on := s.zhObject(a, b, v, p.By); on != "" {
				p.On = on
			}
			if c := s.featCodeIn(fMeat, lo, hi); c != "" {
				p.Commodity = c
			}
			parts = append(parts, p)
			states[st] = true
		}
		lo = hi + len("；")
	}
	if len(parts) < 2 || len(states) < 2 {
		return nil, false
	}
	return parts, true
}

// zhAgencyNames drops from the hits of the sentence from hits[h] to end each 兽医 that opens an
// authority's name, the agency's word closing it a few characters on with no break or 的 between:
// "吉尔吉斯斯坦兽医和植物检疫安全监督局", "乌兹别克斯坦兽医和畜牧业发展委员会" are authorities (an office, 局,
// or a committee), no veterinary service inspected. The hits are shortened in place.
func (x *Extractor) zhAgencyNames(low string, hits []hit, h, end int) []hit {
	for i := h; i < len(hits) && int(hits[i].pos) < end; i++ {
		if w := &x.lex.words[hits[i].w]; w.feat&fTarget == 0 || w.pat != "兽医" {
			continue
		}
		for j := i + 1; j < len(hits) && j <= i+4 && int(hits[j].pos) < end && int(hits[j].pos)-int(hits[i].end) <= 30; j++ {
			if containsAny(low[hits[j-1].end:hits[j].pos], "，", "。", "；", "、", "的") {
				break
			}
			if w := &x.lex.words[hits[j].w]; w.feat&fAgency != 0 && hasAnySuffix(w.pat, "局", "委员会") {
				// An office or a committee; a 部门 ("兽医和植物检疫部门") is the service itself.
				hits = append(hits[:i], hits[i+1:]...)
				i--
				break
			}
		}
	}
	return hits
}

// countWords open a count of what there is so far: "已有15家", "共有", "数量已增至23家".
var countWords = [...]string{"已有", "共有", "累计有", "总共有", "增至", "达到", "已达"}

// countedLifts returns how many of the sentence's liftings have for their subject a count of plants
// there are so far ("已有15家牛肉企业获准", "获准企业数量已增至23家"), in the lifting's clause.
//
// English says the same with "has" and a count: "Kazakhstan now has eight poultry plants approved".
func (s *sentence) countedLifts() int {
	if s.lang != "zh" && s.lang != "en" {
		return 0
	}
	n := 0
	for _, h := range s.hits {
		if s.word(h).feat&fLifted == 0 {
			continue
		}
		a, b := s.clause(int(h.pos))
		if s.lang == "en" {
			if s.enHasCount(a, int(h.pos)) {
				n++
			}
			continue
		}
		cl := s.low[a:b]
		for _, w := range countWords {
			i := strings.Index(cl, w)
			if i < 0 {
				continue
			}
			rest := cl[i+len(w):]
			j := 0
			for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
				j++
			}
			if j > 0 && strings.HasPrefix(rest[j:], "家") {
				n++
				break
			}
		}
	}
	return n
}

// enHasCount reports "has" or "have" and a count of plants between a and pos: "now has eight poultry
// plants approved".
func (s *sentence) enHasCount(a, pos int) bool {
	cl := s.low[a:pos]
	for _, v := range [...]string{" has ", " have ", " now has ", " now have "} {
		i := strings.LastIndex(cl, v)
		if i < 0 {
			continue
		}
		num, _ := nextToken(cl, i+len(v), len(cl))
		if _, ok := numberWord(num); !ok && (num == "" || num[0] < '0' || num[0] > '9') {
			continue
		}
		return s.featsIn(a+i, pos)&fTarget != 0
	}
	return false
}

// zhGroundAssessment reports a Chinese sentence whose every word of inspection is an assessment (评估)
// in a clause of ground (经, 经过, 根据, 依据) before a decision's clause, and that names no inspectors and
// nothing inspected.
func (s *sentence) zhGroundAssessment() bool {
	if s.lang != "zh" {
		return false
	}
	for _, h := range s.hits {
		if f := s.word(h).feat; f&(fTarget|fInspector|fVisit) != 0 && f&fCountry == 0 {
			return false // an agency's name ("兽医和植物卫生监督局") inspects nothing by its words
		}
	}
	return s.everyHit(fInspect, func(h hit, w *word) bool {
		a, b := s.clause(int(h.pos))
		return strings.Contains(w.pat, "评估") && hasAnyPrefix(s.low[a:h.pos], "经", "根据", "依据") && b < s.sp.end
	})
}
