package control

import (
	"testing"

	"go.uber.org/goleak"
)

// TestMain fails the package's tests when a goroutine outlives them: every loop here takes a context
// and must return when it ends.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}
