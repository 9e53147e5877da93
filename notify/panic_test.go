package notify

import (
	"strings"
	"testing"
)

// TestUnpanic: the guard around rendering turns a panic into an error naming it, so that the sender
// drops that one delivery instead of crashing on it after every restart.
func TestUnpanic(t *testing.T) {
	err := unpanic(func() { panic("index out of range") })
	if err == nil || !strings.Contains(err.Error(), "rendering panicked: index out of range") {
		t.Fatalf("unpanic = %v", err)
	}
	ran := false
	if err := unpanic(func() { ran = true }); err != nil || !ran {
		t.Fatalf("no panic: %v, ran %v", err, ran)
	}
}
