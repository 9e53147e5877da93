package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// byteTrie holds the lexicon's patterns as a trie of their bytes, laid out as a double array: the
// child of state s by byte c is state slots[s].base+c, if that slot's check is s. A word start costs
// one step per byte the text shares with some pattern, however many patterns share it, where looking up
// buckets of candidates cost a hash of the first runes and a comparison per candidate.
//
// Patterns are valid UTF-8 and so is the text scanned (Extract makes it so), so a pattern that is a
// byte prefix of the text ends where a rune of the text ends.
//
// Below a state that only one pattern goes on from, the rest of that pattern is kept as a tail and
// compared at once: a word matched costs its branching bytes, not all of its bytes.
type byteTrie struct {
	slots []trieSlot // state 0 is the root
	terms []trieTerm // terms[0] is unused: a slot's term 0 means no pattern ends there
	tails []string   // tails[0] is unused
}

type trieSlot struct {
	base  int32 // the children of this state are at base+c
	check int32 // the parent state of this slot, -1 where the slot is free
	term  int32 // the patterns that end at this state (after its tail, if it has one), an index into terms, or 0
	tail  int32 // the rest of the one pattern below this state, an index into tails, or 0
}

// trieTerm is the words of one pattern: as a whole word and as a stem, -1 where the lexicon has none.
type trieTerm struct{ whole, stem int32 }

// newByteTrie builds the trie of words' patterns.
func newByteTrie(words []word) byteTrie {
	// A trie of nodes first, then its states placed breadth first, each at the first base where all
	// its children's slots are free. The patterns are taken in byte order, so that a node's children
	// come in byte order too and the child a pattern goes on to is a new one or the last one added.
	type node struct {
		first, last, next int32 // the first and last child, and the next sibling; 0 for none
		c                 byte  // the byte that leads here
		term              trieTerm
	}
	order := make([]int, len(words))
	for k := range order {
		order[k] = k
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(words[a].pat, words[b].pat) })
	size := 1 // a node per byte of every pattern at most: the trie is built in one array
	for i := range words {
		size += len(words[i].pat)
	}
	nodes := make([]node, 1, size)
	nodes[0] = node{term: trieTerm{-1, -1}}
	for _, id := range order {
		w := &words[id]
		n := int32(0)
		for k := 0; k < len(w.pat); k++ {
			c := w.pat[k]
			if last := nodes[n].last; last != 0 && nodes[last].c == c {
				n = last
				continue
			}
			nx := int32(len(nodes))
			nodes = append(nodes, node{c: c, term: trieTerm{-1, -1}})
			if last := nodes[n].last; last != 0 {
				nodes[last].next = nx
			} else {
				nodes[n].first = nx
			}
			nodes[n].last = nx
			n = nx
		}
		// compileLexicon keeps one word per pattern and kind, so each is set once.
		if w.whole {
			nodes[n].term.whole = int32(id)
		} else {
			nodes[n].term.stem = int32(id)
		}
	}

	// below[n] counts the patterns that end at node n or under it; a child is always added after its
	// parent.
	below := make([]int32, len(nodes))
	for n := len(nodes) - 1; n >= 0; n-- {
		if tm := nodes[n].term; tm.whole >= 0 || tm.stem >= 0 {
			below[n]++
		}
		for k := nodes[n].first; k != 0; k = nodes[k].next {
			below[n] += below[k]
		}
	}

	// terms has one entry per word at most; the slots grow as states are placed.
	t := byteTrie{terms: make([]trieTerm, 1, len(words)+1), tails: []string{""}}
	// nextFree[p] leads towards the first free slot from p, shortened as it is followed: placing a state
	// tries only the free slots for its first child.
	nextFree := make([]int32, 0, len(nodes)+257)
	grow := func(n int) {
		for len(t.slots) < n {
			nextFree = append(nextFree, int32(len(t.slots)))
			t.slots = append(t.slots, trieSlot{check: -1})
		}
	}
	var findFree func(p int) int
	findFree = func(p int) int {
		grow(p + 1)
		if q := int(nextFree[p]); q != p {
			q = findFree(q)
			nextFree[p] = int32(q)
			return q
		}
		return p
	}
	take := func(p int, parent int32) {
		t.slots[p].check = parent
		grow(p + 2)
		nextFree[p] = int32(p + 1)
	}
	grow(256 + 1)
	take(0, -2)                        // the root is nobody's child
	state := make([]int32, len(nodes)) // the slot of each node
	queue := make([]int32, 1, len(nodes))
	var kids []int
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		s := state[n]
		if tm := nodes[n].term; n != 0 && below[n] == 1 && tm.whole < 0 && tm.stem < 0 {
			// One pattern goes on from here: keep its rest as a tail, the end of the pattern's own string.
			steps := 0
			for nodes[n].first != 0 {
				n = nodes[n].first // the only child
				steps++
			}
			id := nodes[n].term.whole
			if id < 0 {
				id = nodes[n].term.stem
			}
			pat := words[id].pat
			t.slots[s].tail = int32(len(t.tails))
			t.tails = append(t.tails, pat[len(pat)-steps:])
			t.slots[s].term = int32(len(t.terms))
			t.terms = append(t.terms, nodes[n].term)
			continue
		}
		if tm := nodes[n].term; tm.whole >= 0 || tm.stem >= 0 {
			t.slots[s].term = int32(len(t.terms))
			t.terms = append(t.terms, tm)
		}
		if nodes[n].first == 0 {
			continue
		}
		kids = kids[:0]
		for k := nodes[n].first; k != 0; k = nodes[k].next {
			kids = append(kids, int(nodes[k].c))
		}
		lo := kids[0]
		base := 0
	search:
		for p := findFree(lo + 1); ; p = findFree(p + 1) {
			base = p - lo
			grow(base + 256)
			for _, c := range kids[1:] {
				if t.slots[base+c].check != -1 {
					continue search
				}
			}
			break
		}
		t.slots[s].base = int32(base)
		for k := nodes[n].first; k != 0; k = nodes[k].next {
			c := int(nodes[k].c)
			state[k] = int32(base + c)
			take(base+c, s)
			queue = append(queue, k)
		}
	}
	return t
}

// match returns the end and id of the longest word that low[i:] starts with, a whole word only where
// a word ends after it, or -1.
func (t *byteTrie) match(low string, i int) (int, int32) {
	best, bestEnd := int32(-1), 0
	// The walk reads the text and the slots without bounds checks: j stays below len(low), and every
	// state's base leaves room for all 256 children in slots (newByteTrie grows them so).
	text, sl0 := unsafe.StringData(low), unsafe.Pointer(unsafe.SliceData(t.slots))
	s, cur := int32(0), (*trieSlot)(sl0) // the state reached and its slot
	for j := i; j < len(low); {
		// The step that nearly every byte of a word start goes through: its state is all it carries.
		nx := cur.base + int32(*(*byte)(unsafe.Add(unsafe.Pointer(text), j)))
		sl := (*trieSlot)(unsafe.Add(sl0, uintptr(nx)*unsafe.Sizeof(trieSlot{})))
		if sl.check != s {
			break
		}
		j++
		s, cur = nx, sl
		if sl.term == 0 {
			continue
		}
		end := j
		if sl.tail != 0 {
			var ok bool
			if end, ok = t.tailEnd(low, j, sl.tail); !ok {
				break
			}
		}
		if tm := t.terms[sl.term]; tm.whole >= 0 && wordEndsAt(low, end) {
			best, bestEnd = tm.whole, end
		} else if tm.stem >= 0 {
			best, bestEnd = tm.stem, end
		}
		if sl.tail != 0 {
			break // nothing goes on past a tail
		}
	}
	return bestEnd, best
}

// tailEnd reports whether low[j:] starts with tail k, and where it ends.
func (t *byteTrie) tailEnd(low string, j int, k int32) (int, bool) {
	tail := t.tails[k]
	end := j + len(tail)
	return end, end <= len(low) && low[j:end] == tail
}

// wordEndsAt reports whether no word goes on at low[end:]: a whole word must end there.
func wordEndsAt(low string, end int) bool {
	if end >= len(low) {
		return true
	}
	r, n := decodeShort(low, end)
	if n == 0 {
		r, _ = utf8.DecodeRuneInString(low[end:])
	}
	return !isWordRune(r) || isHan(r)
}
