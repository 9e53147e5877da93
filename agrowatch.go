// Package agrowatch holds the words that the crawler, the extractor, the store and the notifier share:
// an Article read from a source, the Mentions extracted from it, the Alert that tells subscribers about
// them, and a source's Health. It imports nothing of ours, so every other package may import it.
package agrowatch

import (
	"encoding/json"
	"fmt"
	"time"
)

// Article is one news item as a source delivered it, after the page has been turned into text.
type Article struct {
	Source    string    `json:"source"`              // configured source name
	URL       string    `json:"url"`                 // canonical URL: the article's identity
	Key       string    `json:"key,omitempty"`       // a stable id the site gives besides its URL (ElDala's numeric id): an article whose Key was seen is not processed again under a new URL
	Title     string    `json:"title"`               // plain text
	Published time.Time `json:"published,omitempty"` // zero when the page names no date
	Text      string    `json:"text"`                // main content as plain text, paragraphs split by "\n\n"
	Lang      string    `json:"lang,omitempty"`      // ru, kk, en or zh when the source knows it
	Fetched   time.Time `json:"fetched"`
	// Validators are the conditional-GET headers the article page was served with, so that reading it
	// again for edits can ask whether it changed.
	Validators Validators `json:"-"`
}

// Kind is what a mention is about.
type Kind string

// The kinds of fact agrowatch reads out of articles.
const (
	KindMeatBan      Kind = "meat_ban"
	KindInspection   Kind = "inspection"
	KindExportVolume Kind = "export_volume"
	KindBorderDelay  Kind = "border_delay"
)

// Kinds lists every kind in a stable order.
func Kinds() []Kind { return []Kind{KindMeatBan, KindInspection, KindExportVolume, KindBorderDelay} }

// Statuses of a meat_ban mention.
const (
	StatusImposed = "imposed"
	StatusLifted  = "lifted"
	StatusPending = "pending"
)

// Statuses of an inspection mention.
const (
	StatusPlanned = "planned"
	StatusDone    = "done"
)

// Mention is one fact found in one sentence. Fields the text does not state are left empty: countries
// are ISO 3166-1 alpha-2 codes, commodities lowercase English words from extract's fixed list.
type Mention struct {
	Kind     Kind   `json:"kind"`
	Lang     string `json:"lang,omitempty"`     // every mention the extractor gives has one
	Sentence string `json:"sentence,omitempty"` // every mention the extractor gives has one

	Status    string  `json:"status,omitempty"`    // meat_ban: imposed|lifted|pending; inspection: planned|done; border_delay: ""|ended
	By        string  `json:"by,omitempty"`        // country that bans, lifts or inspects
	On        string  `json:"on,omitempty"`        // country whose goods or services are concerned
	Tonnes    float64 `json:"tonnes,omitempty"`    // export_volume: metric tonnes
	Commodity string  `json:"commodity,omitempty"` // grain, wheat, beef, poultry, …
	From      string  `json:"from,omitempty"`      // exporter
	To        string  `json:"to,omitempty"`        // destination
	Period    string  `json:"period,omitempty"`    // as written: "2023", "за январь-октябрь"
	Year      int     `json:"year,omitempty"`
	Forecast  bool    `json:"-"`               // export_volume only; see MarshalJSON
	Cause     string  `json:"cause,omitempty"` // fmd, avian_influenza, sheep_pox, …
	Place     string  `json:"place,omitempty"` // border_delay: Dostyk, Khorgos, Alashankou, …

	// Change marks an export_volume figure that is a change, not a shipped volume: "increase" or
	// "decrease" by Tonnes, or "difference" ("200 kt more than"). Empty for a volume.
	Change string  `json:"change,omitempty"`
	Wagons int     `json:"wagons,omitempty"` // border_delay: wagons waiting or held
	Trucks int     `json:"trucks,omitempty"` // border_delay: trucks waiting
	Days   float64 `json:"days,omitempty"`   // border_delay: days of waiting or standstill
	Route  string  `json:"route,omitempty"`  // border_delay: both ends of a route, "Altynkol – Khorgos"
}

// Fact is the mention without its wording: what it states, with Sentence and Lang cleared. Mention holds
// only comparable fields, so two mentions state the same fact exactly when their Facts are ==; every
// field added later takes part without a change here.
func (m Mention) Fact() Mention {
	m.Sentence, m.Lang = "", ""
	return m
}

// SameFact reports whether m and o state the same fact: no field but the wording differs.
func (m Mention) SameFact(o Mention) bool { return m.Fact() == o.Fact() }

// FactKey is the fact's identity as text, for maps and store keys: equal exactly when SameFact.
func (m Mention) FactKey() string {
	b, err := json.Marshal(m.Fact())
	if err != nil { // a Mention of plain fields always marshals; NaN tonnes is the one way it cannot
		return fmt.Sprintf("%#v", m.Fact())
	}
	return string(b)
}

// MarshalJSON writes the scan schema: "forecast" appears on every export_volume mention, true or false,
// and on no other kind.
func (m Mention) MarshalJSON() ([]byte, error) {
	type plain Mention
	if m.Kind != KindExportVolume {
		return json.Marshal(plain(m))
	}
	return json.Marshal(struct {
		plain
		Forecast bool `json:"forecast"`
	}{plain(m), m.Forecast})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (m *Mention) UnmarshalJSON(b []byte) error {
	type plain Mention
	var v struct {
		plain
		Forecast bool `json:"forecast"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*m = Mention(v.plain)
	m.Forecast = v.Forecast
	return nil
}

// Alert tells one destination about one article and the mentions found in it.
type Alert struct {
	Source    string    `json:"source"`
	URL       string    `json:"url"`
	Title     string    `json:"title"`
	Published time.Time `json:"published,omitempty"`
	Mentions  []Mention `json:"mentions"`
	// AlsoOf makes the alert a one-line follow-up (dedup.also_reported: message): this article tells again
	// a story, or states again facts, first alerted from the article AlsoOf names. Mentions are the
	// repeated ones, for the chats' filters.
	AlsoOf *Telling `json:"also_of,omitempty"`
	// Text, when set, is the whole message already written in Telegram HTML (a chat's daily digest):
	// it is sent as it is, split at line boundaries, and queued like any alert so that it survives a crash.
	Text string `json:"text,omitempty"`
}

// Telling names one article that told a story: its source, URL and title.
type Telling struct {
	Source string `json:"source"`
	URL    string `json:"url"`
	Title  string `json:"title,omitempty"`
}

// Console is the destination of alerts printed on standard output when no Telegram token is set.
const Console = "stdout"

// Delivery is one alert queued in the outbox for one destination: a Telegram chat id written as a
// decimal string ("-1001234567890", "@channel"), or Console.
type Delivery struct {
	ID       uint64    `json:"id"` // outbox sequence, increasing
	Chat     string    `json:"chat"`
	AlertID  uint64    `json:"alert_id,omitempty"` // the alert, stored once for every chat it is queued for
	Alert    Alert     `json:"alert"`
	Queued   time.Time `json:"queued"`
	Attempts int       `json:"attempts"`
	Sent     int       `json:"sent"`                // parts of a split message Telegram already accepted
	NotAfter time.Time `json:"not_after,omitempty"` // zero, or do not try before this time
	LastErr  string    `json:"last_error,omitempty"`
}

// Validators are the conditional-GET headers of one listing or feed URL, kept between polls.
type Validators struct {
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
}

// Health is what agrowatch knows about how a source has been doing. The store keeps it; the crawler
// decides it from each poll's Report.
type Health struct {
	LastAttempt time.Time `json:"last_attempt,omitempty"`
	LastSuccess time.Time `json:"last_success,omitempty"`
	LastError   string    `json:"last_error,omitempty"`
	Failures    int       `json:"consecutive_failures"` // consecutive failed polls
	LastItems   int       `json:"last_items"`           // items the listing showed on the last successful poll
	MaxItems    int       `json:"max_items"`            // most items one poll has seen
	EmptyBodies int       `json:"empty_bodies"`         // articles whose body came out empty, in all
	EmptyDates  int       `json:"empty_dates"`          // articles whose date came out empty, in all
	Oversized   int       `json:"oversized"`            // article pages over http.max_body, in all
	Articles    int       `json:"articles"`             // articles read, in all
	Degraded    string    `json:"degraded,omitempty"`   // "", or why the source looks broken ("degraded: layout changed? …")
	Note        string    `json:"note,omitempty"`       // a standing remark, such as "no Chromium: gov.kz tokens cannot be captured"
	NotModified int       `json:"not_modified"`         // polls answered 304, in all
	Polls       int       `json:"polls"`
}
