package main

import (
	"bytes"
	"flag"
	"fmt"
	"regexp"

	"go.yaml.in/yaml/v3"

	"agrowatch/config"
)

// masked stands for a token in every output: what config check prints may be pasted into a bug report.
const masked = "<set, masked>"

func configCmd(e env, args []string) int {
	if len(args) == 0 || args[0] != "check" {
		fmt.Fprintf(e.stderr, "agrowatch config: want `agrowatch config check [-config FILE]`\n")
		return exitUsage
	}
	fs := flag.NewFlagSet("config check", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	cfgPath := fs.String("config", "", "configuration file (default: the built-in config.yaml)")
	if code, ok := parseFlags(fs, args[1:]); !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(e.stderr, "agrowatch config check: unexpected %q\n", fs.Arg(0))
		return exitUsage
	}
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		fmt.Fprintf(e.stderr, "agrowatch: %v\n", err)
		return exitUsage
	}
	out, err := effective(cfg)
	if err != nil {
		fmt.Fprintf(e.stderr, "agrowatch config check: %v\n", err)
		return exitFailed
	}
	enabled := 0
	for _, s := range cfg.Sources {
		if !s.Disabled {
			enabled++
		}
	}
	fmt.Fprintf(e.stdout, "# %s is valid: %d sources, %d enabled. As agrowatch reads it, defaults filled in:\n%s",
		cfg.File, len(cfg.Sources), enabled, out)
	if err := cfg.NothingToPoll(); err != nil {
		fmt.Fprintf(e.stderr, "agrowatch config check: warning: %v\n", err)
	}
	return exitOK
}

// effective is the configuration as YAML, defaults filled in, the token masked, and the keys a
// source leaves empty left out so that each source reads as it was written.
func effective(cfg *config.Config) ([]byte, error) {
	var doc yaml.Node
	if err := doc.Encode(cfg); err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	maskSecrets(&doc)
	if src := mappingValue(&doc, "sources"); src != nil {
		for _, s := range src.Content {
			pruneZero(s)
		}
	}
	tidyDurations(&doc)
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return b.Bytes(), enc.Close()
}

// longDuration matches what time.Duration.String writes for whole hours or minutes ("72h0m0s", "15m0s").
var longDuration = regexp.MustCompile(`^(\d+h)?(?:0m|(\d+m))0s$`)

// tidyDurations writes "72h0m0s" as the "72h" a user writes.
func tidyDurations(n *yaml.Node) {
	if n.Kind == yaml.ScalarNode && n.Value != "0s" {
		if m := longDuration.FindStringSubmatch(n.Value); m != nil {
			n.Value = m[1] + m[2]
		}
	}
	for _, c := range n.Content {
		tidyDurations(c)
	}
}

// secretKeys are the keys whose values never leave the process, whatever section they are in.
var secretKeys = map[string]bool{"token": true, "password": true, "password_bcrypt": true, "secret": true}

func maskSecrets(n *yaml.Node) {
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if v := n.Content[i+1]; secretKeys[n.Content[i].Value] && v.Kind == yaml.ScalarNode && v.Value != "" {
				v.Value, v.Style = masked, 0
			}
		}
	}
	for _, c := range n.Content {
		maskSecrets(c)
	}
}

func mappingValue(m *yaml.Node, key string) *yaml.Node {
	if m.Kind == yaml.DocumentNode && len(m.Content) > 0 {
		m = m.Content[0]
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

// pruneZero drops the keys of a mapping whose value is a zero scalar.
func pruneZero(m *yaml.Node) {
	var kept []*yaml.Node
	for i := 0; i+1 < len(m.Content); i += 2 {
		v := m.Content[i+1]
		if v.Kind == yaml.ScalarNode {
			switch v.Value {
			case "", "0", "false", "0s":
				continue
			}
		}
		kept = append(kept, m.Content[i], v)
	}
	m.Content = kept
}
