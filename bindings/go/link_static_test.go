//go:build capartner_static

package capartner_test

import (
	"os"
	"runtime"
	"strings"
	"testing"

	"libcapartner/capartner"
)

// TestLinkedStatically checks that -tags capartner_static put the library into
// the binary: no libcapartner.so is mapped, and the library still works.
func TestLinkedStatically(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reads /proc/self/maps")
	}
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		t.Skip(err)
	}
	if strings.Contains(string(maps), "libcapartner.so") {
		t.Error("libcapartner.so is mapped although the build is static")
	}
	if _, err := capartner.FindCountry("KZ"); err != nil {
		t.Error(err)
	}
}
