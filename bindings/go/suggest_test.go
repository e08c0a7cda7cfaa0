package capartner_test

import (
	"errors"
	"testing"

	"libcapartner/capartner"
)

func TestSuggest(t *testing.T) {
	got, err := capartner.Suggest("Kirgizstan", 3)
	if err != nil || len(got) == 0 {
		t.Fatalf("Suggest(Kirgizstan) = %v, %v", got, err)
	}
	country, ok := got[0].Record.(capartner.Country)
	if !ok || country.Alpha2() != "KG" || got[0].Key != "Kyrgyzstan" || got[0].Distance != 2 {
		t.Errorf("Suggest(Kirgizstan)[0] = %+v, want KG by Kyrgyzstan at distance 2", got[0])
	}
	if none, err := capartner.Suggest("zzzzzzzzzzzz", 3); err != nil || len(none) != 0 {
		t.Errorf("Suggest(zzzzzzzzzzzz) = %v, %v; want nothing", none, err)
	}
	if _, err := capartner.Suggest("", 3); !errors.Is(err, capartner.ErrInvalidInput) {
		t.Errorf("Suggest(\"\") error = %v, want ErrInvalidInput", err)
	}
}

// A key that finds nothing says "did you mean" with the nearest records of the
// same table, as the Python binding's NotFoundError does.
func TestNotFoundSuggestsTheNearestNames(t *testing.T) {
	for _, c := range []struct {
		find func(string) error
		key  string
		want string
	}{
		{func(k string) error { _, err := capartner.FindCountry(k); return err }, "Kirgizstan",
			`capartner: FindCountry("Kirgizstan"): no record has this key; did you mean "Kyrgyzstan"?`},
		{func(k string) error { _, err := capartner.FindBody(k); return err }, "Parnership for Peace",
			`capartner: FindBody("Parnership for Peace"): no record has this key; did you mean "Partnership for Peace"?`},
		{func(k string) error { _, err := capartner.FindCountry(k); return err }, "Atlantis",
			`capartner: FindCountry("Atlantis"): no record has this key`},
	} {
		err := c.find(c.key)
		if !errors.Is(err, capartner.ErrNotFound) || err.Error() != c.want {
			t.Errorf("%s: error %v, want %s", c.key, err, c.want)
		}
	}
	// a country's suggestions are countries only, and an invalid key has none
	var e *capartner.Error
	if _, err := capartner.FindArea("Kirgizstan"); !errors.As(err, &e) || len(e.Suggestions) != 0 {
		t.Errorf("FindArea(Kirgizstan) = %v, want no suggestion of another table", err)
	}
	if _, err := capartner.FindCountry(""); !errors.As(err, &e) || len(e.Suggestions) != 0 {
		t.Errorf("FindCountry(\"\") = %v, want no suggestion", err)
	}
}
