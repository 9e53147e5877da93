package telegramtest

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// MaxMessageLen is Telegram's limit on a message text, in UTF-16 code units after entity parsing.
const MaxMessageLen = 4096

// allowedTag reports whether Telegram's HTML parse mode knows a tag, synonyms included.
func allowedTag(name string) bool {
	switch name {
	case "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
		"blockquote", "tg-spoiler", "span", "tg-emoji":
		return true
	}
	return false
}

// CheckHTML parses text as Telegram's HTML parse mode does, strictly: only supported tags, every tag
// closed in order, every <, > and & outside a tag escaped, only the named entities &lt; &gt; &amp;
// &quot; (numeric ones are all fine). It returns the length of the visible text in UTF-16 code units,
// which is what Telegram compares with MaxMessageLen, or an error worded like Telegram's
// ("Unsupported start tag \"script\" at byte offset 3").
func CheckHTML(text string) (int, error) {
	if !utf8.ValidString(text) {
		return 0, fmt.Errorf("text must be encoded in UTF-8")
	}
	var stack []string
	n := 0
	for i := 0; i < len(text); {
		switch c := text[i]; c {
		case '<':
			end := tagEnd(text, i)
			if end < 0 {
				return 0, fmt.Errorf("Unclosed start tag at byte offset %d", i)
			}
			inner := text[i+1 : end]
			if name, ok := strings.CutPrefix(inner, "/"); ok {
				name = strings.ToLower(strings.TrimSpace(name))
				if len(stack) == 0 {
					return 0, fmt.Errorf("Unexpected end tag at byte offset %d", i)
				}
				if top := stack[len(stack)-1]; top != name {
					return 0, fmt.Errorf("Unmatched end tag at byte offset %d, expected \"</%s>\", found \"</%s>\"", i, top, name)
				}
				stack = stack[:len(stack)-1]
			} else {
				name, attrs, _ := strings.Cut(inner, " ")
				name = strings.ToLower(name)
				if !allowedTag(name) {
					return 0, fmt.Errorf("Unsupported start tag \"%s\" at byte offset %d", name, i)
				}
				a, err := parseAttrs(attrs)
				if err != nil {
					return 0, fmt.Errorf("%v in start tag \"%s\" at byte offset %d", err, name, i)
				}
				if name == "span" && a["class"] != "tg-spoiler" {
					return 0, fmt.Errorf("Tag \"span\" must have class \"tg-spoiler\" at byte offset %d", i)
				}
				stack = append(stack, name)
			}
			i = end + 1
		case '>':
			return 0, fmt.Errorf("Unexpected \">\" at byte offset %d: escape it as &gt;", i)
		case '&':
			r, size, err := entity(text[i:])
			if err != nil {
				return 0, fmt.Errorf("%v at byte offset %d", err, i)
			}
			n += utf16.RuneLen(r)
			i += size
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			n += utf16.RuneLen(r)
			i += size
		}
	}
	if len(stack) > 0 {
		return 0, fmt.Errorf("Can't find end tag corresponding to start tag \"%s\"", stack[len(stack)-1])
	}
	return n, nil
}

// tagEnd finds the '>' closing the tag opened at i, skipping quoted attribute values.
func tagEnd(s string, i int) int {
	var quote byte
	for j := i + 1; j < len(s); j++ {
		switch c := s[j]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '<':
			return -1
		case c == '>':
			return j
		}
	}
	return -1
}

func parseAttrs(s string) (map[string]string, error) {
	attrs := map[string]string{}
	for {
		s = strings.TrimLeft(s, " \t\n")
		if s == "" {
			return attrs, nil
		}
		eq := strings.IndexByte(s, '=')
		if eq <= 0 {
			return nil, fmt.Errorf("Expected equal sign")
		}
		name := strings.ToLower(strings.TrimSpace(s[:eq]))
		s = strings.TrimLeft(s[eq+1:], " \t\n")
		var raw string
		if s != "" && (s[0] == '"' || s[0] == '\'') {
			end := strings.IndexByte(s[1:], s[0])
			if end < 0 {
				return nil, fmt.Errorf("Unclosed attribute value")
			}
			raw, s = s[1:1+end], s[2+end:]
		} else {
			end := strings.IndexAny(s, " \t\n")
			if end < 0 {
				end = len(s)
			}
			raw, s = s[:end], s[end:]
		}
		value, err := unescape(raw)
		if err != nil {
			return nil, err
		}
		attrs[name] = value
	}
}

func unescape(s string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] != '&' {
			b.WriteByte(s[i])
			i++
			continue
		}
		r, size, err := entity(s[i:])
		if err != nil {
			return "", err
		}
		b.WriteRune(r)
		i += size
	}
	return b.String(), nil
}

// entity decodes the entity at the start of s.
func entity(s string) (rune, int, error) {
	end := strings.IndexByte(s, ';')
	if end < 0 || end > 12 {
		return 0, 0, fmt.Errorf("Unescaped \"&\"")
	}
	name := s[1:end]
	switch name {
	case "lt":
		return '<', end + 1, nil
	case "gt":
		return '>', end + 1, nil
	case "amp":
		return '&', end + 1, nil
	case "quot":
		return '"', end + 1, nil
	}
	if num, ok := strings.CutPrefix(name, "#"); ok {
		base := 10
		if hex, ok := strings.CutPrefix(strings.ToLower(num), "x"); ok {
			num, base = hex, 16
		}
		v, err := strconv.ParseUint(num, base, 32)
		if err == nil && utf8.ValidRune(rune(v)) {
			return rune(v), end + 1, nil
		}
	}
	return 0, 0, fmt.Errorf("Unsupported HTML entity \"&%s;\"", name)
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}
