package capartner

import "testing"

// The constants are literal (go doc shows their values); each must equal the C
// constant it copies.
func TestConstantsEqualC(t *testing.T) {
	pairs := constantPairs()
	if len(pairs) < 80 {
		t.Fatalf("%d constants checked", len(pairs))
	}
	for _, p := range pairs {
		if p.goValue != p.cValue {
			t.Errorf("%s = %d, the C constant is %d", p.name, p.goValue, p.cValue)
		}
	}
}
