package config

import (
	"path/filepath"
	"slices"
	"testing"
)

func TestInvalidTelegram(t *testing.T) {
	tests := []struct {
		file string
		want string
	}{
		{"invalid-telegram-access.yml", `testdata/invalid-telegram-access.yml:2: telegram.access: "friends" is not one of open, admins, list`},
		{"invalid-telegram-timezone.yml", `testdata/invalid-telegram-timezone.yml:2: telegram.timezone: "Mars/Olympus" is not a time zone (write it like Asia/Almaty)`},
		{"invalid-telegram-filter-chat.yml", `testdata/invalid-telegram-filter-chat.yml:4: telegram.filters.@other: "@other" is not one of telegram.chats`},
		{"invalid-telegram-filter-goods.yml", `testdata/invalid-telegram-filter-goods.yml:5: telegram.filters.@kz.goods: "fish" is not one of [meat poultry grain oilseeds]`},
		{"invalid-telegram-no-admins.yml", `testdata/invalid-telegram-no-admins.yml:2: telegram.access: admins needs telegram.admins: nobody could use the bot`},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			_, err := Load(filepath.Join("testdata", tt.file))
			if err == nil {
				t.Fatal("no error")
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("error\n got: %s\nwant: %s", got, tt.want)
			}
		})
	}
}

func TestTelegramDefaultsAndFilters(t *testing.T) {
	t.Setenv("AGROWATCH_TELEGRAM_TOKEN", "")
	c, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	if c.Telegram.Access != "open" || c.Telegram.Timezone != "Asia/Almaty" || c.Telegram.Location().String() != "Asia/Almaty" {
		t.Errorf("defaults: %+v", c.Telegram)
	}
	c, err = Parse("t.yml", []byte("telegram:\n  chats: [\"@kz\", \"-100\"]\n  admins: [42]\n  access: list\n  allow: [7, -100200]\n  filters:\n    \"@kz\": {kinds: [meat_ban], goods: [meat, poultry], countries: kzcn, lang: kk}\n"))
	if err != nil {
		t.Fatal(err)
	}
	f := c.Telegram.Filters["@kz"]
	if !slices.Equal(f.Kinds, []string{"meat_ban"}) || !slices.Equal(f.Goods, []string{"meat", "poultry"}) || f.Countries != "kzcn" || f.Lang != "kk" {
		t.Errorf("filter %+v", f)
	}
	if !slices.Equal(c.Telegram.Allow, []int64{7, -100200}) {
		t.Errorf("allow %v", c.Telegram.Allow)
	}
}
