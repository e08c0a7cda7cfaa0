// Package capartner is the Go binding of libcapartner: NATO's partnerships with
// the Central Asian states (Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan,
// Uzbekistan), compiled into static tables by the C library.
//
// The timeline of one country:
//
//	events, err := capartner.Timeline(capartner.TimelineOptions{Countries: []string{"KZ"}})
//	if err != nil {
//		log.Fatal(err)
//	}
//	for _, e := range events {
//		fmt.Println(e.DateText(), e.Summary())
//	}
//
// # Records
//
// Country, Body, Place, Area, Source, Section, Citation, Name, Participation
// and Event are small values wrapping a pointer into the library's read-only
// tables: copying one is free, they are comparable with == and usable as map
// keys, they never need freeing and never go stale. Their fields are read
// through methods. An optional reference comes back with an ok flag
// (Country.Capital returns (Place, bool)); an absent optional string is "".
//
// # Lookups and errors
//
// FindCountry, FindBody, ... take any key the library knows ("KZ", "KAZ",
// "398", "Kazakhstan", "Казахстан"; "parp", "PfP"). Failures are *Error values
// carrying the library's Status; compare them with errors.Is against
// ErrNotFound (a well-formed key naming nothing), ErrInvalidInput (empty, too
// long, not UTF-8, wrong for the call; ErrInvalidDate and ErrOutOfRange are
// narrower kinds of it) and ErrNoMemory.
//
// # Dates
//
// Date is a possibly partial date (year, month or day precision, with an
// optional qualifier such as "early" or "before"). Each stands for an interval
// of days; Date.Earliest, Date.Latest and Date.Time convert to time.Time.
//
// # Queries
//
// Timeline and Participations return the matching records as slices;
// EachEvent and EachParticipation call a function for each match instead (Go
// 1.19 has no range-over-func). Query is the lower-level reusable walk with a
// Count; close it when done.
//
// # Linking
//
// The package links libcapartner through pkg-config: capartner.pc by default,
// capartner-static.pc with the build tag capartner_static (go build -tags
// capartner_static), which puts the whole library into the Go binary.
package capartner

/*
#include <stdlib.h>
#include <capartner.h>
*/
import "C"

import (
	"errors"
	"strconv"
	"strings"
	"unsafe"
)

// MaxKeyBytes is the longest key the lookups accept, in bytes.
const MaxKeyBytes = 255

// Version returns the version of the C library actually loaded, e.g. "0.2.0".
func Version() string { return C.GoString(C.capartner_version()) }

// VersionNumber returns MAJOR*10000 + MINOR*100 + PATCH of the library loaded.
func VersionNumber() int { return int(C.capartner_version_number()) }

// DataAsOf returns the data's as-of date (ISO 8601): the newest publication
// date among the cited sources.
func DataAsOf() string { return C.GoString(C.capartner_data_as_of()) }

// DataDigest returns the SHA-256 digest (lowercase hex) of the data files the
// library was compiled from.
func DataDigest() string { return C.GoString(C.capartner_data_digest()) }

// Status is capartner_status: the result of a C call that can fail.
type Status int

// The statuses of the C library (append-only: values are never renumbered).
const (
	StatusOK              Status = 0
	StatusNullArgument    Status = 1
	StatusEmptyKey        Status = 2
	StatusKeyTooLong      Status = 3
	StatusInvalidUTF8     Status = 4
	StatusNotFound        Status = 5
	StatusOutOfRange      Status = 6
	StatusInvalidDate     Status = 7
	StatusInvalidArgument Status = 8
	StatusNoMemory        Status = 9
)

// String returns the library's English description (capartner_strerror).
func (s Status) String() string {
	return C.GoString(C.capartner_strerror(C.capartner_status(s)))
}

// Sentinel errors, for errors.Is. Every error the package returns for a failed
// call is an *Error that matches one of them.
var (
	// ErrNotFound: a well-formed key that names no record.
	ErrNotFound = errors.New("capartner: not found")
	// ErrInvalidInput: an argument the library refuses (empty key, key too long,
	// invalid UTF-8, NUL byte, invalid date, out of range, wrong for the call).
	ErrInvalidInput = errors.New("capartner: invalid input")
	// ErrInvalidDate: date text or a Date that is not a valid date. Such errors
	// also match ErrInvalidInput.
	ErrInvalidDate = errors.New("capartner: invalid date")
	// ErrOutOfRange: an index or enum value out of range. Such errors also
	// match ErrInvalidInput.
	ErrOutOfRange = errors.New("capartner: out of range")
	// ErrNoMemory: the library could not allocate a query.
	ErrNoMemory = errors.New("capartner: out of memory")
	// ErrClosed: the Query was closed.
	ErrClosed = errors.New("capartner: query is closed")
)

// Error is a failed call: the C function, the argument at fault (quoted, or
// ""), and the status it returned.
type Error struct {
	Op     string // the C function, e.g. "FindCountry"
	Arg    string // the argument at fault, for messages
	Status Status
	// Suggestions names, for a key FindCountry, FindBody, FindPlace or
	// FindArea did not find, the nearest records of that table (from Suggest;
	// at most two): the message ends "did you mean "Kyrgyzstan"?".
	Suggestions []string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("capartner: ")
	b.WriteString(e.Op)
	if e.Arg != "" {
		b.WriteString("(")
		b.WriteString(e.Arg)
		b.WriteString(")")
	}
	b.WriteString(": ")
	b.WriteString(e.Status.String())
	for i, name := range e.Suggestions {
		if i == 0 {
			b.WriteString("; did you mean ")
		} else {
			b.WriteString(" or ")
		}
		b.WriteString(strconv.Quote(name))
	}
	if len(e.Suggestions) > 0 {
		b.WriteString("?")
	}
	return b.String()
}

// Is reports whether the error matches a sentinel (see ErrNotFound and
// ErrInvalidInput).
func (e *Error) Is(target error) bool {
	switch target {
	case ErrNotFound:
		return e.Status == StatusNotFound
	case ErrInvalidDate:
		return e.Status == StatusInvalidDate
	case ErrOutOfRange:
		return e.Status == StatusOutOfRange
	case ErrNoMemory:
		return e.Status == StatusNoMemory
	case ErrInvalidInput:
		switch e.Status {
		case StatusNullArgument, StatusEmptyKey, StatusKeyTooLong, StatusInvalidUTF8,
			StatusOutOfRange, StatusInvalidDate, StatusInvalidArgument:
			return true
		}
	}
	return false
}

// check turns a status into nil or an *Error.
func check(status C.capartner_status, op string, arg string) error {
	if status == C.CAPARTNER_OK {
		return nil
	}
	return &Error{Op: op, Arg: arg, Status: Status(status)}
}

// cString copies a Go string for C; the caller frees it. A NUL byte, which C
// would silently cut at, is refused.
func cString(s string, op string) (*C.char, error) {
	if strings.IndexByte(s, 0) >= 0 {
		return nil, &Error{Op: op, Arg: strconv.Quote(s), Status: StatusInvalidArgument}
	}
	return C.CString(s), nil
}

func free(p *C.char) { C.free(unsafe.Pointer(p)) }

// withKey calls a lookup taking a key, with a NUL-terminated copy of the key in
// Go memory (it holds no Go pointers, so cgo may pass it): the lookup is the
// only cgo call, where C.CString and C.free would add two.
func withKey(key string, op string, call func(*C.char) C.capartner_status) error {
	if strings.IndexByte(key, 0) >= 0 {
		return &Error{Op: op, Arg: strconv.Quote(key), Status: StatusInvalidArgument}
	}
	buffer := make([]byte, len(key)+1)
	copy(buffer, key)
	if status := call((*C.char)(unsafe.Pointer(&buffer[0]))); status != C.CAPARTNER_OK {
		return &Error{Op: op, Arg: strconv.Quote(key), Status: Status(status)}
	}
	return nil
}
