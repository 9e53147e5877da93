// Package web serves the archive to journalists: facts to search, a ban's story, tonnes by month or
// year, the sources' health, each list also as CSV, JSON lines and an Atom feed. It only reads the
// store: nothing on the web changes state. Pages are rendered on the server and need no JavaScript.
package web

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"golang.org/x/crypto/bcrypt"

	"agrowatch"
	"agrowatch/store"
)

//go:embed templates/*.html
var templateFiles embed.FS

//go:embed static
var staticFiles embed.FS

// Store is what the pages read.
type Store interface {
	MentionsWithin(ctx context.Context, q store.Query, fn func(store.Row) error) (time.Time, error)
	AllHealth() (map[string]agrowatch.Health, error)
}

// Source is a configured source as the sources page lists it.
type Source struct {
	Name, Kind string
	Disabled   bool
}

// Auth is basic authentication: a user and the bcrypt hash of the password. A zero Auth asks nothing.
type Auth struct {
	User, Hash string
}

// Options are the server's dependencies and limits.
type Options struct {
	Store Store
	// Sources lists the configured sources, asked on every request so that a reload shows at once;
	// nil lists only those the store has a health for.
	Sources func() []Source
	Auth    Auth
	Logger  *slog.Logger
	Now     func() time.Time
	Zone    *time.Location // days and times are shown in it; nil means UTC+5, Kazakhstan's time
	// QueryTimeout is how long one request may read the store; what was found by then is shown, with
	// how far back the search read. 0 means 3 s.
	QueryTimeout time.Duration
}

// Server is the web's handler.
type Server struct {
	opt   Options
	pages map[string]*template.Template
	mux   *http.ServeMux

	mu       sync.Mutex
	verified map[[32]byte]bool // Authorization headers that bcrypt already accepted: bcrypt is slow on purpose
}

// New builds the handler and parses its templates.
func New(opt Options) (*Server, error) {
	if opt.Store == nil {
		return nil, errors.New("web: no store")
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.Zone == nil {
		opt.Zone = time.FixedZone("UTC+5", 5*3600)
	}
	if opt.QueryTimeout <= 0 {
		opt.QueryTimeout = 3 * time.Second
	}
	if opt.Auth.User != "" {
		if _, err := bcrypt.Cost([]byte(opt.Auth.Hash)); err != nil {
			return nil, fmt.Errorf("web: auth: the password hash is not a bcrypt hash: %w", err)
		}
	}
	s := &Server{opt: opt, pages: map[string]*template.Template{}, verified: map[[32]byte]bool{}}
	for _, name := range []string{"facts", "stories", "story", "tonnes", "sources"} {
		t, err := template.New(name).Funcs(funcs).ParseFS(templateFiles, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("web: template %s: %w", name, err)
		}
		s.pages[name] = t
	}
	static, err := fs.Sub(staticFiles, "static")
	if err != nil {
		return nil, fmt.Errorf("web: static files: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		target := "/facts"
		if r.URL.RawQuery != "" {
			target += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, target, http.StatusFound)
	})
	for _, p := range []struct {
		name string
		h    func(*request) error
	}{
		{"facts", s.facts}, {"stories", s.stories}, {"story", s.story}, {"tonnes", s.tonnes}, {"sources", s.sources},
	} {
		for _, ext := range []string{"", ".csv", ".json", ".atom"} {
			mux.Handle("GET /"+p.name+ext, s.handle(p.name, ext, p.h))
		}
	}
	s.mux = mux
	return s, nil
}

// ServeHTTP answers GET and HEAD only, with the security headers on every answer.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	// No script at all, styles and images from this server only, forms submitted only to it.
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Allow", "GET, HEAD")
		http.Error(w, "read-only: only GET and HEAD", http.StatusMethodNotAllowed)
		return
	}
	if !s.authorized(r) {
		h.Set("WWW-Authenticate", `Basic realm="agrowatch", charset="UTF-8"`)
		http.Error(w, "authorization required", http.StatusUnauthorized)
		return
	}
	s.mux.ServeHTTP(w, r)
}

func (s *Server) authorized(r *http.Request) bool {
	a := s.opt.Auth
	if a.User == "" {
		return true
	}
	user, pass, ok := r.BasicAuth()
	if !ok {
		return false
	}
	key := sha256.Sum256([]byte(r.Header.Get("Authorization")))
	s.mu.Lock()
	known := s.verified[key]
	s.mu.Unlock()
	if known {
		return true
	}
	if subtle.ConstantTimeCompare([]byte(user), []byte(a.User)) != 1 ||
		bcrypt.CompareHashAndPassword([]byte(a.Hash), []byte(pass)) != nil {
		return false
	}
	s.mu.Lock()
	if len(s.verified) >= 64 { // a handful of journalists: forget them all rather than grow
		clear(s.verified)
	}
	s.verified[key] = true
	s.mu.Unlock()
	return true
}

// request is one page's request, with what every handler needs.
type request struct {
	w      http.ResponseWriter
	r      *http.Request
	ctx    context.Context // bounded by Options.QueryTimeout
	lang   lang
	f      filter
	page   string // facts, story, …
	format string // "", ".csv", ".json", ".atom"
	now    time.Time
}

func (s *Server) handle(page, format string, h func(*request) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), s.opt.QueryTimeout)
		defer cancel()
		now := s.opt.Now()
		f := parseFilter(r.URL.Query(), now, s.opt.Zone)
		req := &request{w: w, r: r, ctx: ctx, lang: pickLang(f.Lang, r.Header.Get("Accept-Language")), f: f,
			page: page, format: format, now: now}
		if err := h(req); err != nil {
			s.opt.Logger.Error("web: page failed", slog.String("path", r.URL.Path), slog.Any("err", err))
			http.Error(w, "the archive could not be read; the daemon's log says why", http.StatusInternalServerError)
		}
	})
}

// Serve listens on addr and serves h until ctx ends. It returns once listening (an error when it cannot
// listen), and a channel that gives the server's end.
func Serve(ctx context.Context, addr string, h http.Handler, log *slog.Logger) (<-chan error, net.Addr, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, nil, fmt.Errorf("web: listen %s: %w", addr, err)
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      60 * time.Second, // a download of maxDownload rows, over a slow line
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    16 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	done := make(chan error, 1)
	go func() {
		err := srv.Serve(ln)
		if errors.Is(err, http.ErrServerClosed) {
			err = nil
		}
		done <- err
	}()
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		if err := srv.Shutdown(sctx); err != nil {
			log.Warn("web: shutdown", slog.Any("err", err))
		}
	}()
	log.Info("web listening", slog.String("addr", "http://"+ln.Addr().String()+"/"))
	return done, ln.Addr(), nil
}

// Loopback reports whether addr (host:port) listens only on this machine.
func Loopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

var funcs = template.FuncMap{
	"join": strings.Join,
	"row":  func(r factRow, l lang) rowView { return rowView{r, l} },
	"dec":  func(n int) int { return n - 1 },
}

// rowView is a fact row with the language, for the template that several pages share.
type rowView struct {
	factRow
	L lang
}
