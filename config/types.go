package config

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// Duration is a time.Duration written as "15m", "2s", "72h".
type Duration time.Duration

// D is the value as a time.Duration.
func (d Duration) D() time.Duration { return time.Duration(d) }

// UnmarshalYAML reads "15m", and days as "14d" or "400d" for the long durations of retention and dedup;
// a bare number is refused because its unit would be a guess.
func (d *Duration) UnmarshalYAML(n *yaml.Node) error {
	text := strings.TrimSpace(n.Value)
	v, err := time.ParseDuration(text)
	if days, ok := strings.CutSuffix(text, "d"); ok && err != nil {
		var k int
		if _, serr := fmt.Sscanf(days, "%d", &k); serr == nil && fmt.Sprint(k) == days && k > 0 {
			v, err = time.Duration(k)*24*time.Hour, nil
		}
	}
	if err != nil || n.Kind != yaml.ScalarNode {
		return fmt.Errorf("line %d: %q is not a duration (write it like 90s, 15m or 72h)", n.Line, n.Value)
	}
	*d = Duration(v)
	return nil
}

// MarshalYAML writes the duration back as text.
func (d Duration) MarshalYAML() (any, error) { return time.Duration(d).String(), nil }

// SizeOrOff is a ByteSize that may also be written off, which is 0.
type SizeOrOff int64

// UnmarshalYAML reads a size, or off.
func (s *SizeOrOff) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode && strings.TrimSpace(n.Value) == "off" {
		*s = 0
		return nil
	}
	var b ByteSize
	if err := b.UnmarshalYAML(n); err != nil {
		return fmt.Errorf("line %d: %q is not a size (write it like 32MiB, or off)", n.Line, n.Value)
	}
	*s = SizeOrOff(b)
	return nil
}

// MarshalYAML writes the size back in MiB when it is a whole number of them, or off.
func (s SizeOrOff) MarshalYAML() (any, error) {
	switch {
	case s == 0:
		return "off", nil
	case s%(1<<20) == 0:
		return fmt.Sprintf("%dMiB", s>>20), nil
	}
	return int64(s), nil
}

// ByteSize is a size written as 5242880, "512KiB", "5MiB" or "5MB".
type ByteSize int64

// UnmarshalYAML reads a size with an optional unit.
func (b *ByteSize) UnmarshalYAML(n *yaml.Node) error {
	s := strings.TrimSpace(n.Value)
	units := []struct {
		suffix string
		mult   int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"KB", 1000}, {"MB", 1000 * 1000}, {"GB", 1000 * 1000 * 1000}, {"B", 1}}
	mult := int64(1)
	for _, u := range units {
		if rest, ok := strings.CutSuffix(s, u.suffix); ok {
			s, mult = strings.TrimSpace(rest), u.mult
			break
		}
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil || v <= 0 || n.Kind != yaml.ScalarNode {
		return fmt.Errorf("line %d: %q is not a size (write it like 5MiB or 512KiB)", n.Line, n.Value)
	}
	*b = ByteSize(v * mult)
	return nil
}
