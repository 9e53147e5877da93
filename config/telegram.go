package config

import (
	"slices"
	"time"

	// Digest times are read in telegram.timezone: the zone database is embedded so that a server
	// without /usr/share/zoneinfo (a scratch container) still knows Asia/Almaty.
	_ "time/tzdata"
)

// ChatFilter narrows what one chat of telegram.chats receives. Empty fields allow everything.
type ChatFilter struct {
	Kinds     []string `yaml:"kinds"`     // meat_ban, inspection, export_volume, border_delay
	Goods     []string `yaml:"goods"`     // meat, poultry, grain, oilseeds
	Countries string   `yaml:"countries"` // all (default) or kzcn: Kazakhstan's trade with China
	Lang      string   `yaml:"lang"`      // ru (default), kk, en: the language of the chat's messages
}

// Values the bot's settings may take.
var (
	telegramAccess = []string{"open", "admins", "list"}
	filterKinds    = []string{"meat_ban", "inspection", "export_volume", "border_delay"}
	filterGoods    = []string{"meat", "poultry", "grain", "oilseeds"}
	filterLangs    = []string{"ru", "kk", "en"}
)

// Location is telegram.timezone loaded; validate has checked that it loads.
func (t Telegram) Location() *time.Location {
	loc, err := time.LoadLocation(t.Timezone)
	if err != nil {
		return time.UTC
	}
	return loc
}

// validateTelegram checks the bot's keys; bad builds the error with the key's line.
func (c *Config) validateTelegram(bad func(line int, key, format string, args ...any) error) error {
	t := &c.Telegram
	if !slices.Contains(telegramAccess, t.Access) {
		return bad(0, "telegram.access", "%q is not one of open, admins, list", t.Access)
	}
	if t.Access == "admins" && len(t.Admins) == 0 {
		return bad(0, "telegram.access", "admins needs telegram.admins: nobody could use the bot")
	}
	if _, err := time.LoadLocation(t.Timezone); err != nil || t.Timezone == "" {
		return bad(0, "telegram.timezone", "%q is not a time zone (write it like Asia/Almaty)", t.Timezone)
	}
	for chat, f := range t.Filters {
		key := "telegram.filters." + chat
		if !slices.Contains(t.Chats, chat) {
			return bad(0, key, "%q is not one of telegram.chats", chat)
		}
		for _, k := range f.Kinds {
			if !slices.Contains(filterKinds, k) {
				return bad(0, key+".kinds", "%q is not one of %v", k, filterKinds)
			}
		}
		for _, g := range f.Goods {
			if !slices.Contains(filterGoods, g) {
				return bad(0, key+".goods", "%q is not one of %v", g, filterGoods)
			}
		}
		if f.Countries != "" && f.Countries != "all" && f.Countries != "kzcn" {
			return bad(0, key+".countries", "%q is not all or kzcn", f.Countries)
		}
		if f.Lang != "" && !slices.Contains(filterLangs, f.Lang) {
			return bad(0, key+".lang", "%q is not one of %v", f.Lang, filterLangs)
		}
	}
	return nil
}
