package notify

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// SplitHTML cuts Telegram HTML into messages of at most max UTF-16 units of markup (MaxMessageLen when
// max <= 0), at line boundaries where no tag is open: a tag is never cut in half and never left open
// across two messages. A single line longer than max is cut at a space outside tags and entities (at
// any such character when it has no space), never inside a tag. Empty lines at a cut are dropped.
func SplitHTML(text string, max int) []string {
	if max <= 0 {
		max = MaxMessageLen
	}
	var out []string
	for text != "" {
		if len16(text) <= max {
			out = append(out, text)
			break
		}
		cut := cutPoint(text, max)
		head := strings.TrimRight(text[:cut], "\n")
		if strings.TrimSpace(head) != "" {
			out = append(out, head)
		}
		text = strings.TrimLeft(text[cut:], "\n")
	}
	return out
}

// cutPoint finds where to end the first message of text: after the last newline at depth 0 within max
// units, else after the last space at depth 0, else at the last safe character.
func cutPoint(text string, max int) int {
	depth, n := 0, 0
	lastLine, lastSpace, lastSafe := -1, -1, -1
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == '<':
			end := strings.IndexByte(text[i:], '>')
			if end < 0 {
				end = len(text) - i - 1
			}
			tag := text[i : i+end+1]
			if n+len16(tag) > max {
				return firstPositive(lastLine, lastSpace, lastSafe, i)
			}
			if strings.HasPrefix(tag, "</") {
				depth--
			} else if !strings.HasSuffix(tag, "/>") {
				depth++
			}
			n += len16(tag)
			i += end + 1
			if depth == 0 {
				lastSafe = i
			}
			continue
		case c == '&':
			end := strings.IndexByte(text[i:], ';')
			if end < 0 || end > 12 {
				end = 0
			}
			if n+end+1 > max {
				return firstPositive(lastLine, lastSpace, lastSafe, i)
			}
			n += end + 1
			i += end + 1
			if depth == 0 {
				lastSafe = i
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if n+utf16.RuneLen(r) > max {
			return firstPositive(lastLine, lastSpace, lastSafe, i)
		}
		n += utf16.RuneLen(r)
		i += size
		if depth == 0 {
			switch r {
			case '\n':
				lastLine = i
			case ' ':
				lastSpace = i
			}
			lastSafe = i
		}
	}
	return len(text)
}

func firstPositive(xs ...int) int {
	for _, x := range xs {
		if x > 0 {
			return x
		}
	}
	return 1
}
