package capartner_test

import (
	"errors"
	"reflect"
	"runtime"
	"testing"

	"libcapartner/capartner"
)

// The references: every record of a table, filtered in Go through the record
// accessors, never through the query engine.

func preferredEvents(keep func(capartner.Event) bool) []capartner.Event {
	var out []capartner.Event
	for _, e := range capartner.AllEvents() {
		if e.IsPreferred() && keep(e) {
			out = append(out, e)
		}
	}
	return out
}

func preferredParticipations(keep func(capartner.Participation) bool) []capartner.Participation {
	var out []capartner.Participation
	for _, p := range capartner.AllParticipations() {
		if p.IsPreferred() && keep(p) {
			out = append(out, p)
		}
	}
	return out
}

func involves(e capartner.Event, c capartner.Country) bool {
	for _, other := range e.Countries() {
		if other == c {
			return true
		}
	}
	return false
}

func eventIDs(events []capartner.Event) []string {
	ids := make([]string, len(events))
	for i, e := range events {
		ids[i] = e.ID()
	}
	return ids
}

func mustTimeline(t *testing.T, opts capartner.TimelineOptions) []capartner.Event {
	t.Helper()
	events, err := capartner.Timeline(opts)
	if err != nil {
		t.Fatalf("Timeline(%+v): %v", opts, err)
	}
	return events
}

func mustParticipations(t *testing.T, opts capartner.ParticipationOptions) []capartner.Participation {
	t.Helper()
	all, err := capartner.Participations(opts)
	if err != nil {
		t.Fatalf("Participations(%+v): %v", opts, err)
	}
	return all
}

func sameEvents(t *testing.T, what string, got, want []capartner.Event) {
	t.Helper()
	if !reflect.DeepEqual(eventIDs(got), eventIDs(want)) {
		t.Errorf("%s:\n got %v\nwant %v", what, eventIDs(got), eventIDs(want))
	}
}

func TestTimelineByCountry(t *testing.T) {
	for _, c := range capartner.Countries() {
		got := mustTimeline(t, capartner.TimelineOptions{Countries: []string{c.ID()}})
		want := preferredEvents(func(e capartner.Event) bool { return involves(e, c) })
		sameEvents(t, c.ID(), got, want)
		q, err := capartner.NewEventQuery(capartner.TimelineOptions{Countries: []string{c.Name()}})
		if err != nil {
			t.Fatal(err)
		}
		if n, err := q.Count(); err != nil || n != len(want) {
			t.Errorf("%s: Count() = %d, %v; want %d", c.ID(), n, err, len(want))
		}
		q.Close()
	}
	kz := mustTimeline(t, capartner.TimelineOptions{Countries: []string{"KZ"}})
	if len(kz) == 0 {
		t.Fatal("Kazakhstan has no timeline")
	}
}

func TestWholeTimeline(t *testing.T) {
	all := mustTimeline(t, capartner.TimelineOptions{})
	sameEvents(t, "preferred", all, preferredEvents(func(capartner.Event) bool { return true }))
	withAlternatives := mustTimeline(t, capartner.TimelineOptions{IncludeAlternatives: true})
	sameEvents(t, "with alternatives", withAlternatives, capartner.AllEvents())
	if len(withAlternatives) <= len(all) {
		t.Error("the data has no alternative events")
	}
	newest := mustTimeline(t, capartner.TimelineOptions{NewestFirst: true})
	for i, j := 0, len(newest)-1; i < j; i, j = i+1, j-1 {
		newest[i], newest[j] = newest[j], newest[i]
	}
	sameEvents(t, "newest first, reversed", newest, all)
}

func TestTimelineRanges(t *testing.T) {
	bounds := func(e capartner.Event) (int, int) {
		first, last, err := e.Date().Bounds()
		if err != nil {
			t.Fatal(err)
		}
		return first, last
	}
	overlaps := preferredEvents(func(e capartner.Event) bool {
		first, last := bounds(e)
		return first <= 20131231 && last >= 20130101
	})
	within := preferredEvents(func(e capartner.Event) bool {
		first, last := bounds(e)
		return first >= 20130101 && last <= 20131231
	})
	if len(within) == 0 {
		t.Fatal("nothing within 2013")
	}
	sameEvents(t, "possibly in 2013",
		mustTimeline(t, capartner.TimelineOptions{Since: "2013", Until: "2013", Possibly: true}), overlaps)
	sameEvents(t, "certainly in 2013",
		mustTimeline(t, capartner.TimelineOptions{Since: "2013", Until: "2013"}), within)
	sameEvents(t, "since 2019", mustTimeline(t, capartner.TimelineOptions{Since: "2019"}),
		preferredEvents(func(e capartner.Event) bool { first, _ := bounds(e); return first >= 20190101 }))
	sameEvents(t, "until 1993-01-01", mustTimeline(t, capartner.TimelineOptions{Until: "1993-01-01"}),
		preferredEvents(func(e capartner.Event) bool { _, last := bounds(e); return last <= 19930101 }))
	// Kazakhstan from 2030: nothing certain, two events that may be, marked
	if got := mustTimeline(t, capartner.TimelineOptions{Countries: []string{"KZ"}, Since: "2030"}); len(got) != 0 {
		t.Errorf("KZ certainly from 2030: %v", got)
	}
	maybe, err := capartner.NewEventQuery(capartner.TimelineOptions{
		Countries: []string{"KZ"}, Since: "2030", Possibly: true})
	if err != nil {
		t.Fatal(err)
	}
	marked := 0
	for e, ok := maybe.NextEvent(); ok; e, ok = maybe.NextEvent() {
		if maybe.IsCertain() {
			t.Errorf("%s marked certain from 2030", e.ID())
		}
		marked++
	}
	maybe.Close()
	if marked == 0 {
		t.Errorf("KZ possibly from 2030: no event")
	}

	q, err := capartner.NewQuery(capartner.QueryEvents)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	if err := q.SetRange(mustDate(t, "2013"), mustDate(t, "2013"), capartner.Certainly); err != nil {
		t.Fatal(err)
	}
	sameEvents(t, "SetRange certainly", drainEvents(q), within)
	if err := q.SetRange(capartner.Date{}, mustDate(t, "1993-01-01"), capartner.Certainly); err != nil {
		t.Fatal(err)
	}
	sameEvents(t, "SetRange open start", drainEvents(q),
		mustTimeline(t, capartner.TimelineOptions{Until: "1993-01-01"}))
	for _, err := range []error{
		q.SetRange(capartner.Date{Year: 2014, Month: 2, Day: 30, Precision: capartner.PrecisionDay},
			capartner.Date{}, capartner.Possibly),
		q.SetRange(capartner.Date{}, capartner.Date{Year: 77777}, capartner.Possibly),
		q.SetRange(capartner.Date{Year: 77777}, capartner.Date{}, capartner.Possibly),
		q.SetRangeText("2014-02-30", "", capartner.Possibly),
	} {
		if !errors.Is(err, capartner.ErrInvalidDate) {
			t.Errorf("invalid range error = %v", err)
		}
	}
	if err := q.SetRangeText("2015", "2014", capartner.Possibly); !errors.Is(err, capartner.ErrInvalidInput) {
		t.Errorf("reversed range error = %v", err)
	}
	if err := q.SetRange(mustDate(t, "2013"), mustDate(t, "2013"), 7); !errors.Is(err, capartner.ErrOutOfRange) {
		t.Errorf("bad mode error = %v", err)
	}
	for _, pair := range [][2]string{{"2013\x00", ""}, {"", "2013\x00"}} {
		if err := q.SetRangeText(pair[0], pair[1], capartner.Possibly); !errors.Is(err, capartner.ErrInvalidInput) {
			t.Errorf("NUL in range text error = %v", err)
		}
	}
}

func drainEvents(q *capartner.Query) []capartner.Event {
	var out []capartner.Event
	if err := q.Rewind(); err != nil {
		panic(err)
	}
	for e, ok := q.NextEvent(); ok; e, ok = q.NextEvent() {
		out = append(out, e)
	}
	return out
}

func TestTimelineFilters(t *testing.T) {
	kz, kg := mustCountry(t, "KZ"), mustCountry(t, "KG")
	sameEvents(t, "KZ or KG", mustTimeline(t, capartner.TimelineOptions{Countries: []string{"KZ", "Kyrgyzstan"}}),
		preferredEvents(func(e capartner.Event) bool { return involves(e, kz) || involves(e, kg) }))
	area, err := capartner.FindArea("public-diplomacy")
	if err != nil {
		t.Fatal(err)
	}
	hasArea := func(e capartner.Event) bool {
		for _, a := range e.Areas() {
			if a == area {
				return true
			}
		}
		return false
	}
	sameEvents(t, "KZ and public diplomacy",
		mustTimeline(t, capartner.TimelineOptions{Countries: []string{"KZ"}, Areas: []string{"public-diplomacy"}}),
		preferredEvents(func(e capartner.Event) bool { return involves(e, kz) && hasArea(e) }))
	pfp := mustBody(t, "pfp")
	sameEvents(t, "PfP", mustTimeline(t, capartner.TimelineOptions{Bodies: []string{"PfP"}}),
		preferredEvents(func(e capartner.Event) bool {
			for _, b := range e.Bodies() {
				if b == pfp {
					return true
				}
			}
			return false
		}))
	kinds := []capartner.EventKind{capartner.EventSummit, capartner.EventExercise}
	sameEvents(t, "summits and exercises", mustTimeline(t, capartner.TimelineOptions{Kinds: kinds}),
		preferredEvents(func(e capartner.Event) bool {
			return e.Kind() == capartner.EventSummit || e.Kind() == capartner.EventExercise
		}))

	for name, opts := range map[string]capartner.TimelineOptions{
		"country": {Countries: []string{"Atlantis"}},
		"body":    {Bodies: []string{"no-such-body"}},
		"area":    {Areas: []string{"no-such-area"}},
	} {
		if _, err := capartner.Timeline(opts); !errors.Is(err, capartner.ErrNotFound) {
			t.Errorf("%s: error = %v, want ErrNotFound", name, err)
		}
	}
	for name, opts := range map[string]capartner.TimelineOptions{
		"kind":  {Kinds: []capartner.EventKind{99}},
		"since": {Since: "2014-02-30"},
		"order": {Since: "2015", Until: "2014"},
	} {
		if _, err := capartner.Timeline(opts); !errors.Is(err, capartner.ErrInvalidInput) {
			t.Errorf("%s: error = %v, want ErrInvalidInput", name, err)
		}
	}
}

func TestEachEventStops(t *testing.T) {
	all := mustTimeline(t, capartner.TimelineOptions{Countries: []string{"KZ"}})
	var seen []capartner.Event
	err := capartner.EachEvent(capartner.TimelineOptions{Countries: []string{"KZ"}},
		func(e capartner.Event) bool {
			seen = append(seen, e)
			return len(seen) < 3
		})
	if err != nil || len(seen) != 3 {
		t.Fatalf("EachEvent: %d events, %v", len(seen), err)
	}
	sameEvents(t, "first three", seen, all[:3])
	if err := capartner.EachEvent(capartner.TimelineOptions{Countries: []string{""}},
		func(capartner.Event) bool { return true }); !errors.Is(err, capartner.ErrInvalidInput) {
		t.Errorf("EachEvent(empty key) error = %v", err)
	}
}

func TestParticipations(t *testing.T) {
	parp := mustBody(t, "PARP")
	got := mustParticipations(t, capartner.ParticipationOptions{Bodies: []string{"PARP"}})
	want := preferredParticipations(func(p capartner.Participation) bool { return p.Body() == parp })
	if !reflect.DeepEqual(got, want) || len(got) == 0 {
		t.Errorf("PARP: got %v, want %v", got, want)
	}
	kg := mustCountry(t, "KG")
	roleAsOf := func(asOf string) []capartner.Role {
		var roles []capartner.Role
		for _, p := range mustParticipations(t, capartner.ParticipationOptions{
			Countries: []string{"KG"}, Bodies: []string{"parp"}, AsOf: asOf}) {
			roles = append(roles, p.Role())
		}
		return roles
	}
	if r := roleAsOf("2012"); len(r) != 0 {
		t.Errorf("KG in PARP certainly as of 2012: %v", r)
	}
	if r := roleAsOf("2013-06"); !reflect.DeepEqual(r, []capartner.Role{capartner.RoleOnHold}) {
		t.Errorf("KG in PARP as of 2013-06: %v", r)
	}
	for _, asOf := range []string{"2005", "2012", "2016-03"} {
		d := mustDate(t, asOf)
		got := mustParticipations(t, capartner.ParticipationOptions{AsOf: asOf})
		want := preferredParticipations(func(p capartner.Participation) bool { return p.HeldOn(d) })
		if !reflect.DeepEqual(got, want) {
			t.Errorf("as of %s: got %d, want %d", asOf, len(got), len(want))
		}
		got = mustParticipations(t, capartner.ParticipationOptions{AsOf: asOf, Possibly: true})
		want = preferredParticipations(func(p capartner.Participation) bool {
			return p.StatusOn(d) != capartner.HoldingNotHeld
		})
		if !reflect.DeepEqual(got, want) {
			t.Errorf("possibly as of %s: got %d, want %d", asOf, len(got), len(want))
		}
	}
	onHold := mustParticipations(t, capartner.ParticipationOptions{
		Countries: []string{"KG", "KZ"}, Roles: []capartner.Role{capartner.RoleOnHold}})
	want = preferredParticipations(func(p capartner.Participation) bool {
		return p.Role() == capartner.RoleOnHold && (p.Country() == kg || p.Country().Alpha2() == "KZ")
	})
	if !reflect.DeepEqual(onHold, want) {
		t.Errorf("on hold: got %v, want %v", onHold, want)
	}
	all := mustParticipations(t, capartner.ParticipationOptions{IncludeAlternatives: true})
	if !reflect.DeepEqual(all, capartner.AllParticipations()) {
		t.Error("IncludeAlternatives does not give every participation")
	}
	newest := mustParticipations(t, capartner.ParticipationOptions{NewestFirst: true})
	oldest := mustParticipations(t, capartner.ParticipationOptions{})
	for i := range newest {
		if newest[i] != oldest[len(oldest)-1-i] {
			t.Fatal("NewestFirst is not the reverse")
		}
	}
	var first []capartner.Participation
	if err := capartner.EachParticipation(capartner.ParticipationOptions{},
		func(p capartner.Participation) bool { first = append(first, p); return false }); err != nil ||
		len(first) != 1 || first[0] != oldest[0] {
		t.Errorf("EachParticipation stop: %v, %v", first, err)
	}
	for name, opts := range map[string]capartner.ParticipationOptions{
		"country": {Countries: []string{"Atlantis"}},
		"body":    {Bodies: []string{"nothing"}},
	} {
		if _, err := capartner.Participations(opts); !errors.Is(err, capartner.ErrNotFound) {
			t.Errorf("%s: error = %v", name, err)
		}
	}
	for name, opts := range map[string]capartner.ParticipationOptions{
		"role":    {Roles: []capartner.Role{99}},
		"as of":   {AsOf: "unknown"},
		"invalid": {AsOf: "2016-02-30"},
		"nul":     {AsOf: "2016\x00"},
	} {
		if _, err := capartner.Participations(opts); !errors.Is(err, capartner.ErrInvalidInput) {
			t.Errorf("%s: error = %v", name, err)
		}
	}
	if err := capartner.EachParticipation(capartner.ParticipationOptions{Countries: []string{"x\x00"}},
		func(capartner.Participation) bool { return true }); !errors.Is(err, capartner.ErrInvalidInput) {
		t.Errorf("EachParticipation(NUL) error = %v", err)
	}
}

func TestQuery(t *testing.T) {
	q, err := capartner.NewQuery(capartner.QueryEvents)
	if err != nil {
		t.Fatal(err)
	}
	if q.Kind() != capartner.QueryEvents {
		t.Errorf("Kind() = %v", q.Kind())
	}
	exercise, _ := capartner.ParseEventKind("exercise")
	for _, err := range []error{q.AddCountry(mustCountry(t, "KZ")), q.AddKind(exercise),
		q.SetOrder(capartner.NewestFirst), q.IncludeAlternatives(false)} {
		if err != nil {
			t.Fatal(err)
		}
	}
	total, err := q.Count()
	if err != nil || total == 0 {
		t.Fatalf("Count() = %d, %v", total, err)
	}
	first, ok := q.NextEvent()
	if !ok {
		t.Fatal("no first event")
	}
	if again, _ := q.Count(); again != total {
		t.Error("Count moved the walk")
	}
	rest := 0
	for _, ok := q.NextEvent(); ok; _, ok = q.NextEvent() {
		rest++
	}
	if rest+1 != total {
		t.Errorf("walked %d, Count %d", rest+1, total)
	}
	if _, ok := q.NextParticipation(); ok {
		t.Error("an events query returned a participation")
	}
	if err := q.Rewind(); err != nil {
		t.Fatal(err)
	}
	if again, _ := q.NextEvent(); again != first {
		t.Error("Rewind did not restart")
	}
	if err := q.IncludeAlternatives(true); err != nil {
		t.Fatal(err)
	}
	for _, err := range []error{q.AddRole(capartner.RoleHost), q.SetAsOf(mustDate(t, "2014"), capartner.Certainly),
		q.SetAsOfText("2014", capartner.Certainly)} {
		if !errors.Is(err, capartner.ErrInvalidInput) {
			t.Errorf("participation filter on events: %v", err)
		}
	}
	if err := q.SetOrder(5); !errors.Is(err, capartner.ErrOutOfRange) {
		t.Errorf("SetOrder(5) error = %v", err)
	}
	q.Close()
	q.Close()
	if _, ok := q.NextEvent(); ok {
		t.Error("NextEvent after Close")
	}
	if _, ok := q.NextParticipation(); ok {
		t.Error("NextParticipation after Close")
	}
	for _, err := range []error{q.AddCountry(mustCountry(t, "KZ")), q.Rewind(),
		q.SetRangeText("2013", "", capartner.Possibly), second(q.Count())} {
		if !errors.Is(err, capartner.ErrClosed) {
			t.Errorf("after Close: %v", err)
		}
	}

	p, err := capartner.NewQuery(capartner.QueryParticipations)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	for _, err := range []error{p.AddKind(exercise),
		p.SetRangeText("2013", "2014", capartner.Possibly)} {
		if !errors.Is(err, capartner.ErrInvalidInput) {
			t.Errorf("event filter on participations: %v", err)
		}
	}
	if err := p.AddBody(mustBody(t, "parp")); err != nil {
		t.Fatal(err)
	}
	if err := p.AddRole(capartner.RoleOnHold); err != nil {
		t.Fatal(err)
	}
	if err := p.SetAsOf(mustDate(t, "2016-03"), capartner.Possibly); err != nil {
		t.Fatal(err)
	}
	byDate := drainParticipations(p)
	if err := p.SetAsOfText("2016-03", capartner.Possibly); err != nil {
		t.Fatal(err)
	}
	if byText := drainParticipations(p); !reflect.DeepEqual(byDate, byText) || len(byText) == 0 {
		t.Errorf("SetAsOf %v, SetAsOfText %v", byDate, byText)
	}
	if _, ok := p.NextEvent(); ok {
		t.Error("a participations query returned an event")
	}
	if err := p.SetAsOf(capartner.Date{}, capartner.Certainly); !errors.Is(err, capartner.ErrInvalidDate) {
		t.Errorf("SetAsOf(unknown) error = %v", err)
	}
	if err := p.SetAsOf(capartner.Date{Year: 1 << 20}, capartner.Certainly); !errors.Is(err, capartner.ErrInvalidDate) {
		t.Errorf("SetAsOf(huge) error = %v", err)
	}
	if err := p.SetAsOfText("x\x00", capartner.Certainly); !errors.Is(err, capartner.ErrInvalidInput) {
		t.Errorf("SetAsOfText(NUL) error = %v", err)
	}
	if _, err := capartner.NewQuery(7); !errors.Is(err, capartner.ErrOutOfRange) {
		t.Errorf("NewQuery(7) error = %v", err)
	}
}

func drainParticipations(q *capartner.Query) []capartner.Participation {
	var out []capartner.Participation
	if err := q.Rewind(); err != nil {
		panic(err)
	}
	for p, ok := q.NextParticipation(); ok; p, ok = q.NextParticipation() {
		out = append(out, p)
	}
	return out
}

func TestForgottenQueriesAreFinalized(t *testing.T) {
	for i := 0; i < 1000; i++ {
		if _, err := capartner.NewEventQuery(capartner.TimelineOptions{Countries: []string{"KZ"}}); err != nil {
			t.Fatal(err)
		}
	}
	runtime.GC()
	runtime.GC()
}

// NextEvents and NextParticipations give what the step-by-step walk gives, in
// any size of batch, and Reset empties a query for reuse.
func TestBatchesAndReset(t *testing.T) {
	q, err := capartner.NewQuery(capartner.QueryEvents)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	kz := mustCountry(t, "KZ")
	if err := q.AddCountry(kz); err != nil {
		t.Fatal(err)
	}
	var stepped []capartner.Event
	for e, ok := q.NextEvent(); ok; e, ok = q.NextEvent() {
		stepped = append(stepped, e)
	}
	sameEvents(t, "KZ stepped", stepped, preferredEvents(func(e capartner.Event) bool {
		return involves(e, kz)
	}))
	for _, size := range []int{1, 3, 64, 200} {
		if err := q.Rewind(); err != nil {
			t.Fatal(err)
		}
		var batched []capartner.Event
		buffer := make([]capartner.Event, size)
		for n := q.NextEvents(buffer); n > 0; n = q.NextEvents(buffer) {
			batched = append(batched, buffer[:n]...)
		}
		sameEvents(t, "KZ in batches", batched, stepped)
	}
	if n := q.NextParticipations(make([]capartner.Participation, 4)); n != 0 {
		t.Errorf("NextParticipations on an events query: %d", n)
	}
	// the same query, emptied, as a participations query
	if err := q.Reset(capartner.QueryParticipations); err != nil {
		t.Fatal(err)
	}
	if q.Kind() != capartner.QueryParticipations {
		t.Errorf("Kind() after Reset = %v", q.Kind())
	}
	all := make([]capartner.Participation, capartner.ParticipationCount())
	n := q.NextParticipations(all)
	want := preferredParticipations(func(capartner.Participation) bool { return true })
	if n != len(want) || !reflect.DeepEqual(all[:n], want) {
		t.Errorf("after Reset: %d participations, want the %d preferred", n, len(want))
	}
	if err := q.Reset(capartner.QueryKind(7)); !errors.Is(err, capartner.ErrOutOfRange) {
		t.Errorf("Reset(7) = %v, want ErrOutOfRange", err)
	}
	q.Close()
	if err := q.Reset(capartner.QueryEvents); !errors.Is(err, capartner.ErrClosed) {
		t.Errorf("Reset after Close = %v, want ErrClosed", err)
	}
	if n := q.NextEvents(make([]capartner.Event, 4)); n != 0 {
		t.Errorf("NextEvents after Close: %d", n)
	}
}

// A walk crosses into C once a batch of 64 matches, not once a match.
func TestWalkCgoCalls(t *testing.T) {
	count := func(opts capartner.TimelineOptions) (events int, calls int64) {
		calls = cgoCalls(func() {
			events = 0
			err := capartner.EachEvent(opts, func(capartner.Event) bool { events++; return true })
			if err != nil {
				t.Fatal(err)
			}
		})
		return events, calls
	}
	count(capartner.TimelineOptions{}) // the records by index, made once
	events, calls := count(capartner.TimelineOptions{})
	// new, two batches of 64, the rest and the empty one, free
	if want := int64(2 + (events+63)/64 + 1); events < 100 || calls > want {
		t.Errorf("whole timeline: %d cgo calls for %d events, want at most %d", calls, events, want)
	}
}
