package capartner

/*
#include <capartner.h>
*/
import "C"

import (
	"fmt"
	"strconv"
	"time"
	"unsafe"
)

// Precision is how much of a Date is known.
type Precision uint8

// The precisions.
const (
	PrecisionUnknown Precision = 0
	PrecisionYear    Precision = 1
	PrecisionMonth   Precision = 2
	PrecisionDay     Precision = 3
)

// String returns "unknown", "year", "month" or "day" ("" when out of range).
func (p Precision) String() string {
	return C.GoString(C.capartner_precision_name(C.capartner_precision(p)))
}

// Qualifier narrows or loosens a Date: early/mid/late thirds, circa, before, after.
type Qualifier uint8

// The qualifiers.
const (
	QualifierNone   Qualifier = 0
	QualifierEarly  Qualifier = 1 // first third of the year or month
	QualifierMid    Qualifier = 2 // middle third
	QualifierLate   Qualifier = 3 // last third
	QualifierCirca  Qualifier = 4 // about: one year, month or day more on each side
	QualifierBefore Qualifier = 5 // some time before the stated date
	QualifierAfter  Qualifier = 6 // some time after the stated date
)

// String returns "none", "early", "mid", "late", "circa", "before" or "after".
func (q Qualifier) String() string {
	return C.GoString(C.capartner_qualifier_name(C.capartner_qualifier(q)))
}

// Date is a possibly partial date: "2013", "2013-12", "2013-12-05", "early
// 2014", "before 2016-02-22", or unknown (the zero Date).
//
// Month is 0 unless Precision is at least PrecisionMonth; Day is 0 unless
// Precision is PrecisionDay. Each date stands for an interval of days
// [Earliest, Latest]: "2014" is 2014-01-01..2014-12-31, "mid 2014" is
// May–August, "before X" ends the day before X begins.
type Date struct {
	Year      int        // 1..9999, 0 when unknown
	Month     time.Month // 1..12, or 0
	Day       int        // 1..31, or 0
	Precision Precision
	Qualifier Qualifier
}

// ParseDate parses "2013", "2013-12" or "2013-12-05", optionally preceded by
// "early ", "mid ", "late ", "circa ", "before " or "after ", or "unknown".
// Calendar validity is checked ("2014-02-30" is refused with ErrInvalidDate).
func ParseDate(text string) (Date, error) {
	ctext, err := cString(text, "ParseDate")
	if err != nil {
		return Date{}, err
	}
	defer free(ctext)
	var out C.capartner_date
	if err := check(C.capartner_date_parse(ctext, &out), "ParseDate",
		strconv.Quote(text)); err != nil {
		return Date{}, err
	}
	return goDate(out), nil
}

// DateOf returns the day of t (in t's location) as a Date of day precision.
func DateOf(t time.Time) Date {
	return Date{Year: t.Year(), Month: t.Month(), Day: t.Day(), Precision: PrecisionDay}
}

func goDate(d C.capartner_date) Date {
	return Date{
		Year:      int(d.year),
		Month:     time.Month(d.month),
		Day:       int(d.day),
		Precision: Precision(d.precision),
		Qualifier: Qualifier(d.qualifier),
	}
}

// cDate converts for C; ok is false when a field does not fit the C struct
// (so the value is certainly invalid).
func (d Date) cDate() (out C.capartner_date, ok bool) {
	if d.Year < 0 || d.Year > 9999 || d.Month < 0 || d.Month > 12 || d.Day < 0 || d.Day > 31 {
		return out, false
	}
	out.year = C.int16_t(d.Year)
	out.month = C.uint8_t(d.Month)
	out.day = C.uint8_t(d.Day)
	out.precision = C.uint8_t(d.Precision)
	out.qualifier = C.uint8_t(d.Qualifier)
	return out, true
}

func (d Date) fields() string {
	return fmt.Sprintf("year %d, month %d, day %d, precision %d, qualifier %d",
		d.Year, int(d.Month), d.Day, d.Precision, d.Qualifier)
}

func (d Date) invalid(op string) error {
	return &Error{Op: op, Arg: d.fields(), Status: StatusInvalidDate}
}

// Format returns the text form ("early 2014", "2013-12", "unknown"), or an
// error matching ErrInvalidDate for an invalid Date.
func (d Date) Format() (string, error) {
	c, ok := d.cDate()
	if !ok {
		return "", d.invalid("Date.Format")
	}
	var buffer [C.CAPARTNER_DATE_TEXT_BYTES]C.char
	status := C.capartner_date_format(c, &buffer[0], C.size_t(len(buffer)))
	if status != C.CAPARTNER_OK {
		return "", &Error{Op: "Date.Format", Arg: d.fields(), Status: Status(status)}
	}
	return C.GoString((*C.char)(unsafe.Pointer(&buffer[0]))), nil
}

// String returns the text form, e.g. "early 2014"; for an invalid Date it
// returns a description starting with "invalid date".
func (d Date) String() string {
	text, err := d.Format()
	if err != nil {
		return "invalid date (" + d.fields() + ")"
	}
	return text
}

// Validate returns nil for a valid Date, else an error matching ErrInvalidDate.
func (d Date) Validate() error {
	_, err := d.Format()
	return err
}

// IsKnown reports whether the date is not the unknown date.
func (d Date) IsKnown() bool { return d.Precision != PrecisionUnknown }

const (
	openEarliest = 0
	openLatest   = 99991231
)

// Bounds returns the interval the date stands for as yyyymmdd integers
// (capartner_date_bounds); open ends are 0 and 99991231.
func (d Date) Bounds() (earliest, latest int, err error) {
	c, ok := d.cDate()
	if !ok {
		return 0, 0, d.invalid("Date.Bounds")
	}
	var first, last C.int32_t
	if err := check(C.capartner_date_bounds(c, &first, &last), "Date.Bounds",
		""); err != nil {
		return 0, 0, err
	}
	return int(first), int(last), nil
}

func dayTime(yyyymmdd int) time.Time {
	return time.Date(yyyymmdd/10000, time.Month(yyyymmdd/100%100), yyyymmdd%100, 0, 0, 0, 0,
		time.UTC)
}

// Earliest returns the first day the date may mean, at midnight UTC, or the
// zero time.Time when the start is open (unknown dates, "before X") or the
// Date is invalid.
func (d Date) Earliest() time.Time {
	first, _, err := d.Bounds()
	if err != nil || first == openEarliest {
		return time.Time{}
	}
	return dayTime(first)
}

// Latest returns the last day the date may mean, at midnight UTC, or the zero
// time.Time when the end is open (unknown dates, "after X") or the Date is
// invalid.
func (d Date) Latest() time.Time {
	_, last, err := d.Bounds()
	if err != nil || (last == openLatest && (!d.IsKnown() || d.Qualifier == QualifierAfter)) {
		return time.Time{}
	}
	return dayTime(last)
}

// Time returns the earliest day as a time.Time (midnight UTC): "mid 2014" is
// 2014-05-01. It is the zero time.Time when the start is open; check IsZero.
func (d Date) Time() time.Time { return d.Earliest() }

// Compare orders dates as the timeline does (capartner_date_compare): by
// earliest day, the wider interval first ("2014" before "2014-01"), then the
// qualifier; unknown dates last. It returns -1, 0 or +1.
func (d Date) Compare(other Date) int {
	a, _ := d.cDate()
	b, _ := other.cDate()
	switch result := C.capartner_date_compare(a, b); {
	case result < 0:
		return -1
	case result > 0:
		return 1
	}
	return 0
}

// MarshalText implements encoding.TextMarshaler with the text form.
func (d Date) MarshalText() ([]byte, error) {
	text, err := d.Format()
	return []byte(text), err
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseDate.
func (d *Date) UnmarshalText(text []byte) error {
	parsed, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = parsed
	return nil
}
