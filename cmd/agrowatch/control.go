package main

import (
	"encoding/json"
	"log/slog"
	"net/http"

	"agrowatch/export"
	"agrowatch/store"
)

// controlHandler answers the commands that read the archive while the daemon holds it: export, db stats
// and sources. It only reads.
func controlHandler(db *store.DB, log *slog.Logger) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /export", func(w http.ResponseWriter, r *http.Request) {
		req, err := export.Parse(r.URL.Query(), archiveZone())
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		// Rows stream as they are read: a large archive is never held in memory. An error after the
		// first row can only cut the stream short; the client sees the truncated body and the log says why.
		if err := writeExport(db, req, w, nil); err != nil {
			log.Error("control: export", slog.Any("err", err))
		}
	})
	mux.HandleFunc("GET /stats", func(w http.ResponseWriter, r *http.Request) {
		st, err := db.Stats()
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		_ = json.NewEncoder(w).Encode(st)
	})
	mux.HandleFunc("GET /sources", func(w http.ResponseWriter, r *http.Request) {
		all, err := db.AllHealth()
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		_ = json.NewEncoder(w).Encode(all)
	})
	return mux
}
