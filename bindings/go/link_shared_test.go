//go:build !capartner_static

package capartner_test

import (
	"os"
	"runtime"
	"strings"
	"testing"
)

// TestLinkedDynamically checks that the default build uses libcapartner.so.
func TestLinkedDynamically(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reads /proc/self/maps")
	}
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		t.Skip(err)
	}
	if !strings.Contains(string(maps), "libcapartner.so") {
		t.Error("libcapartner.so is not mapped into the test binary")
	}
}
