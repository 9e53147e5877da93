package dedup

import (
	"time"

	"agrowatch"
)

// Window is how long an alerted story or fact silences its repeats, unless configured otherwise
// (dedup.window).
const Window = 14 * 24 * time.Hour

// Story is an article already recorded whose body is a near-duplicate of the one being decided.
type Story struct {
	Article uint64 // the store's id of the article
	Source  string
	URL     string
	Alerted bool // an alert was queued for it
}

// Fact is a mention already alerted within the window, with the article that carried it.
type Fact struct {
	Article uint64
	Source  string
	URL     string
	Mention agrowatch.Mention
}

// Decision says which of an article's mentions are news.
type Decision struct {
	// Story is the recorded article this one is a near-duplicate of (0: none): the same story, told again.
	Story uint64
	// Alert lists the indexes of the mentions to alert, in order; empty means no alert.
	Alert []int
	// RepeatOf maps the index of each mention that repeats an alerted fact to that fact's article.
	RepeatOf map[int]uint64
}

// Decide takes the layers in turn: a near-duplicate of an alerted story gives no alert at all; otherwise
// each mention that repeats a fact alerted within the window (Repeats) is recorded as a repeat, and the
// rest are alerted. story may be nil; facts are the candidates the store found for these mentions.
func Decide(ms []agrowatch.Mention, story *Story, facts []Fact) Decision {
	d := Decision{RepeatOf: map[int]uint64{}}
	if story != nil {
		d.Story = story.Article
	}
	for i, m := range ms {
		for _, f := range facts {
			if Repeats(m, f.Mention) {
				d.RepeatOf[i] = f.Article
				break
			}
		}
		if _, rep := d.RepeatOf[i]; !rep && (story == nil || !story.Alerted) {
			d.Alert = append(d.Alert, i)
		}
	}
	return d
}
