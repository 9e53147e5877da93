package config

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"agrowatch/preset"
)

// Declaration is what a source reads, as a preset declaration with exactly one edition: a shipped
// preset with its edition picked by lang, moved by url, its selectors overridden by any the source
// gives; or, for type html and feed, the declaration the source's own keys write.
func (s Source) Declaration() (preset.Preset, error) {
	var p preset.Preset
	switch {
	case s.Preset != "":
		var ok bool
		if p, ok = preset.Lookup(s.Preset); !ok {
			return p, &preset.FieldError{Field: "preset", Err: fmt.Errorf("unknown preset %q (known: %s)", s.Preset, strings.Join(presets(), ", "))}
		}
		e, ok := p.Edition(s.Lang)
		if !ok {
			return p, &preset.FieldError{Field: "lang", Err: fmt.Errorf("%q is not an edition of %s (%s)", s.Lang, p.Name, strings.Join(p.Langs(), ", "))}
		}
		if s.URL != "" {
			e.Start = []string{s.URL}
		}
		if len(e.Start) == 0 {
			return p, &preset.FieldError{Field: "url", Err: fmt.Errorf("the %s edition of %s has no known address: give its url", e.Lang, p.Name)}
		}
		p.Editions = []preset.Edition{e}
	case s.Type == "html" || s.Type == "feed":
		p = preset.Preset{Name: s.Name, Reader: preset.HTML, Zone: preset.KazakhZone}
		if s.Type == "feed" {
			p.Reader = preset.Feed
		}
		p.Editions = []preset.Edition{{Lang: s.Lang, Start: []string{s.URL}}}
	default:
		return p, &preset.FieldError{Field: "preset", Err: errors.New("neither a preset nor a type")}
	}
	// The source's own keys win over the declaration's: a user can repair a preset whose site changed
	// its layout without waiting for a release.
	for _, o := range []struct {
		dst *string
		val string
	}{
		{&p.Listing.Items, s.Items}, {&p.Listing.Link, s.ItemLink}, {&p.Listing.Title, s.ItemTitle},
		{&p.Listing.Date, s.ItemDate}, {&p.Listing.Links, s.Links}, {&p.Listing.Pattern, s.LinkPattern},
		{&p.Article.Title, s.Title}, {&p.Article.Body, s.Body}, {&p.Article.Date, s.Date},
		{&p.Charset, s.Charset},
	} {
		if o.val != "" {
			*o.dst = o.val
		}
	}
	if s.Zone != "" {
		z, err := preset.ParseZone(s.Zone)
		if err != nil {
			return p, &preset.FieldError{Field: "zone", Err: err}
		}
		p.Zone = z
	}
	if s.Interval > 0 {
		p.Interval = s.Interval.D()
	}
	if err := p.Check(); err != nil {
		return p, err
	}
	return p, nil
}

// checkDeclaration validates what the crawler will build from a source, so that a broken selector or
// pattern is a configuration error with its line and key (exit 2), not a failure when polling starts.
func (c *Config) checkDeclaration(i int, s *Source) error {
	_, err := s.Declaration()
	if err == nil {
		return nil
	}
	field, msg := "preset", err.Error()
	var fe *preset.FieldError
	if errors.As(err, &fe) {
		field, msg = fe.Field, fe.Err.Error()
	}
	return &Error{File: c.File, Line: s.Line, Key: fmt.Sprintf("sources[%d].%s", i, field), Msg: msg}
}

// defaultInterval is the preset's own interval, or 15 minutes for a source of a type.
func defaultInterval(s Source) time.Duration {
	if p, ok := preset.Lookup(s.Preset); ok && p.Interval > 0 {
		return p.Interval
	}
	return 15 * time.Minute
}
