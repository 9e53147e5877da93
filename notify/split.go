package notify

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// SplitHTML cuts Telegram HTML into messages of at most max UTF-16 units of markup (MaxMessageLen when
// max <= 0), at line boundaries where no tag is open: a tag is never cut in half and never left open
// across two messages. A single line longer than max is cut at a space outside tags and entities (at
// any such character when it has no space), never inside a tag. An element longer than max (a long
// quote) is cut inside, at a line or a space when it has one: the tags open at the cut are closed at
// the end of one message and opened again at the start of the next. Empty lines at a cut are dropped.
func SplitHTML(text string, max int) []string {
	if max <= 0 {
		max = MaxMessageLen
	}
	var out []string
	reopened := "" // the start of text that repeats the tags left open by the previous cut
	for text != "" {
		if len16(text) <= max {
			if stripTags(text) != "" { // Telegram refuses a message with no text
				out = append(out, text)
			}
			break
		}
		cut, open := cutPoint(text, max)
		// The closing tags must fit too: cut again with room for them until they do.
		for reserve := 0; len(open) > 0 && len16(closing(open)) > reserve && max-len16(closing(open)) > 0; {
			reserve = len16(closing(open))
			cut, open = cutPoint(text, max-reserve)
		}
		if cut <= len(reopened) {
			// No room for any text between the reopened tags and their closing ones (a limit shorter
			// than the markup): cut past them, unbalanced, rather than loop for ever.
			cut = len(reopened) + 1
			cut = min(cut+utf8RuneLenAt(text, cut), len(text))
			open = nil
		}
		head := strings.TrimRight(text[:cut], "\n") + closing(open)
		if stripTags(head) != "" {
			out = append(out, head)
		}
		reopened = strings.Join(open, "")
		text = strings.TrimLeft(text[cut:], "\n")
		if text != "" {
			text = reopened + text
		} else {
			reopened = ""
		}
	}
	return out
}

// utf8RuneLenAt is 0 when i is at a character boundary of s, else the bytes to the next boundary.
func utf8RuneLenAt(s string, i int) int {
	n := 0
	for i+n < len(s) && !utf8.RuneStart(s[i+n]) {
		n++
	}
	return n
}

// cutPoint finds where to end the first message of text: after the last newline at depth 0 within max
// units, else after the last space at depth 0, else at the last safe character; failing those, inside
// an element, after its last newline or space. open lists the opening tags still open at the cut.
func cutPoint(text string, max int) (cut int, open []string) {
	var stack []string
	n := 0
	lastLine, lastSpace, lastSafe := -1, -1, -1
	innerLine, innerSpace := -1, -1
	var lineStack, spaceStack []string
	stop := func(i int) (int, []string) {
		switch {
		case lastLine > 0:
			return lastLine, nil
		case lastSpace > 0:
			return lastSpace, nil
		case lastSafe > 0:
			return lastSafe, nil
		case innerLine > 0:
			return innerLine, lineStack
		case innerSpace > 0:
			return innerSpace, spaceStack
		case i > 0:
			return i, append([]string(nil), stack...)
		}
		return 1, nil
	}
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
				return stop(i)
			}
			switch {
			case strings.HasPrefix(tag, "</"):
				if len(stack) > 0 {
					stack = stack[:len(stack)-1]
				}
			case !strings.HasSuffix(tag, "/>"):
				stack = append(stack, tag)
			}
			n += len16(tag)
			i += end + 1
			if len(stack) == 0 {
				lastSafe = i
			}
			continue
		case c == '&':
			end := strings.IndexByte(text[i:], ';')
			if end < 0 || end > 12 {
				end = 0
			}
			if n+end+1 > max {
				return stop(i)
			}
			n += end + 1
			i += end + 1
			if len(stack) == 0 {
				lastSafe = i
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if n+utf16.RuneLen(r) > max {
			return stop(i)
		}
		n += utf16.RuneLen(r)
		i += size
		switch {
		case len(stack) == 0:
			switch r {
			case '\n':
				lastLine = i
			case ' ':
				lastSpace = i
			}
			lastSafe = i
		case r == '\n':
			innerLine, lineStack = i, append(lineStack[:0:0], stack...)
		case r == ' ':
			innerSpace, spaceStack = i, append(spaceStack[:0:0], stack...)
		}
	}
	return len(text), nil
}

// closing is the closing tags of open, innermost first.
func closing(open []string) string {
	var b strings.Builder
	for i := len(open) - 1; i >= 0; i-- {
		name := strings.TrimPrefix(open[i], "<")
		name = strings.TrimSuffix(name, ">")
		if j := strings.IndexAny(name, " \t\n"); j >= 0 {
			name = name[:j]
		}
		b.WriteString("</" + name + ">")
	}
	return b.String()
}

// stripTags is s without its tags and white space: what a reader would see of it.
func stripTags(s string) string {
	var b strings.Builder
	for s != "" {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			break
		}
		s = s[i+j+1:]
	}
	return strings.TrimSpace(b.String())
}
