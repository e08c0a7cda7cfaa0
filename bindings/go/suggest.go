package capartner

/*
#include <capartner.h>
*/
import "C"

import (
	"errors"
	"fmt"
)

// Suggestion is a record whose key is close to one that found nothing.
type Suggestion struct {
	// Record is a Country, Body, Place or Area.
	Record interface{}
	// Key is the record's closest key as the data spells it.
	Key string
	// Distance counts the edits between the folded keys.
	Distance int
}

// Suggest returns up to max records whose keys are nearest to key, best
// first ("did you mean Kyrgyzstan?"): the library's capartner_suggest, which
// compares keys folded as the finds do. An empty result means nothing is close.
func Suggest(key string, max int) ([]Suggestion, error) {
	if max <= 0 {
		return nil, nil
	}
	out := make([]C.capartner_suggestion, max)
	var count C.size_t
	err := withKey(key, "Suggest", func(ckey *C.char) C.capartner_status {
		return C.capartner_suggest(ckey, &out[0], C.size_t(max), &count)
	})
	if err != nil {
		return nil, err
	}
	suggestions := make([]Suggestion, 0, int(count))
	for _, s := range out[:count] {
		index := int(s.index)
		var record interface{}
		switch s._type {
		case C.CAPARTNER_RECORD_COUNTRY:
			record, _ = CountryAt(index)
		case C.CAPARTNER_RECORD_BODY:
			record, _ = BodyAt(index)
		case C.CAPARTNER_RECORD_PLACE:
			record, _ = PlaceAt(index)
		default:
			record, _ = AreaAt(index)
		}
		suggestions = append(suggestions, Suggestion{record, C.GoString(s.key), int(s.distance)})
	}
	return suggestions, nil
}

// withSuggestions adds to the not-found error of a Find function the names of
// the nearest records of its table (those for which sameTable is true), as
// the Python binding's NotFoundError does: one more C call, on the error path
// only. Other errors, and nil, are returned as they are.
func withSuggestions(err error, key string, sameTable func(interface{}) bool) error {
	var e *Error
	if !errors.As(err, &e) || e.Status != StatusNotFound {
		return err
	}
	near, _ := Suggest(key, 3)
	for _, s := range near {
		if sameTable(s.Record) && len(e.Suggestions) < 2 {
			e.Suggestions = append(e.Suggestions, fmt.Sprint(s.Record))
		}
	}
	return err
}
