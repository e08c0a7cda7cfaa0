package capartner

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// headerPath finds include/capartner.h: CAPARTNER_HEADER, else the source tree.
func headerPath() string {
	if path := os.Getenv("CAPARTNER_HEADER"); path != "" {
		return path
	}
	return filepath.Join("..", "..", "include", "capartner.h")
}

// TestEveryFunctionIsWrapped checks that each function the public header
// declares is called from the package's (non-test) Go code. The other tests
// call every exported function and method of the package.
func TestEveryFunctionIsWrapped(t *testing.T) {
	header, err := os.ReadFile(headerPath())
	if err != nil {
		t.Skipf("public header not found (set CAPARTNER_HEADER): %v", err)
	}
	text := regexp.MustCompile(`(?s)/\*.*?\*/`).ReplaceAllString(string(header), "")
	declared := map[string]bool{}
	for _, m := range regexp.MustCompile(`CAPARTNER_API\b[^;(]*?\b(capartner_[a-z0-9_]+)\s*\(`).
		FindAllStringSubmatch(text, -1) {
		declared[m[1]] = true
	}
	if len(declared) < 100 {
		t.Fatalf("only %d functions found in %s", len(declared), headerPath())
	}
	sources, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	called := map[string]bool{}
	for _, source := range sources {
		if strings.HasSuffix(source, "_test.go") {
			continue
		}
		code, err := os.ReadFile(source)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range regexp.MustCompile(`C\.(capartner_[a-z0-9_]+)\(`).FindAllStringSubmatch(string(code), -1) {
			called[m[1]] = true
		}
	}
	var missing []string
	for name := range declared {
		if !called[name] {
			missing = append(missing, name)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("not wrapped: %v", missing)
	}
	t.Logf("%d functions declared, all wrapped", len(declared))
}
