package extract

import "agrowatch"

// Eventual is an Extractor whose lexicons compile in the background (New takes tens of milliseconds
// of one core): a daemon starts polling at once and its first pages are fetched and parsed meanwhile.
// Extract waits for the compilation on its first call.
type Eventual struct {
	ready chan struct{}
	x     *Extractor
}

// NewEventual starts compiling and returns at once.
func NewEventual() *Eventual {
	e := &Eventual{ready: make(chan struct{})}
	go func() {
		e.x = New()
		close(e.ready)
	}()
	return e
}

// Extract is (*Extractor).Extract, once the lexicons are compiled.
func (e *Eventual) Extract(text, lang string) []agrowatch.Mention {
	<-e.ready
	return e.x.Extract(text, lang)
}
