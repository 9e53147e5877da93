package main

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"agrowatch"
	"agrowatch/config"
	"agrowatch/metrics"
	"agrowatch/store"
)

// outboxAfter is how long the oldest delivery may wait before the admins hear that the outbox is stuck.
const outboxAfter = time.Hour

// outboxCheckEvery is how often the daemon looks at the outbox for that.
const outboxCheckEvery = time.Minute

// newAlarm makes the admin alerts of a daemon: each message is logged, and queued through the store for
// admins like any alert, so that it survives a restart and keeps Telegram's limits.
func newAlarm(db *store.DB, admins func() []string, wake func(), downAfter time.Duration, log *slog.Logger) *metrics.Alarm {
	return &metrics.Alarm{
		DownAfter:   downAfter,
		OutboxAfter: outboxAfter,
		Logger:      log,
		Tell: func(text string) {
			chats := admins()
			if len(chats) == 0 {
				return
			}
			al := agrowatch.Alert{Source: "agrowatch", Title: text, Published: time.Now()}
			if _, _, err := db.QueueAlert(al, chats); err != nil {
				log.Error("admin alert not queued", slog.Any("err", err))
				return
			}
			if wake != nil {
				wake()
			}
		},
	}
}

// watchOutbox tells alarm about the outbox every outboxCheckEvery until ctx ends.
func watchOutbox(ctx context.Context, db *store.DB, alarm *metrics.Alarm, log *slog.Logger) {
	for {
		// The oldest entry comes first, whatever its next attempt: a far horizon takes them all.
		due, err := db.Due(time.Now().AddDate(100, 0, 0), 1)
		pending, perr := db.Pending()
		if err = firstErr(err, perr); err != nil {
			log.Warn("reading the outbox for the admin alert", slog.Any("err", err))
		} else {
			var oldest time.Time
			if len(due) > 0 {
				oldest = due[0].Queued
			}
			alarm.Outbox(oldest, pending, time.Now())
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(outboxCheckEvery):
		}
	}
}

func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// adminChats are the chat ids of telegram.admins.
func adminChats(cfg *config.Config) []string {
	var chats []string
	for _, id := range cfg.Telegram.Admins {
		chats = append(chats, fmt.Sprint(id))
	}
	return chats
}
