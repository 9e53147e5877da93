package extract

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZDebug(t *testing.T) {
	f := os.Getenv("ZZ")
	if f == "" {
		t.Skip()
	}
	x := New()
	fh, _ := os.Open(f)
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		line := sc.Text()
		lang, text, _ := strings.Cut(line, "\t")
		fmt.Println("==", text)
		low := lowerText(text)
		hits := x.lex.scan(low, nil)
		cs := x.countryRoles(low, 0, hits, nil)
		for _, c := range cs {
			fmt.Printf("   c %s role=%d %q\n", c.code, c.role, low[c.pos:c.end])
		}
		for _, m := range x.Extract(text, lang) {
			fmt.Printf("   -> %+v\n", m)
		}
	}
}
