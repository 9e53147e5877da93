package extract

import (
	"reflect"
	"sync"
	"testing"
)

// An Eventual gives what New's Extractor gives, from every goroutine that asks before the lexicons
// are compiled (run with -race).
func TestEventual(t *testing.T) {
	const text = "Экспорт пшеницы из Казахстана в Узбекистан за январь–октябрь 2026 года составил 1,2 млн тонн."
	want := New().Extract(text, "")
	if len(want) == 0 {
		t.Fatal("no mention in the reference sentence")
	}
	e := NewEventual()
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			if got := e.Extract(text, ""); !reflect.DeepEqual(got, want) {
				t.Errorf("Eventual: %+v, want %+v", got, want)
			}
		})
	}
	wg.Wait()
}
