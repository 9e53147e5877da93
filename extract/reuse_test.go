package extract

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"agrowatch"
)

// Extract writes each article's lowercase into the buffer of the call before. These tests hold it to
// its promise: what one call returned is never changed by the next.

// TestSharesBytesEveryStringField: sharesBytes must look at every string field of a Mention, or a field
// added later and read from the lowercase would be overwritten by the next article.
func TestSharesBytesEveryStringField(t *testing.T) {
	buf := []byte("export 200 tonnes")
	in := strings.Clone(string(buf)) // a string that does not share buf
	typ := reflect.TypeFor[agrowatch.Mention]()
	for i := range typ.NumField() {
		f := typ.Field(i)
		if f.Type.Kind() != reflect.String {
			continue
		}
		var m agrowatch.Mention
		shared := unsafeString(buf[7:10])
		reflect.ValueOf(&m).Elem().Field(i).SetString(shared)
		if !sharesBytes([]agrowatch.Mention{m}, buf) {
			t.Errorf("sharesBytes misses field %s", f.Name)
		}
		reflect.ValueOf(&m).Elem().Field(i).SetString(in)
		if sharesBytes([]agrowatch.Mention{m}, buf) {
			t.Errorf("sharesBytes reports field %s that holds a copy", f.Name)
		}
	}
}

// TestExtractKeepsEarlierResults extracts every text of the sets in turn through one Extractor, keeps
// each result, and checks at the end that each is still what a fresh Extractor gives.
func TestExtractKeepsEarlierResults(t *testing.T) {
	texts := setTexts(t)
	x := New()
	kept := make([][]agrowatch.Mention, len(texts))
	for i, s := range texts {
		kept[i] = x.Extract(s, "")
	}
	fresh := New()
	for i, s := range texts {
		if want := fresh.Extract(s, ""); !slices.Equal(kept[i], want) {
			t.Fatalf("%.60q: the result changed after later calls:\n got %+v\nwant %+v", s, kept[i], want)
		}
	}
}

// unsafeString is a string over b's bytes, as Extract's lowercase is.
func unsafeString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }
