// Package telegramtest is a fake Telegram Bot API on httptest for tests: it answers getMe,
// sendMessage and getUpdates with real-shaped JSON, checks HTML the way Telegram does, and fails
// requests on demand (429, 403, migrations, 500, a failing getMe, …). Pass URL() as the API URL and
// Token() as the token.
package telegramtest

import (
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// Message is one sendMessage request as the fake received it.
type Message struct {
	Chat                  string // chat_id as sent: "-1001234567890" or "@channel"
	Text                  string
	ParseMode             string
	DisableWebPagePreview bool
	MessageID             int // 0 when the request failed
}

// Server is a fake Bot API. Its methods are safe for concurrent use.
type Server struct {
	srv   *httptest.Server
	token string
	done  chan struct{}

	mu        sync.Mutex
	messages  []Message
	attempts  []Message
	calls     map[string]int
	faults    []fault // for sendMessage
	meFaults  []fault // for getMe
	updates   []update
	nextMsg   int
	nextUpdID int
	changed   chan struct{} // closed and replaced when an update is added
}

type fault struct {
	code        int
	description string
	params      map[string]any
}

type update struct {
	id  int
	raw map[string]any
}

// BotID and BotUsername are what getMe answers.
const (
	BotID       = 7000000001
	BotUsername = "agrowatch_test_bot"
)

// New starts a fake Bot API that stops when the test ends.
func New(t testing.TB) *Server {
	t.Helper()
	s := &Server{
		token:     strconv.Itoa(BotID) + ":AAtest-token_for-agrowatch",
		done:      make(chan struct{}),
		calls:     map[string]int{},
		nextMsg:   1,
		nextUpdID: 100,
		changed:   make(chan struct{}),
	}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(func() {
		close(s.done) // ends pending long polls first: Close waits for them
		s.srv.Close()
	})
	return s
}

// URL is the base URL to configure as the Bot API URL (no trailing slash).
func (s *Server) URL() string { return s.srv.URL }

// Token is the only bot token the fake accepts; any other is answered 401 Unauthorized.
func (s *Server) Token() string { return s.token }

// Messages returns the messages accepted so far, in order.
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.messages...)
}

// Attempts returns every sendMessage request received so far, failed ones included, in order.
func (s *Server) Attempts() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.attempts...)
}

// Calls counts the requests received for a Bot API method ("getMe", "sendMessage", …).
func (s *Server) Calls(method string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls[method]
}

// FailNext makes the next n sendMessage requests fail with the HTTP status and error_code code, the
// description and, when params is not nil, the response parameters, as Telegram shapes them:
//
//	FailNext(1, 429, "Too Many Requests: retry after 1", map[string]any{"retry_after": 1})
//	FailNext(1, 403, "Forbidden: bot was blocked by the user", nil)
//	FailNext(1, 400, "Bad Request: group chat was upgraded to a supergroup chat", map[string]any{"migrate_to_chat_id": int64(-1001234567890)})
//	FailNext(2, 500, "Internal Server Error", nil)
func (s *Server) FailNext(n int, code int, description string, params map[string]any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for range n {
		s.faults = append(s.faults, fault{code: code, description: description, params: params})
	}
}

// FailGetMe makes the next n getMe requests fail with the HTTP status and error_code code and the
// description, as an outage or a gateway in front of Telegram would:
//
//	FailGetMe(2, 502, "Bad Gateway")
func (s *Server) FailGetMe(n int, code int, description string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for range n {
		s.meFaults = append(s.meFaults, fault{code: code, description: description})
	}
}

// AddUpdate queues an update for getUpdates: any value that marshals to a JSON object, such as a
// tgbotapi.Update or a map. An update_id is assigned when it has none. It returns the update_id.
func (s *Server) AddUpdate(u any) int {
	b, err := json.Marshal(u)
	if err != nil {
		panic(fmt.Sprintf("telegramtest: AddUpdate: %v", err))
	}
	var raw map[string]any
	if err := json.Unmarshal(b, &raw); err != nil {
		panic(fmt.Sprintf("telegramtest: AddUpdate: not a JSON object: %v", err))
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	id, _ := raw["update_id"].(float64)
	if id == 0 {
		id = float64(s.nextUpdID)
		raw["update_id"] = s.nextUpdID
	}
	if int(id) >= s.nextUpdID {
		s.nextUpdID = int(id) + 1
	}
	s.updates = append(s.updates, update{id: int(id), raw: raw})
	close(s.changed)
	s.changed = make(chan struct{})
	return int(id)
}

// AddText queues a text message written in chat (a user id when positive, a group when negative), as
// a user would send a command: "/subscribe meat_ban". It returns the update_id.
func (s *Server) AddText(chat int64, text string) int {
	from := chat
	if from < 0 {
		from = 42
	}
	s.mu.Lock()
	msgID := s.nextMsg
	s.nextMsg++
	s.mu.Unlock()
	msg := map[string]any{
		"message_id": msgID,
		"from":       map[string]any{"id": from, "is_bot": false, "first_name": "Test", "username": "test_user", "language_code": "ru"},
		"chat":       chatObject(strconv.FormatInt(chat, 10)),
		"date":       time.Now().Unix(),
		"text":       text,
	}
	if strings.HasPrefix(text, "/") {
		cmd, _, _ := strings.Cut(text, " ")
		msg["entities"] = []map[string]any{{"type": "bot_command", "offset": 0, "length": utf16Len(cmd)}}
	}
	return s.AddUpdate(map[string]any{"message": msg})
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	token, method, ok := strings.Cut(strings.TrimPrefix(r.URL.Path, "/bot"), "/")
	if !ok || !strings.HasPrefix(r.URL.Path, "/bot") || method == "" {
		writeError(w, http.StatusNotFound, "Not Found", nil)
		return
	}
	s.mu.Lock()
	s.calls[method]++
	s.mu.Unlock()
	if token != s.token {
		writeError(w, http.StatusUnauthorized, "Unauthorized", nil)
		return
	}
	form, err := parseForm(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, "Bad Request: "+err.Error(), nil)
		return
	}
	switch method {
	case "getMe":
		s.mu.Lock()
		var f *fault
		if len(s.meFaults) > 0 {
			f = &s.meFaults[0]
			s.meFaults = s.meFaults[1:]
		}
		s.mu.Unlock()
		if f != nil {
			writeError(w, f.code, f.description, nil)
			return
		}
		writeResult(w, map[string]any{
			"id": BotID, "is_bot": true, "first_name": "agrowatch test", "username": BotUsername,
			"can_join_groups": true, "can_read_all_group_messages": false, "supports_inline_queries": false,
		})
	case "sendMessage":
		s.sendMessage(w, form)
	case "getUpdates":
		s.getUpdates(w, r, form)
	case "setMyCommands", "deleteMyCommands", "deleteWebhook", "answerCallbackQuery":
		writeResult(w, true)
	default:
		writeError(w, http.StatusNotFound, "Not Found", nil)
	}
}

func (s *Server) sendMessage(w http.ResponseWriter, form url.Values) {
	m := Message{
		Chat:                  form.Get("chat_id"),
		Text:                  form.Get("text"),
		ParseMode:             form.Get("parse_mode"),
		DisableWebPagePreview: form.Get("disable_web_page_preview") == "true",
	}
	s.mu.Lock()
	s.attempts = append(s.attempts, m)
	var f *fault
	if len(s.faults) > 0 {
		f = &s.faults[0]
		s.faults = s.faults[1:]
	}
	s.mu.Unlock()

	if f != nil {
		writeError(w, f.code, f.description, f.params)
		return
	}
	if m.Chat == "" {
		writeError(w, http.StatusBadRequest, "Bad Request: chat_id is empty", nil)
		return
	}
	if _, err := strconv.ParseInt(m.Chat, 10, 64); err != nil && !strings.HasPrefix(m.Chat, "@") {
		writeError(w, http.StatusBadRequest, "Bad Request: chat not found", nil)
		return
	}
	length := utf16Len(m.Text)
	switch strings.ToLower(m.ParseMode) {
	case "html":
		n, err := CheckHTML(m.Text)
		if err != nil {
			writeError(w, http.StatusBadRequest, "Bad Request: can't parse entities: "+err.Error(), nil)
			return
		}
		length = n
	case "":
	default:
		// MarkdownV2 and Markdown are not checked: agrowatch sends HTML.
	}
	if strings.TrimSpace(m.Text) == "" {
		writeError(w, http.StatusBadRequest, "Bad Request: message text is empty", nil)
		return
	}
	if length > MaxMessageLen {
		writeError(w, http.StatusBadRequest, "Bad Request: message is too long", nil)
		return
	}

	s.mu.Lock()
	m.MessageID = s.nextMsg
	s.nextMsg++
	s.messages = append(s.messages, m)
	s.mu.Unlock()
	writeResult(w, map[string]any{
		"message_id": m.MessageID,
		"from":       map[string]any{"id": BotID, "is_bot": true, "first_name": "agrowatch test", "username": BotUsername},
		"chat":       chatObject(m.Chat),
		"date":       time.Now().Unix(),
		"text":       m.Text, // Telegram answers the text without markup; tests read Messages() instead
	})
}

// maxLongPoll caps getUpdates' timeout so that tests never hang on a forgotten long poll.
const maxLongPoll = 5 * time.Second

func (s *Server) getUpdates(w http.ResponseWriter, r *http.Request, form url.Values) {
	offset, _ := strconv.Atoi(form.Get("offset"))
	limit, _ := strconv.Atoi(form.Get("limit"))
	if limit <= 0 || limit > 100 {
		limit = 100
	}
	timeout, _ := strconv.Atoi(form.Get("timeout"))
	wait := min(time.Duration(timeout)*time.Second, maxLongPoll)
	deadline := time.NewTimer(wait)
	defer deadline.Stop()
	for {
		s.mu.Lock()
		if offset > 0 { // as Telegram does: an offset confirms every update before it
			kept := s.updates[:0]
			for _, u := range s.updates {
				if u.id >= offset {
					kept = append(kept, u)
				}
			}
			s.updates = kept
		}
		var out []map[string]any
		for _, u := range s.updates {
			if len(out) == limit {
				break
			}
			out = append(out, u.raw)
		}
		changed := s.changed
		s.mu.Unlock()

		if len(out) > 0 || wait <= 0 {
			if out == nil {
				out = []map[string]any{}
			}
			writeResult(w, out)
			return
		}
		select {
		case <-changed:
		case <-deadline.C:
			wait = 0
		case <-s.done:
			wait = 0
		case <-r.Context().Done():
			return
		}
	}
}

func chatObject(chat string) map[string]any {
	if name, ok := strings.CutPrefix(chat, "@"); ok {
		return map[string]any{"id": int64(-1009999999999), "type": "channel", "title": name, "username": name}
	}
	id, _ := strconv.ParseInt(chat, 10, 64)
	switch {
	case id > 0:
		return map[string]any{"id": id, "type": "private", "first_name": "Test", "username": "test_user"}
	case strings.HasPrefix(chat, "-100"):
		return map[string]any{"id": id, "type": "supergroup", "title": "Test supergroup"}
	default:
		return map[string]any{"id": id, "type": "group", "title": "Test group", "all_members_are_administrators": true}
	}
}

func parseForm(r *http.Request) (url.Values, error) {
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch ct {
	case "multipart/form-data":
		if err := r.ParseMultipartForm(10 << 20); err != nil {
			return nil, err
		}
		return r.Form, nil
	case "application/json":
		b, err := io.ReadAll(io.LimitReader(r.Body, 10<<20))
		if err != nil {
			return nil, err
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			return nil, err
		}
		v := r.URL.Query()
		for k, x := range m {
			if s, ok := x.(string); ok {
				v.Set(k, s)
			} else {
				j, _ := json.Marshal(x)
				v.Set(k, string(j))
			}
		}
		return v, nil
	default:
		if err := r.ParseForm(); err != nil {
			return nil, err
		}
		return r.Form, nil
	}
}

func writeResult(w http.ResponseWriter, result any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"ok": true, "result": result})
}

func writeError(w http.ResponseWriter, code int, description string, params map[string]any) {
	body := map[string]any{"ok": false, "error_code": code, "description": description}
	if params != nil {
		body["parameters"] = params
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(body)
}
