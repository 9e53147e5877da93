package crawler

import (
	"fmt"
	"strings"
	"time"

	"agrowatch"
)

const (
	reasonEmptyBodies = "every article came out with an empty body"
	reasonEmptyDates  = "every article came out without a date"
)

// NextHealth folds one poll into a source's health. It is pure: the caller stores the result and logs
// changed, which is non-empty only when Degraded switched on, off or to another reason, so that a
// broken layout is reported once rather than on every poll.
func NextHealth(prev agrowatch.Health, rep Report, err error, now time.Time) (next agrowatch.Health, changed string) {
	next = prev
	next.LastAttempt = now
	next.Polls++
	// What was read before a failure was read all the same.
	next.Articles += rep.Articles
	next.EmptyBodies += rep.EmptyBodies
	next.EmptyDates += rep.EmptyDates
	next.Oversized += rep.Oversized
	if len(rep.Notes) > 0 {
		next.Note = strings.Join(rep.Notes, "; ")
	}
	if err != nil {
		next.Failures++
		next.LastError = err.Error()
		// A failure says nothing about the layout: Degraded stays as it was.
		return next, ""
	}
	next.LastSuccess = now
	next.Failures = 0
	next.LastError = ""
	if rep.NotModified {
		next.NotModified++
		return next, "" // nothing was looked at: neither a sign of trouble nor of health
	}
	if len(rep.Notes) == 0 {
		next.Note = ""
	}
	next.LastItems = rep.Items
	next.MaxItems = max(prev.MaxItems, rep.Items)

	var why []string
	if rep.Items == 0 && prev.MaxItems > 0 {
		why = append(why, fmt.Sprintf("the listing shows no items (it showed up to %d)", prev.MaxItems))
	}
	if rep.Fallback {
		why = append(why, "the preset's selectors found nothing, generic discovery was used")
	}
	// Articles are evidence only when there are some: a poll that found nothing new keeps what the last
	// poll with articles said, so that the state does not flap between polls. Articles with an empty
	// body are read but not emitted: they are among the articles read, not among rep.Articles.
	for _, r := range []struct {
		reason    string
		empty, of int
	}{
		{reasonEmptyBodies, rep.EmptyBodies, rep.Articles + rep.EmptyBodies},
		{reasonEmptyDates, rep.EmptyDates, rep.Articles},
	} {
		switch {
		case r.of >= 2 && r.empty == r.of:
			why = append(why, r.reason)
		case r.of < 2 && strings.Contains(prev.Degraded, r.reason):
			why = append(why, r.reason)
		}
	}
	next.Degraded = ""
	if len(why) > 0 {
		next.Degraded = "degraded: layout changed? " + strings.Join(why, "; ")
	}
	switch {
	case next.Degraded == prev.Degraded:
	case next.Degraded != "":
		changed = next.Degraded
	default:
		changed = "healthy again"
	}
	return next, changed
}
