package extract

import "testing"

// TestTrieRoom checks what match reads the slots without bounds checks on: every state's children,
// by whatever byte, fall inside the slots.
func TestTrieRoom(t *testing.T) {
	tr := New().lex.trie
	for s, sl := range tr.slots {
		if sl.base < 0 || int(sl.base)+255 >= len(tr.slots) {
			t.Fatalf("state %d: base %d leaves no room for 256 children in %d slots", s, sl.base, len(tr.slots))
		}
	}
}
