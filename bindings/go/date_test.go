package capartner_test

import (
	"encoding/json"
	"errors"
	"sort"
	"testing"
	"time"

	"libcapartner/capartner"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestParseDate(t *testing.T) {
	cases := map[string]capartner.Date{
		"2013":              {Year: 2013, Precision: capartner.PrecisionYear},
		"2013-12":           {Year: 2013, Month: 12, Precision: capartner.PrecisionMonth},
		"2013-12-05":        {Year: 2013, Month: 12, Day: 5, Precision: capartner.PrecisionDay},
		"early 2014":        {Year: 2014, Precision: capartner.PrecisionYear, Qualifier: capartner.QualifierEarly},
		"mid 2014-06":       {Year: 2014, Month: 6, Precision: capartner.PrecisionMonth, Qualifier: capartner.QualifierMid},
		"late 2014":         {Year: 2014, Precision: capartner.PrecisionYear, Qualifier: capartner.QualifierLate},
		"circa 1995":        {Year: 1995, Precision: capartner.PrecisionYear, Qualifier: capartner.QualifierCirca},
		"before 2016-02-22": {Year: 2016, Month: 2, Day: 22, Precision: capartner.PrecisionDay, Qualifier: capartner.QualifierBefore},
		"after 2014":        {Year: 2014, Precision: capartner.PrecisionYear, Qualifier: capartner.QualifierAfter},
		"unknown":           {},
	}
	for text, want := range cases {
		got, err := capartner.ParseDate(text)
		if err != nil || got != want {
			t.Errorf("ParseDate(%q) = %+v, %v; want %+v", text, got, err, want)
		}
		if got.String() != text {
			t.Errorf("String() = %q, want %q", got.String(), text)
		}
		if formatted, err := got.Format(); err != nil || formatted != text {
			t.Errorf("Format() = %q, %v", formatted, err)
		}
		if err := got.Validate(); err != nil {
			t.Errorf("Validate(%q) = %v", text, err)
		}
	}
	for _, text := range []string{"2014-02-30", "2014-13", "14", "2014-1", "early 2014-01-05",
		"soon 2014", "2014 ", "0000"} {
		_, err := capartner.ParseDate(text)
		if !errors.Is(err, capartner.ErrInvalidDate) || !errors.Is(err, capartner.ErrInvalidInput) {
			t.Errorf("ParseDate(%q) error = %v, want ErrInvalidDate", text, err)
		}
	}
	if _, err := capartner.ParseDate(""); !errors.Is(err, capartner.ErrInvalidInput) ||
		errors.Is(err, capartner.ErrInvalidDate) {
		t.Errorf("ParseDate(\"\") error = %v, want the empty-key error", err)
	}
	if _, err := capartner.ParseDate("2014\x00"); !errors.Is(err, capartner.ErrInvalidInput) {
		t.Errorf("ParseDate(NUL) error = %v", err)
	}
}

func TestInvalidDates(t *testing.T) {
	for _, d := range []capartner.Date{
		{Year: 2014, Month: 2, Day: 30, Precision: capartner.PrecisionDay},
		{Year: 10000, Precision: capartner.PrecisionYear},
		{Year: -1, Precision: capartner.PrecisionYear},
		{Year: 2014, Month: 13, Precision: capartner.PrecisionMonth},
		{Year: 2014, Precision: capartner.PrecisionDay},
		{Qualifier: capartner.QualifierEarly},
		{Year: 2014, Month: 1, Day: 5, Precision: capartner.PrecisionDay, Qualifier: capartner.QualifierEarly},
		{Year: 2014, Precision: 9},
	} {
		if err := d.Validate(); !errors.Is(err, capartner.ErrInvalidDate) {
			t.Errorf("%+v: Validate() = %v", d, err)
		}
		if _, _, err := d.Bounds(); !errors.Is(err, capartner.ErrInvalidDate) {
			t.Errorf("%+v: Bounds() error = %v", d, err)
		}
		if !d.Earliest().IsZero() || !d.Latest().IsZero() {
			t.Errorf("%+v: Earliest/Latest not zero", d)
		}
		if _, err := d.MarshalText(); err == nil {
			t.Errorf("%+v: MarshalText succeeded", d)
		}
		if s := d.String(); len(s) < 12 || s[:12] != "invalid date" {
			t.Errorf("%+v: String() = %q", d, s)
		}
	}
}

func TestDateBounds(t *testing.T) {
	zero := time.Time{}
	cases := map[string][2]time.Time{
		"2014":              {day(2014, 1, 1), day(2014, 12, 31)},
		"2012-02":           {day(2012, 2, 1), day(2012, 2, 29)},
		"early 2014":        {day(2014, 1, 1), day(2014, 4, 30)},
		"mid 2014":          {day(2014, 5, 1), day(2014, 8, 31)},
		"late 2014":         {day(2014, 9, 1), day(2014, 12, 31)},
		"early 2013-12":     {day(2013, 12, 1), day(2013, 12, 10)},
		"mid 2013-12":       {day(2013, 12, 11), day(2013, 12, 20)},
		"late 2013-12":      {day(2013, 12, 21), day(2013, 12, 31)},
		"circa 2014":        {day(2013, 1, 1), day(2015, 12, 31)},
		"before 2016-02-22": {zero, day(2016, 2, 21)},
		"after 2014":        {day(2015, 1, 1), zero},
		"unknown":           {zero, zero},
		"9999":              {day(9999, 1, 1), day(9999, 12, 31)},
	}
	for text, want := range cases {
		d := mustDate(t, text)
		if got := d.Earliest(); !got.Equal(want[0]) {
			t.Errorf("%s: Earliest() = %v, want %v", text, got, want[0])
		}
		if got := d.Latest(); !got.Equal(want[1]) {
			t.Errorf("%s: Latest() = %v, want %v", text, got, want[1])
		}
		if !d.Time().Equal(d.Earliest()) {
			t.Errorf("%s: Time() != Earliest()", text)
		}
	}
	first, last, err := mustDate(t, "before 2016-02-22").Bounds()
	if err != nil || first != 0 || last != 20160221 {
		t.Errorf("Bounds() = %d, %d, %v", first, last, err)
	}
	if got := mustDate(t, "mid 2014").Time(); !got.Equal(day(2014, 5, 1)) {
		t.Errorf("Time() = %v", got)
	}
}

func TestDateCompareAndConvert(t *testing.T) {
	texts := []string{"before 2014", "circa 2014-01-01", "2014", "early 2014", "2014-01",
		"2014-01-01", "mid 2014", "late 2014", "after 2014", "unknown"}
	dates := make([]capartner.Date, len(texts))
	for i, text := range texts {
		dates[len(texts)-1-i] = mustDate(t, text)
	}
	sort.Slice(dates, func(i, j int) bool { return dates[i].Compare(dates[j]) < 0 })
	for i, d := range dates {
		if d.String() != texts[i] {
			t.Errorf("sorted[%d] = %v, want %s", i, d, texts[i])
		}
	}
	if mustDate(t, "2014").Compare(mustDate(t, "2014")) != 0 {
		t.Error("Compare of equal dates")
	}
	d := capartner.DateOf(time.Date(2013, 12, 5, 23, 0, 0, 0, time.UTC))
	if d != mustDate(t, "2013-12-05") {
		t.Errorf("DateOf = %+v", d)
	}
	if (capartner.Date{}).IsKnown() || !d.IsKnown() {
		t.Error("IsKnown")
	}

	type record struct {
		When capartner.Date `json:"when"`
	}
	data, err := json.Marshal(record{mustDate(t, "early 2014")})
	if err != nil || string(data) != `{"when":"early 2014"}` {
		t.Errorf("json.Marshal = %s, %v", data, err)
	}
	var back record
	if err := json.Unmarshal(data, &back); err != nil || back.When != mustDate(t, "early 2014") {
		t.Errorf("json.Unmarshal = %+v, %v", back, err)
	}
	if err := json.Unmarshal([]byte(`{"when":"2014-02-30"}`), &back); !errors.Is(err, capartner.ErrInvalidDate) {
		t.Errorf("json.Unmarshal(invalid) error = %v", err)
	}
}

func TestEnums(t *testing.T) {
	type enum struct {
		count  int
		name   func(i int) string
		marsh  func(i int) ([]byte, error)
		parse  func(s string) (int, error)
		unmars func(s string) (int, error)
	}
	enums := map[string]enum{
		"BodyKind": {capartner.BodyKindCount,
			func(i int) string { return capartner.BodyKind(i).String() },
			func(i int) ([]byte, error) { return capartner.BodyKind(i).MarshalText() },
			func(s string) (int, error) { k, err := capartner.ParseBodyKind(s); return int(k), err },
			func(s string) (int, error) {
				var k capartner.BodyKind
				err := k.UnmarshalText([]byte(s))
				return int(k), err
			}},
		"Role": {capartner.RoleCount,
			func(i int) string { return capartner.Role(i).String() },
			func(i int) ([]byte, error) { return capartner.Role(i).MarshalText() },
			func(s string) (int, error) { k, err := capartner.ParseRole(s); return int(k), err },
			func(s string) (int, error) {
				var k capartner.Role
				err := k.UnmarshalText([]byte(s))
				return int(k), err
			}},
		"EventKind": {capartner.EventKindCount,
			func(i int) string { return capartner.EventKind(i).String() },
			func(i int) ([]byte, error) { return capartner.EventKind(i).MarshalText() },
			func(s string) (int, error) { k, err := capartner.ParseEventKind(s); return int(k), err },
			func(s string) (int, error) {
				var k capartner.EventKind
				err := k.UnmarshalText([]byte(s))
				return int(k), err
			}},
		"NameKind": {capartner.NameKindCount,
			func(i int) string { return capartner.NameKind(i).String() },
			func(i int) ([]byte, error) { return capartner.NameKind(i).MarshalText() }, nil, nil},
		"SourceKind": {capartner.SourceKindCount,
			func(i int) string { return capartner.SourceKind(i).String() },
			func(i int) ([]byte, error) { return capartner.SourceKind(i).MarshalText() }, nil, nil},
		"PlaceKind": {capartner.PlaceKindCount,
			func(i int) string { return capartner.PlaceKind(i).String() },
			func(i int) ([]byte, error) { return capartner.PlaceKind(i).MarshalText() }, nil, nil},
	}
	for name, e := range enums {
		seen := map[string]bool{}
		for i := 0; i < e.count; i++ {
			word := e.name(i)
			if word == "" || seen[word] {
				t.Errorf("%s(%d).String() = %q", name, i, word)
			}
			seen[word] = true
			if text, err := e.marsh(i); err != nil || string(text) != word {
				t.Errorf("%s(%d).MarshalText() = %q, %v", name, i, text, err)
			}
			if e.parse != nil {
				if back, err := e.parse(word); err != nil || back != i {
					t.Errorf("Parse%s(%q) = %d, %v", name, word, back, err)
				}
				if back, err := e.unmars(word); err != nil || back != i {
					t.Errorf("%s.UnmarshalText(%q) = %d, %v", name, word, back, err)
				}
			}
		}
		if e.name(e.count) != "" || e.name(-1) != "" {
			t.Errorf("%s: out-of-range String() not empty", name)
		}
		if _, err := e.marsh(e.count); !errors.Is(err, capartner.ErrOutOfRange) {
			t.Errorf("%s: MarshalText(out of range) error = %v", name, err)
		}
		if e.parse != nil {
			if _, err := e.parse("no-such-word"); !errors.Is(err, capartner.ErrNotFound) {
				t.Errorf("Parse%s(unknown) error = %v", name, err)
			}
			if _, err := e.parse(""); !errors.Is(err, capartner.ErrInvalidInput) {
				t.Errorf("Parse%s(\"\") error = %v", name, err)
			}
			if _, err := e.unmars("On_Hold"); !errors.Is(err, capartner.ErrNotFound) {
				t.Errorf("%s.UnmarshalText(wrong case) error = %v", name, err)
			}
		}
	}
	if capartner.RoleOnHold.String() != "on_hold" || capartner.BodyProgramme.String() != "programme" {
		t.Error("spellings")
	}
	for p, want := range map[capartner.Precision]string{capartner.PrecisionUnknown: "unknown",
		capartner.PrecisionYear: "year", capartner.PrecisionMonth: "month", capartner.PrecisionDay: "day"} {
		if p.String() != want {
			t.Errorf("Precision(%d) = %q", p, p.String())
		}
	}
	qualifiers := []string{"none", "early", "mid", "late", "circa", "before", "after"}
	for i, want := range qualifiers {
		if got := capartner.Qualifier(i).String(); got != want {
			t.Errorf("Qualifier(%d) = %q", i, got)
		}
	}
	if capartner.QueryEvents.String() != "events" || capartner.QueryParticipations.String() != "participations" ||
		capartner.QueryKind(5).String() != "QueryKind(5)" {
		t.Error("QueryKind.String")
	}
}

func TestStatusAndErrors(t *testing.T) {
	if capartner.StatusOK.String() != "success" || capartner.Status(99).String() != "unknown status" {
		t.Error("Status.String")
	}
	sentinels := []error{capartner.ErrNotFound, capartner.ErrInvalidInput, capartner.ErrInvalidDate,
		capartner.ErrOutOfRange, capartner.ErrNoMemory, capartner.ErrClosed}
	matches := map[capartner.Status][]error{
		capartner.StatusNullArgument:    {capartner.ErrInvalidInput},
		capartner.StatusEmptyKey:        {capartner.ErrInvalidInput},
		capartner.StatusKeyTooLong:      {capartner.ErrInvalidInput},
		capartner.StatusInvalidUTF8:     {capartner.ErrInvalidInput},
		capartner.StatusNotFound:        {capartner.ErrNotFound},
		capartner.StatusOutOfRange:      {capartner.ErrOutOfRange, capartner.ErrInvalidInput},
		capartner.StatusInvalidDate:     {capartner.ErrInvalidDate, capartner.ErrInvalidInput},
		capartner.StatusInvalidArgument: {capartner.ErrInvalidInput},
		capartner.StatusNoMemory:        {capartner.ErrNoMemory},
		capartner.Status(42):            {},
	}
	for status, want := range matches {
		err := error(&capartner.Error{Op: "op", Status: status})
		for _, sentinel := range sentinels {
			expected := false
			for _, w := range want {
				expected = expected || w == sentinel
			}
			if errors.Is(err, sentinel) != expected {
				t.Errorf("status %d: errors.Is(%v) = %v", status, sentinel, !expected)
			}
		}
		if err.Error() != "capartner: op: "+status.String() {
			t.Errorf("Error() = %q", err.Error())
		}
	}
	withArg := &capartner.Error{Op: "op", Arg: `"x"`, Status: capartner.StatusNotFound}
	if withArg.Error() != `capartner: op("x"): no record has this key` {
		t.Errorf("Error() = %q", withArg.Error())
	}
}
