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
