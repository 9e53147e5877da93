package store

import (
	"slices"
	"testing"

	"agrowatch"
)

func TestChats(t *testing.T) {
	db, _ := openTest(t, Options{})
	c, err := db.UpdateChat("111", func(c *Chat) bool {
		c.Subscribed, c.Lang, c.Kinds = true, "kk", []agrowatch.Kind{agrowatch.KindMeatBan}
		return true
	})
	if err != nil || c.ID != "111" || !c.Active() {
		t.Fatalf("UpdateChat = %+v, %v", c, err)
	}
	if _, err := db.UpdateChat("222", func(c *Chat) bool { return false }); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := db.GetChat("222"); ok {
		t.Error("a change that returned false was stored")
	}
	db = reopen(t, db, Options{})
	got, ok, err := db.GetChat("111")
	if err != nil || !ok || got.Lang != "kk" || !slices.Equal(got.Kinds, []agrowatch.Kind{agrowatch.KindMeatBan}) {
		t.Errorf("GetChat = %+v, %v, %v", got, ok, err)
	}
	var all []string
	if err := db.Chats(func(c Chat) { all = append(all, c.ID) }); err != nil || !slices.Equal(all, []string{"111"}) {
		t.Errorf("Chats = %v, %v", all, err)
	}
	// A move carries the settings to the new id.
	if err := db.MoveChat("111", "-100111"); err != nil {
		t.Fatal(err)
	}
	if c, ok, _ := db.GetChat("-100111"); !ok || c.Lang != "kk" {
		t.Errorf("after the move: %+v, %v", c, ok)
	}
	if _, ok, _ := db.GetChat("111"); ok {
		t.Error("old id kept its record")
	}
}

func TestUpdateOffset(t *testing.T) {
	db, _ := openTest(t, Options{})
	if n, err := db.UpdateOffset(); err != nil || n != 0 {
		t.Fatalf("UpdateOffset = %d, %v", n, err)
	}
	if err := db.SetUpdateOffset(1234); err != nil {
		t.Fatal(err)
	}
	db = reopen(t, db, Options{})
	if n, err := db.UpdateOffset(); err != nil || n != 1234 {
		t.Errorf("after reopen: %d, %v", n, err)
	}
	if err := db.SetWatchCursor(t0, 7); err != nil {
		t.Fatal(err)
	}
	if at, id, err := db.WatchCursor(); err != nil || !at.Equal(t0) || id != 7 {
		t.Errorf("WatchCursor = %v, %d, %v", at, id, err)
	}
}
