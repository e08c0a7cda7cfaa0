package capartner_test

import (
	"runtime"
	"testing"

	"libcapartner/capartner"
)

// cgoCalls returns how many cgo calls f makes. The count is process-wide: a
// finalizer closing an earlier test's Query may cross into C while f runs, so
// the fewest calls of a few runs is f's own count.
func cgoCalls(f func()) int64 {
	fewest := int64(-1)
	for run := 0; run < 5; run++ {
		before := runtime.NumCgoCall()
		f()
		if n := runtime.NumCgoCall() - before; fewest < 0 || n < fewest {
			fewest = n
		}
	}
	return fewest
}

// A lookup is one crossing into C: the key is passed from Go memory and the
// record is a Go value around the pointer C returns. A key that finds nothing
// costs one more, for the suggestions its error names.
func TestLookupIsOneCgoCall(t *testing.T) {
	for _, key := range []string{"KZ", "kazakhstan", "Казахстан"} {
		if n := cgoCalls(func() { _, _ = capartner.FindCountry(key) }); n != 1 {
			t.Errorf("FindCountry(%q): %d cgo calls, want 1", key, n)
		}
	}
	if n := cgoCalls(func() { _, _ = capartner.FindCountry("Atlantis") }); n != 2 {
		t.Errorf("FindCountry(Atlantis): %d cgo calls, want 2 (the find, the suggestions)", n)
	}
	if n := cgoCalls(func() { _, _ = capartner.CountryByAlpha2("KZ") }); n != 1 {
		t.Errorf("CountryByAlpha2: %d cgo calls, want 1", n)
	}
	if n := cgoCalls(func() { _, _ = capartner.FindBody("PfP") }); n != 1 {
		t.Errorf("FindBody: %d cgo calls, want 1", n)
	}
}

func reportCgoCalls(b *testing.B, before int64) {
	b.ReportMetric(float64(runtime.NumCgoCall()-before)/float64(b.N), "cgo-calls/op")
}

func BenchmarkFindCountryCode(b *testing.B) {
	before := runtime.NumCgoCall()
	for i := 0; i < b.N; i++ {
		if _, err := capartner.FindCountry("KZ"); err != nil {
			b.Fatal(err)
		}
	}
	reportCgoCalls(b, before)
}

func BenchmarkFindCountryName(b *testing.B) {
	before := runtime.NumCgoCall()
	for i := 0; i < b.N; i++ {
		if _, err := capartner.FindCountry("kazakhstan"); err != nil {
			b.Fatal(err)
		}
	}
	reportCgoCalls(b, before)
}

// The map a Go user would otherwise keep: code -> record, built once.
func BenchmarkMapLookupBaseline(b *testing.B) {
	byCode := map[string]capartner.Country{}
	for _, c := range capartner.Countries() {
		byCode[c.Alpha2()] = c
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, ok := byCode["KZ"]; !ok {
			b.Fatal("KZ")
		}
	}
}

// One country's timeline, reading two fields of each event; the metric is per walk.
func BenchmarkTimelineKZ(b *testing.B) {
	kz, _ := capartner.FindCountry("KZ")
	before := runtime.NumCgoCall()
	events := 0
	for i := 0; i < b.N; i++ {
		err := capartner.EachEvent(capartner.TimelineOptions{Countries: []string{"KZ"}},
			func(e capartner.Event) bool {
				_, _ = e.DateText(), e.Summary()
				events++
				return true
			})
		if err != nil {
			b.Fatal(err)
		}
	}
	_ = kz
	reportCgoCalls(b, before)
	b.ReportMetric(float64(events)/float64(b.N), "events/op")
}

// The same walk over a slice of plain structs filled once.
func BenchmarkTimelineKZSliceBaseline(b *testing.B) {
	type plain struct {
		date, summary string
		countries     []string
	}
	var all []plain
	for _, e := range capartner.AllEvents() {
		if !e.IsPreferred() {
			continue
		}
		p := plain{date: e.DateText(), summary: e.Summary()}
		for _, c := range e.Countries() {
			p.countries = append(p.countries, c.ID())
		}
		all = append(all, p)
	}
	b.ResetTimer()
	sink := 0
	for i := 0; i < b.N; i++ {
		for _, p := range all {
			for _, c := range p.countries {
				if c == "KZ" {
					sink += len(p.date) + len(p.summary)
					break
				}
			}
		}
	}
	_ = sink
}
