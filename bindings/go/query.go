package capartner

/*
#include <stdlib.h>
#include <capartner.h>
*/
import "C"

import (
	"runtime"
	"strconv"
	"sync"
	"unsafe"
)

// TimelineOptions filters Timeline and EachEvent. Within one field the values
// are alternatives (country KZ or KG); across fields all must hold (country
// KZ and area public-diplomacy). The zero value selects every preferred
// event, oldest first.
type TimelineOptions struct {
	// Countries: keys as FindCountry takes them ("KZ", "Kazakhstan").
	Countries []string
	// Bodies: keys as FindBody takes them ("parp", "PfP").
	Bodies []string
	// Areas: keys as FindArea takes them ("public-diplomacy").
	Areas []string
	// Kinds of event.
	Kinds []EventKind
	// Since and Until bound the dates, inclusive: from the earliest day of
	// Since ("2013", "2014-06") to the latest day of Until; "" leaves an end
	// open.
	Since, Until string
	// Possibly also keeps the events whose date interval may fall in the
	// range; by default an event matches when its whole interval lies in it
	// (Query.IsCertain tells which a match is).
	Possibly bool
	// NewestFirst reverses the order.
	NewestFirst bool
	// IncludeAlternatives also returns the statements the dataset does not prefer.
	IncludeAlternatives bool
}

// ParticipationOptions filters Participations and EachParticipation, like
// TimelineOptions.
type ParticipationOptions struct {
	Countries []string // keys as FindCountry takes them
	Bodies    []string // keys as FindBody takes them
	Roles     []Role
	// Areas keeps the relations about one of these areas (Participation.Area):
	// keys as FindArea takes them.
	Areas []string
	// AsOf keeps the relations certainly held on a date ("2016-03"); "" means
	// any time. Possibly also keeps those whose status then is unknown.
	AsOf                string
	Possibly            bool
	NewestFirst         bool
	IncludeAlternatives bool
}

// Timeline returns the events matching opts, in timeline order.
func Timeline(opts TimelineOptions) ([]Event, error) {
	var events []Event
	err := EachEvent(opts, func(e Event) bool {
		events = append(events, e)
		return true
	})
	if err != nil {
		return nil, err
	}
	return events, nil
}

// EachEvent calls fn for each event matching opts, in timeline order, until
// fn returns false.
func EachEvent(opts TimelineOptions, fn func(Event) bool) error {
	q, err := NewEventQuery(opts)
	if err != nil {
		return err
	}
	defer q.Close()
	var batch [batchSize]Event
	for n := q.NextEvents(batch[:]); n > 0; n = q.NextEvents(batch[:]) {
		for _, e := range batch[:n] {
			if !fn(e) {
				return nil
			}
		}
	}
	return nil
}

// Participations returns the participations matching opts, in table order.
func Participations(opts ParticipationOptions) ([]Participation, error) {
	var all []Participation
	err := EachParticipation(opts, func(p Participation) bool {
		all = append(all, p)
		return true
	})
	if err != nil {
		return nil, err
	}
	return all, nil
}

// EachParticipation calls fn for each participation matching opts until fn
// returns false.
func EachParticipation(opts ParticipationOptions, fn func(Participation) bool) error {
	q, err := NewParticipationQuery(opts)
	if err != nil {
		return err
	}
	defer q.Close()
	var batch [batchSize]Participation
	for n := q.NextParticipations(batch[:]); n > 0; n = q.NextParticipations(batch[:]) {
		for _, p := range batch[:n] {
			if !fn(p) {
				return nil
			}
		}
	}
	return nil
}

// NewEventQuery returns an events Query with the filters of opts. Close it
// when done.
func NewEventQuery(opts TimelineOptions) (*Query, error) {
	return newQueryWith(QueryEvents, func(q *Query) error {
		if err := q.addCommon(opts.Countries, opts.Bodies, opts.NewestFirst,
			opts.IncludeAlternatives); err != nil {
			return err
		}
		if err := q.addAreas(opts.Areas); err != nil {
			return err
		}
		for _, kind := range opts.Kinds {
			if err := q.AddKind(kind); err != nil {
				return err
			}
		}
		if opts.Since != "" || opts.Until != "" {
			return q.SetRangeText(opts.Since, opts.Until, certainty(opts.Possibly))
		}
		return nil
	})
}

// addAreas adds the areas found by each key (as FindArea takes them).
func (q *Query) addAreas(keys []string) error {
	for _, key := range keys {
		area, err := FindArea(key)
		if err == nil {
			err = q.AddArea(area)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// NewParticipationQuery returns a participations Query with the filters of
// opts. Close it when done.
func NewParticipationQuery(opts ParticipationOptions) (*Query, error) {
	return newQueryWith(QueryParticipations, func(q *Query) error {
		if err := q.addCommon(opts.Countries, opts.Bodies, opts.NewestFirst,
			opts.IncludeAlternatives); err != nil {
			return err
		}
		for _, role := range opts.Roles {
			if err := q.AddRole(role); err != nil {
				return err
			}
		}
		if err := q.addAreas(opts.Areas); err != nil {
			return err
		}
		if opts.AsOf != "" {
			return q.SetAsOfText(opts.AsOf, certainty(opts.Possibly))
		}
		return nil
	})
}

// newQueryWith returns a new query of kind with the filters addFilters adds;
// if one is refused, the query is freed at once rather than left to the
// finalizer.
func newQueryWith(kind QueryKind, addFilters func(*Query) error) (*Query, error) {
	q, err := NewQuery(kind)
	if err != nil {
		return nil, err
	}
	if err := addFilters(q); err != nil {
		q.Close()
		return nil, err
	}
	return q, nil
}

func (q *Query) addCommon(countries, bodies []string, newestFirst, alternatives bool) error {
	for _, key := range countries {
		country, err := FindCountry(key)
		if err == nil {
			err = q.AddCountry(country)
		}
		if err != nil {
			return err
		}
	}
	for _, key := range bodies {
		body, err := FindBody(key)
		if err == nil {
			err = q.AddBody(body)
		}
		if err != nil {
			return err
		}
	}
	if newestFirst {
		if err := q.SetOrder(NewestFirst); err != nil {
			return err
		}
	}
	if alternatives {
		return q.IncludeAlternatives(true)
	}
	return nil
}

// Query is a filtered walk over the events (the timeline) or the
// participations: the C library's capartner_query. Add filters, then call
// NextEvent or NextParticipation until it reports false; Count counts the
// matches without moving the walk. A Query holds C memory: Close it (a
// finalizer frees a forgotten one eventually). A Query must not be used from
// two goroutines at once.
type Query struct {
	p    *C.capartner_query
	kind QueryKind
}

// NewQuery returns an empty query of a kind: every preferred record, oldest first.
func NewQuery(kind QueryKind) (*Query, error) {
	var p *C.capartner_query
	if err := check(C.capartner_query_new(C.capartner_query_kind(kind), &p),
		"NewQuery", kind.String()); err != nil {
		return nil, err
	}
	q := &Query{p: p, kind: kind}
	runtime.SetFinalizer(q, (*Query).Close)
	return q, nil
}

// Kind returns what the query walks.
func (q *Query) Kind() QueryKind { return q.kind }

// Close frees the query. It is safe to call more than once; afterwards the
// other methods return ErrClosed (or false).
func (q *Query) Close() {
	if q.p != nil {
		C.capartner_query_free(q.p)
		q.p = nil
		runtime.SetFinalizer(q, nil)
	}
}

// do runs one status-returning call on the live query.
func (q *Query) do(op string, arg string, call func(*C.capartner_query) C.capartner_status) error {
	if q.p == nil {
		return ErrClosed
	}
	err := check(call(q.p), op, arg)
	runtime.KeepAlive(q)
	return err
}

// AddCountry matches records involving this country (or another added one).
func (q *Query) AddCountry(c Country) error {
	return q.do("Query.AddCountry", strconv.Quote(c.ID()),
		func(p *C.capartner_query) C.capartner_status {
			return C.capartner_query_add_country(p, c.p)
		})
}

// AddBody matches records involving this body (or another added one).
func (q *Query) AddBody(b Body) error {
	return q.do("Query.AddBody", strconv.Quote(b.ID()),
		func(p *C.capartner_query) C.capartner_status {
			return C.capartner_query_add_body(p, b.p)
		})
}

// AddArea matches events in this area, or participations about it (or
// another added one).
func (q *Query) AddArea(a Area) error {
	return q.do("Query.AddArea", strconv.Quote(a.ID()),
		func(p *C.capartner_query) C.capartner_status {
			return C.capartner_query_add_area(p, a.p)
		})
}

// AddKind (events only) matches events of this kind (or another added one).
func (q *Query) AddKind(kind EventKind) error {
	return q.do("Query.AddKind", strconv.Itoa(int(kind)),
		func(p *C.capartner_query) C.capartner_status {
			return C.capartner_query_add_kind(p, C.capartner_event_kind(kind))
		})
}

// AddRole (participations only) matches this role (or another added one).
func (q *Query) AddRole(role Role) error {
	return q.do("Query.AddRole", strconv.Itoa(int(role)),
		func(p *C.capartner_query) C.capartner_status {
			return C.capartner_query_add_role(p, C.capartner_role(role))
		})
}

// SetOrder sets OldestFirst (the default) or NewestFirst.
func (q *Query) SetOrder(order Order) error {
	return q.do("Query.SetOrder", strconv.Itoa(int(order)),
		func(p *C.capartner_query) C.capartner_status {
			return C.capartner_query_set_order(p, C.capartner_order(order))
		})
}

// IncludeAlternatives also returns the statements the dataset does not prefer.
func (q *Query) IncludeAlternatives(include bool) error {
	flag := C.int(0)
	if include {
		flag = 1
	}
	return q.do("Query.IncludeAlternatives", strconv.FormatBool(include),
		func(p *C.capartner_query) C.capartner_status {
			return C.capartner_query_include_alternatives(p, flag)
		})
}

func certainty(possibly bool) Certainty {
	if possibly {
		return Possibly
	}
	return Certainly
}

// SetRange (events only) keeps the events dated from the earliest day of
// from to the latest day of to, inclusive; an unknown Date leaves that end
// open. Certainly keeps the events wholly in the range, Possibly also those
// that may fall in it.
func (q *Query) SetRange(from, to Date, mode Certainty) error {
	cfrom, ok := from.cDate()
	if !ok {
		return from.invalid("Query.SetRange")
	}
	cto, ok := to.cDate()
	if !ok {
		return to.invalid("Query.SetRange")
	}
	return q.do("Query.SetRange", from.String()+", "+to.String(),
		func(p *C.capartner_query) C.capartner_status {
			return C.capartner_query_set_range(p, cfrom, cto, C.capartner_certainty(mode))
		})
}

// SetRangeText is SetRange with date text ("2013", "2014-06"); "" leaves an
// end open.
func (q *Query) SetRangeText(from, to string, mode Certainty) error {
	op := "Query.SetRangeText"
	var cfrom, cto *C.char
	var err error
	if from != "" {
		if cfrom, err = cString(from, op); err != nil {
			return err
		}
		defer free(cfrom)
	}
	if to != "" {
		if cto, err = cString(to, op); err != nil {
			return err
		}
		defer free(cto)
	}
	return q.do(op, strconv.Quote(from)+", "+strconv.Quote(to),
		func(p *C.capartner_query) C.capartner_status {
			return C.capartner_query_set_range_text(p, cfrom, cto, C.capartner_certainty(mode))
		})
}

// SetAsOf (participations only) keeps the relations certainly held on a date
// (Certainly), or also those whose status then is unknown (Possibly).
func (q *Query) SetAsOf(d Date, mode Certainty) error {
	c, ok := d.cDate()
	if !ok {
		return d.invalid("Query.SetAsOf")
	}
	return q.do("Query.SetAsOf", d.String(),
		func(p *C.capartner_query) C.capartner_status {
			return C.capartner_query_set_as_of(p, c, C.capartner_certainty(mode))
		})
}

// SetAsOfText is SetAsOf with date text ("2016-03").
func (q *Query) SetAsOfText(date string, mode Certainty) error {
	op := "Query.SetAsOfText"
	cdate, err := cString(date, op)
	if err != nil {
		return err
	}
	defer free(cdate)
	return q.do(op, strconv.Quote(date), func(p *C.capartner_query) C.capartner_status {
		return C.capartner_query_set_as_of_text(p, cdate, C.capartner_certainty(mode))
	})
}

// IsCertain reports whether the match returned last is certain: an event
// wholly in the range, a relation held on the as-of date (false when it is
// only possible, or when there is none).
func (q *Query) IsCertain() bool {
	return q.p != nil && C.capartner_query_is_certain(q.p) != 0
}

// Rewind restarts the walk.
func (q *Query) Rewind() error {
	return q.do("Query.Rewind", "", func(p *C.capartner_query) C.capartner_status {
		return C.capartner_query_rewind(p)
	})
}

// NextEvent returns the next matching event; false at the end, for a
// participations query, or after Close.
func (q *Query) NextEvent() (Event, bool) {
	if q.p == nil {
		return Event{}, false
	}
	e := Event{C.capartner_query_next_event(q.p)}
	runtime.KeepAlive(q)
	return e, e.p != nil
}

// NextParticipation returns the next matching participation; false at the
// end, for an events query, or after Close.
func (q *Query) NextParticipation() (Participation, bool) {
	if q.p == nil {
		return Participation{}, false
	}
	p := Participation{C.capartner_query_next_participation(q.p)}
	runtime.KeepAlive(q)
	return p, p.p != nil
}

// batchSize is how many matches EachEvent and EachParticipation take from C
// in one call.
const batchSize = 64

// The records by index, made once: the tables are static, so a batch of
// indexes from C becomes records without a call per match.
var (
	eventsOnce, participationsOnce sync.Once
	eventsByIndex                  []Event
	participationsByIndex          []Participation
)

// nextIndexes fills indexes with the indexes of the next matches (one cgo
// call) and returns how many it wrote; 0 at the end or after Close.
func (q *Query) nextIndexes(indexes []C.size_t) int {
	if q.p == nil || len(indexes) == 0 {
		return 0
	}
	var n C.size_t
	C.capartner_query_next_indexes(q.p, (*C.size_t)(unsafe.Pointer(&indexes[0])),
		C.size_t(len(indexes)), &n)
	runtime.KeepAlive(q)
	return int(n)
}

// NextEvents fills out with the next matching events, up to len(out), in one
// call into C per 64, and returns how many it wrote: fewer only at the end;
// 0 at the end, for a participations query, or after Close. IsCertain then
// tells about the last one.
func (q *Query) NextEvents(out []Event) int {
	if q.kind != QueryEvents {
		return 0
	}
	eventsOnce.Do(func() { eventsByIndex = AllEvents() })
	return fillRecords(q, out, eventsByIndex)
}

// NextParticipations is NextEvents for a participations query.
func (q *Query) NextParticipations(out []Participation) int {
	if q.kind != QueryParticipations {
		return 0
	}
	participationsOnce.Do(func() { participationsByIndex = AllParticipations() })
	return fillRecords(q, out, participationsByIndex)
}

// fillRecords fills out with the records of the next matches' indexes.
func fillRecords[R any](q *Query, out []R, byIndex []R) int {
	var indexes [batchSize]C.size_t
	filled := 0
	for filled < len(out) {
		want := len(out) - filled
		if want > batchSize {
			want = batchSize
		}
		n := q.nextIndexes(indexes[:want])
		for _, i := range indexes[:n] {
			out[filled] = byIndex[i]
			filled++
		}
		if n < want {
			break
		}
	}
	return filled
}

// Reset empties the query for reuse, as a new query of kind: no filters,
// oldest first, preferred records only, at its start. It reuses the C memory
// the filters took, so resetting and filling one Query in a loop allocates
// nothing in C.
func (q *Query) Reset(kind QueryKind) error {
	err := q.do("Query.Reset", kind.String(), func(p *C.capartner_query) C.capartner_status {
		return C.capartner_query_reset(p, C.capartner_query_kind(kind))
	})
	if err == nil {
		q.kind = kind
	}
	return err
}

// Count returns the number of matches without moving the walk.
func (q *Query) Count() (int, error) {
	var n C.size_t
	err := q.do("Query.Count", "", func(p *C.capartner_query) C.capartner_status {
		return C.capartner_query_count(p, &n)
	})
	return int(n), err
}
