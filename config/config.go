// Package config reads agrowatch's YAML configuration: strict keys, defaults, and errors that name the
// file, the line and the key. It is read once at start and passed down.
package config

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"agrowatch/preset"
)

// Default is the configuration shipped in config.yaml at the top of the repository, embedded so that
// `agrowatch run` works with no file at hand.
//
//go:embed default.yaml
var Default []byte

// Config is the whole configuration.
type Config struct {
	Store    Store    `yaml:"store"`
	HTTP     HTTP     `yaml:"http"`
	Alerts   Alerts   `yaml:"alerts"`
	Dedup    Dedup    `yaml:"dedup"`
	Telegram Telegram `yaml:"telegram"`
	Metrics  Metrics  `yaml:"metrics"`
	Web      Web      `yaml:"web"`
	Runtime  Runtime  `yaml:"runtime"`
	Sources  []Source `yaml:"sources"`

	File string `yaml:"-"` // where it was read from, for messages

	lines map[string]int // line of every key written in the file ("http.parallelism", "telegram.chats[1]")
}

// Store says where the bbolt database lives.
type Store struct {
	Path      string   `yaml:"path"`
	Retention Duration `yaml:"retention"` // articles first read longer ago are pruned to tombstones, once a day
}

// Runtime tunes the Go runtime the program runs on.
type Runtime struct {
	// MemoryLimit is the soft limit of the runtime's memory (heap, stacks, its own structures): near it
	// the garbage collector runs sooner instead of letting the heap grow to twice what is live. 0
	// (written off) sets none; the GOMEMLIMIT environment variable, when set, wins.
	MemoryLimit SizeOrOff `yaml:"memory_limit"`
}

// DefaultMemoryLimit is runtime.memory_limit when the configuration does not say: a daemon's live heap
// is 7–17 MB between polls, up to 26 MB while a first poll reads a long listing; a limit above that
// costs no garbage collection between polls and keeps a small VPS's memory in check.
const DefaultMemoryLimit = 32 << 20

// Dedup says when an article is not news: a near-duplicate of an alerted story, or facts already
// alerted, within the window.
type Dedup struct {
	Window Duration `yaml:"window"` // how long an alerted story or fact silences its repeats
	Reread Duration `yaml:"reread"` // how long after its first read an article is read again for edits; 0: never
	// AlsoReported: what subscribers hear of a repeat: off (nothing; the archive still records it),
	// message (a one-line "also reported by" follow-up), or digest (listed in the chat's next digest,
	// for chats that take one).
	AlsoReported string `yaml:"also_reported"`
}

// HTTP holds the crawler's politeness settings; a source may override delay and parallelism.
type HTTP struct {
	UserAgent    string   `yaml:"user_agent"`
	Timeout      Duration `yaml:"timeout"`
	Delay        Duration `yaml:"delay"`       // pause between two requests to one host
	Parallelism  int      `yaml:"parallelism"` // requests in flight per host
	MaxBody      ByteSize `yaml:"max_body"`    // a larger body is an error, never truncated
	RobotsTTL    Duration `yaml:"robots_ttl"`  // how long robots.txt is trusted
	IgnoreRobots bool     `yaml:"ignore_robots"`
}

// Alerts says which articles give alerts.
type Alerts struct {
	MaxAge Duration `yaml:"max_age"` // older articles (by publication date) are stored, not alerted
	// SourceDownAfter is how long a source may fail before the admins are told, once.
	SourceDownAfter Duration `yaml:"source_down_after"`
}

// Telegram is the Bot API side. Without a token, alerts go to standard output.
type Telegram struct {
	Token  string   `yaml:"token"`
	APIURL string   `yaml:"api_url"`
	Chats  []string `yaml:"chats"`
	// Admins are the Telegram user ids told of trouble: a source down or degraded, a stuck outbox.
	Admins []int64 `yaml:"admins"`
	// Access says who may use the bot: open (anyone), admins (telegram.admins only) or list
	// (telegram.admins and the user or chat ids of telegram.allow).
	Access   string                `yaml:"access"`
	Allow    []int64               `yaml:"allow"`
	Timezone string                `yaml:"timezone"` // of digest times; default Asia/Almaty
	Filters  map[string]ChatFilter `yaml:"filters"`  // per chat of telegram.chats; without one a chat gets every alert
}

// Metrics says where Prometheus metrics and the health check are served; an empty listen turns them off.
type Metrics struct {
	Listen string `yaml:"listen"` // host:port, e.g. 127.0.0.1:9120
}

// Web says where the archive's pages are served: on by default, on the loopback only; an empty listen
// turns them off. Auth asks a user and password of every request, for a listen beyond this machine.
type Web struct {
	Listen string  `yaml:"listen"` // host:port, e.g. 127.0.0.1:8080
	Auth   WebAuth `yaml:"auth"`
}

// WebAuth is HTTP basic authentication: a user and the bcrypt hash of the password (`htpasswd -nbB user password`,
// the part after the colon), never the password itself.
type WebAuth struct {
	User     string `yaml:"user"`
	Password string `yaml:"password_bcrypt"`
}

// Source is one watched site: a preset (eldala, apk-news, govkz, eurasianet) or a generic type (feed, html).
type Source struct {
	Name     string   `yaml:"name"`
	Preset   string   `yaml:"preset"`
	Type     string   `yaml:"type"`
	URL      string   `yaml:"url"`
	Interval Duration `yaml:"interval"`
	Lang     string   `yaml:"lang"` // ru, kk, en, zh: the language the source writes in (govkz: the API language)

	Delay       Duration `yaml:"delay"`       // overrides http.delay for this source's host
	Parallelism int      `yaml:"parallelism"` // overrides http.parallelism
	Disabled    bool     `yaml:"disabled"`

	Project string `yaml:"project"` // govkz: moa, mti, …

	// type: html
	Links       string `yaml:"links"`        // CSS selector of article links on the listing
	LinkPattern string `yaml:"link_pattern"` // or a regular expression that article URLs match
	Title       string `yaml:"title"`        // optional selectors on the article page
	Body        string `yaml:"body"`
	Date        string `yaml:"date"`
	// type: html, a listing of entries (the shape of the gacc preset): each entry's link, title and date
	Items     string `yaml:"items"`      // CSS selector of one entry
	ItemLink  string `yaml:"item_link"`  // within it: the link (default: its first a[href])
	ItemTitle string `yaml:"item_title"` // within it: the title (a title attribute, else the text)
	ItemDate  string `yaml:"item_date"`  // within it: the date
	Zone      string `yaml:"zone"`       // UTC offset of dates written without one, e.g. "+08:00" (default +05:00)
	Charset   string `yaml:"charset"`    // encoding of pages that name none and are not UTF-8, e.g. gb18030

	Line int `yaml:"-"` // line of the source in the file, for messages
}

// Presets and types a source may name.
func presets() []string { return preset.Names() }
func types() []string   { return []string{"feed", "html"} }

// Kind is the preset or, failing that, the type.
func (s Source) Kind() string {
	if s.Preset != "" {
		return s.Preset
	}
	return s.Type
}

// Load reads a file; an empty path means the embedded default.
func Load(path string) (*Config, error) {
	if path == "" {
		return Parse("config.yaml (embedded)", Default)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return Parse(path, b)
}

// Error is a configuration mistake at one place in a file.
type Error struct {
	File string
	Line int
	Key  string
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s: %s", e.File, e.Line, e.Key, e.Msg)
	}
	return fmt.Sprintf("%s: %s: %s", e.File, e.Key, e.Msg)
}

// Parse decodes and validates a configuration; name is used in messages.
func Parse(name string, b []byte) (*Config, error) {
	c := defaults()
	c.File = name
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil && !errors.Is(err, io.EOF) {
		return nil, yamlError(name, b, err)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(b, &root); err == nil {
		lines := sourceLines(&root)
		for i := range c.Sources {
			if i < len(lines) {
				c.Sources[i].Line = lines[i]
			}
		}
		c.lines = map[string]int{}
		keyLines(&root, "", c.lines)
	}
	if tok := os.Getenv("AGROWATCH_TELEGRAM_TOKEN"); tok != "" {
		c.Telegram.Token = tok
	}
	// systemd's LoadCredential= hands the token over as a file only the service can read: unlike
	// Environment=, it is not shown by `systemctl show`.
	if dir := os.Getenv("CREDENTIALS_DIRECTORY"); dir != "" {
		b, err := os.ReadFile(filepath.Join(dir, "telegram-token"))
		switch {
		case err == nil:
			c.Telegram.Token = strings.TrimSpace(string(b))
		case !errors.Is(err, fs.ErrNotExist):
			return nil, fmt.Errorf("config: telegram token credential: %w", err)
		}
	}
	if err := c.validate(); err != nil {
		return nil, err
	}
	return c, nil
}

// DefaultHTTP is the http section a configuration gets for every key it leaves out.
func DefaultHTTP() HTTP {
	return HTTP{
		UserAgent:   "agrowatch/0.1 (+https://example.org/agrowatch)",
		Timeout:     Duration(20 * time.Second),
		Delay:       Duration(2 * time.Second),
		Parallelism: 1,
		MaxBody:     5 << 20,
		RobotsTTL:   Duration(6 * time.Hour),
	}
}

func defaults() *Config {
	return &Config{
		Store:    Store{Path: "agrowatch.db", Retention: Duration(400 * 24 * time.Hour)},
		Dedup:    Dedup{Window: Duration(14 * 24 * time.Hour), Reread: Duration(48 * time.Hour), AlsoReported: "off"},
		HTTP:     DefaultHTTP(),
		Alerts:   Alerts{MaxAge: Duration(72 * time.Hour), SourceDownAfter: Duration(6 * time.Hour)},
		Telegram: Telegram{APIURL: "https://api.telegram.org", Access: "open", Timezone: "Asia/Almaty"},
		Web:      Web{Listen: "127.0.0.1:8080"},
		Runtime:  Runtime{MemoryLimit: DefaultMemoryLimit},
	}
}

// yamlError turns yaml.v3's "yaml: line 7: field foo not found in type config.Source" into
// "config.yaml:7: sources[0].foo: unknown key".
func yamlError(name string, src []byte, err error) error {
	msg := err.Error()
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	msg = strings.TrimPrefix(msg, "yaml: ")
	var line int
	if n, _ := fmt.Sscanf(msg, "line %d:", &line); n != 1 {
		return &Error{File: name, Key: "yaml", Msg: msg}
	}
	rest := strings.TrimSpace(msg[strings.Index(msg, ":")+1:])
	var root yaml.Node
	_ = yaml.Unmarshal(src, &root)
	key := keyAt(&root, line, "")
	if f, ok := strings.CutPrefix(rest, "field "); ok {
		if j := strings.Index(f, " not found"); j >= 0 {
			return &Error{File: name, Line: line, Key: key, Msg: fmt.Sprintf("unknown key %q", f[:j])}
		}
	}
	if key == "" {
		key = "yaml"
	}
	// A message of our own UnmarshalYAML repeats the line: drop it.
	if _, after, ok := strings.Cut(rest, fmt.Sprintf("line %d: ", line)); ok {
		rest = after
	}
	return &Error{File: name, Line: line, Key: key, Msg: rest}
}

// keyAt finds the dotted path of the key written on a line, such as "sources[1].interval".
func keyAt(n *yaml.Node, line int, path string) string {
	switch n.Kind {
	case yaml.DocumentNode:
		for _, c := range n.Content {
			if k := keyAt(c, line, path); k != "" {
				return k
			}
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			p := k.Value
			if path != "" {
				p = path + "." + k.Value
			}
			if k.Line == line {
				return p
			}
			if found := keyAt(v, line, p); found != "" {
				return found
			}
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			if found := keyAt(c, line, fmt.Sprintf("%s[%d]", path, i)); found != "" {
				return found
			}
		}
	}
	return ""
}

// keyLines records the line of every key and sequence item under path.
func keyLines(n *yaml.Node, path string, lines map[string]int) {
	switch n.Kind {
	case yaml.DocumentNode:
		for _, c := range n.Content {
			keyLines(c, path, lines)
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			p := n.Content[i].Value
			if path != "" {
				p = path + "." + p
			}
			lines[p] = n.Content[i].Line
			keyLines(n.Content[i+1], p, lines)
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			p := fmt.Sprintf("%s[%d]", path, i)
			lines[p] = c.Line
			keyLines(c, p, lines)
		}
	}
}

// NothingToPoll says why a configuration gives `run -once` nothing to do: no source, or every source
// disabled. nil when some source is enabled.
func (c *Config) NothingToPoll() error {
	var off []string
	for _, s := range c.Sources {
		if !s.Disabled {
			return nil
		}
		off = append(off, s.Name)
	}
	if len(off) == 0 {
		return &Error{File: c.File, Line: c.lines["sources"], Key: "sources", Msg: "no source is configured: add one (agrowatch sources presets lists the shipped ones)"}
	}
	return &Error{File: c.File, Line: c.lines["sources"], Key: "sources",
		Msg: fmt.Sprintf("every source is disabled (%s): set disabled: false on one to poll it", strings.Join(off, ", "))}
}

func sourceLines(root *yaml.Node) []int {
	if root.Kind != yaml.DocumentNode || len(root.Content) == 0 {
		return nil
	}
	m := root.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == "sources" && m.Content[i+1].Kind == yaml.SequenceNode {
			var lines []int
			for _, s := range m.Content[i+1].Content {
				lines = append(lines, s.Line)
			}
			return lines
		}
	}
	return nil
}

func (c *Config) validate() error {
	bad := func(line int, key, format string, args ...any) error {
		if line == 0 {
			line = c.lines[key] // 0 for a default: the key is not in the file
		}
		return &Error{File: c.File, Line: line, Key: key, Msg: fmt.Sprintf(format, args...)}
	}
	if c.Store.Path == "" {
		return bad(0, "store.path", "must not be empty")
	}
	if c.HTTP.Timeout <= 0 {
		return bad(0, "http.timeout", "must be a positive duration")
	}
	if c.HTTP.Delay < 0 {
		return bad(0, "http.delay", "must not be negative")
	}
	if c.HTTP.Parallelism < 1 {
		return bad(0, "http.parallelism", "must be at least 1")
	}
	if c.HTTP.MaxBody <= 0 {
		return bad(0, "http.max_body", "must be positive")
	}
	if c.HTTP.UserAgent == "" {
		return bad(0, "http.user_agent", "must not be empty: sites want to know who is calling")
	}
	if c.Alerts.MaxAge <= 0 {
		return bad(0, "alerts.max_age", "must be a positive duration")
	}
	if c.Store.Retention <= 0 {
		return bad(0, "store.retention", "must be a positive duration (400d keeps a little over a year)")
	}
	if c.Dedup.Window <= 0 {
		return bad(0, "dedup.window", "must be a positive duration")
	}
	if c.Dedup.Reread < 0 {
		return bad(0, "dedup.reread", "must not be negative (0 turns re-reading off)")
	}
	if !slices.Contains([]string{"off", "message", "digest"}, c.Dedup.AlsoReported) {
		return bad(0, "dedup.also_reported", "%q is not one of off, message, digest", c.Dedup.AlsoReported)
	}
	if c.Alerts.SourceDownAfter <= 0 {
		return bad(0, "alerts.source_down_after", "must be a positive duration")
	}
	if u, err := url.Parse(c.Telegram.APIURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return bad(0, "telegram.api_url", "%q is not an http(s) URL", c.Telegram.APIURL)
	}
	if c.Metrics.Listen != "" {
		if _, _, err := net.SplitHostPort(c.Metrics.Listen); err != nil {
			return bad(0, "metrics.listen", "%q is not host:port (write it like 127.0.0.1:9120)", c.Metrics.Listen)
		}
	}
	if c.Web.Listen != "" {
		if _, _, err := net.SplitHostPort(c.Web.Listen); err != nil {
			return bad(0, "web.listen", "%q is not host:port (write it like 127.0.0.1:8080)", c.Web.Listen)
		}
	}
	if a := c.Web.Auth; (a.User == "") != (a.Password == "") {
		return bad(0, "web.auth", "give both user and password_bcrypt, or neither")
	} else if h := a.Password; h != "" && (len(h) != 60 || !(strings.HasPrefix(h, "$2a$") || strings.HasPrefix(h, "$2b$") || strings.HasPrefix(h, "$2y$"))) {
		return bad(0, "web.auth.password_bcrypt", "is not a bcrypt hash (60 characters starting $2a$, $2b$ or $2y$); write the hash, never the password")
	}
	for i, chat := range c.Telegram.Chats {
		if !validChat(chat) {
			return bad(0, fmt.Sprintf("telegram.chats[%d]", i), "%q is neither a numeric chat id nor an @channel name", chat)
		}
	}
	if err := c.validateTelegram(bad); err != nil {
		return err
	}
	seen := map[string]int{}
	for i := range c.Sources {
		s := &c.Sources[i]
		key := func(k string) string { return fmt.Sprintf("sources[%d].%s", i, k) }
		if s.Name == "" {
			return bad(s.Line, key("name"), "every source needs a name")
		}
		if prev, ok := seen[s.Name]; ok {
			return bad(s.Line, key("name"), "duplicate source name %q (first at line %d)", s.Name, prev)
		}
		seen[s.Name] = s.Line
		switch {
		case s.Preset != "" && s.Type != "":
			return bad(s.Line, key("preset"), "give a preset or a type, not both")
		case s.Preset != "" && !slices.Contains(presets(), s.Preset):
			return bad(s.Line, key("preset"), "unknown preset %q (known: %s)", s.Preset, strings.Join(presets(), ", "))
		case s.Type != "" && !slices.Contains(types(), s.Type):
			return bad(s.Line, key("type"), "unknown type %q (known: %s)", s.Type, strings.Join(types(), ", "))
		case s.Preset == "" && s.Type == "":
			return bad(s.Line, key("preset"), "source %q needs a preset (%s) or a type (%s)", s.Name, strings.Join(presets(), ", "), strings.Join(types(), ", "))
		}
		if s.Type != "" && s.URL == "" {
			return bad(s.Line, key("url"), "a %s source needs a url", s.Type)
		}
		if s.URL != "" {
			u, err := url.Parse(s.URL)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				return bad(s.Line, key("url"), "%q is not an http(s) URL", s.URL)
			}
		}
		if s.Interval == 0 {
			s.Interval = Duration(defaultInterval(*s))
		}
		if s.Interval < 0 {
			return bad(s.Line, key("interval"), "must be a positive duration")
		}
		if s.Delay < 0 {
			return bad(s.Line, key("delay"), "must not be negative")
		}
		if s.Parallelism < 0 {
			return bad(s.Line, key("parallelism"), "must not be negative")
		}
		if s.Preset == "" && s.Lang != "" && !slices.Contains([]string{"ru", "kk", "en", "zh"}, s.Lang) {
			return bad(s.Line, key("lang"), "%q is not one of ru, kk, en, zh", s.Lang)
		}
		if s.Type == "html" && s.Links == "" && s.LinkPattern == "" && s.Items == "" {
			return bad(s.Line, key("links"), "an html source needs links (a CSS selector) or link_pattern (a regular expression)")
		}
		if err := c.checkDeclaration(i, s); err != nil {
			return err
		}
	}
	return nil
}

func validChat(s string) bool {
	if strings.HasPrefix(s, "@") {
		return len(s) > 1
	}
	s = strings.TrimPrefix(s, "-")
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
