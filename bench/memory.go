package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

// memory is a process's resident set, in bytes, from /proc/PID/status and /proc/PID/smaps. RSS is
// anonymous memory (the Go heap, stacks, the runtime's own) plus file pages mapped into the process:
// the binary's code and data, and bbolt's read-only memory map of the database, whose pages count as
// resident once touched. File pages are the page cache's: the kernel can drop them when it needs the
// memory and read them again, anonymous pages only by swapping.
type memory struct {
	RSS, Anon, File, HWM int64
	// The file pages by mapping, from smaps: the database, the executable, and everything else (the
	// shared libraries and vdso, none for a static Go binary).
	DB, Binary, OtherFile int64
}

// procMemory reads a process's memory; db is the database's path ("" for none known). Without
// mappings it reads only /proc/PID/status and leaves DB, Binary and OtherFile zero: smaps walks every
// page table of the process, which a sample every few milliseconds would make part of the run measured.
func procMemory(pid int, db string, mappings bool) (memory, error) {
	var m memory
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return m, fmt.Errorf("bench: %w", err)
	}
	fields := map[string]*int64{"VmRSS": &m.RSS, "RssAnon": &m.Anon, "RssFile": &m.File, "VmHWM": &m.HWM}
	for _, line := range strings.Split(string(b), "\n") {
		k, v, ok := strings.Cut(line, ":")
		dst := fields[k]
		if !ok || dst == nil {
			continue
		}
		n, err := kB(v)
		if err != nil {
			return m, fmt.Errorf("bench: /proc/%d/status %s: %w", pid, k, err)
		}
		*dst = n
	}
	if !mappings {
		return m, nil
	}
	if err := m.byMapping(pid, db); err != nil {
		return m, err
	}
	return m, nil
}

// kB reads "  1234 kB" as bytes.
func kB(v string) (int64, error) {
	f := strings.Fields(v)
	if len(f) == 0 {
		return 0, nil
	}
	n, err := strconv.ParseInt(f[0], 10, 64)
	return n * 1024, err
}

// byMapping splits the file pages between the database, the executable and the rest, from the Rss of
// each file-backed mapping less its anonymous (copied-on-write) part.
func (m *memory) byMapping(pid int, db string) error {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/smaps", pid))
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	exe, _ := os.Readlink(fmt.Sprintf("/proc/%d/exe", pid))
	var dst *int64
	var rss int64
	flush := func(anon int64) {
		if dst != nil {
			*dst += max(rss-anon, 0)
		}
		dst, rss = nil, 0
	}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	for sc.Scan() {
		line := sc.Text()
		k, v, ok := strings.Cut(line, ":")
		switch {
		case ok && k == "Rss":
			rss, _ = kB(v)
		case ok && k == "Anonymous":
			anon, _ := kB(v)
			flush(anon)
		case ok && !strings.Contains(k, " ") && !strings.Contains(k, "-"):
			// another field of the mapping
		default:
			// A mapping's header: address range, permissions, offset, device, inode, path.
			f := strings.Fields(line)
			if len(f) < 6 || f[4] == "0" {
				continue // anonymous: the heap, stacks, vdso
			}
			path := strings.TrimSuffix(strings.Join(f[5:], " "), " (deleted)")
			switch {
			case db != "" && path == db:
				dst = &m.DB
			case path == exe:
				dst = &m.Binary
			default:
				dst = &m.OtherFile
			}
		}
	}
	return sc.Err()
}

// peaks samples a running process's memory until stop is called, and keeps the largest figure of each
// kind (they need not peak at the same moment): ru_maxrss gives only the total's peak.
type peaks struct {
	mu   sync.Mutex
	max  memory
	stop chan struct{}
	done chan struct{}
}

// samplePeaks starts sampling pid's status every interval, and its mappings every mapEvery-th sample.
func samplePeaks(pid int, db string, interval time.Duration) *peaks {
	p := &peaks{stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(p.done)
		t := time.NewTicker(interval)
		defer t.Stop()
		for i := 0; ; i++ {
			if m, err := procMemory(pid, db, i%mapEvery == 0); err == nil {
				p.mu.Lock()
				p.max = p.max.larger(m)
				p.mu.Unlock()
			}
			select {
			case <-p.stop:
				return
			case <-t.C:
			}
		}
	}()
	return p
}

// mapEvery is how many status samples go to one of smaps: VmHWM, RssAnon and RssFile come from status,
// which is cheap, and only the split of the file pages between the database and the binary needs smaps.
// Read at every sample, smaps made a 1,000-page run -once pass 0.1-0.2 s slower in wall time.
const mapEvery = 10

// end stops the sampling and returns the peaks seen.
func (p *peaks) end() memory {
	close(p.stop)
	<-p.done
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.max
}

func (m memory) larger(o memory) memory {
	return memory{RSS: max(m.RSS, o.RSS), Anon: max(m.Anon, o.Anon), File: max(m.File, o.File), HWM: max(m.HWM, o.HWM),
		DB: max(m.DB, o.DB), Binary: max(m.Binary, o.Binary), OtherFile: max(m.OtherFile, o.OtherFile)}
}
