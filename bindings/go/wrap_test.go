package capartner

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// publicFunctions returns the names of the public functions: the build's
// list (CAPARTNER_PUBLIC_FUNCTIONS, which tests/abi/public-functions.cmake
// writes from include/capartner.h); outside a build, the same script's reader
// (tests/abi/header-functions.awk) run on the source tree's header.
func publicFunctions(t *testing.T) []string {
	var text []byte
	var err error
	if listed := os.Getenv("CAPARTNER_PUBLIC_FUNCTIONS"); listed != "" {
		text, err = os.ReadFile(listed)
	} else {
		source := filepath.Join("..", "..")
		text, err = exec.Command("awk", "-f", filepath.Join(source, "tests", "abi", "header-functions.awk"),
			filepath.Join(source, "include", "capartner.h")).Output()
	}
	if err != nil {
		t.Skipf("no list of public functions (set CAPARTNER_PUBLIC_FUNCTIONS): %v", err)
	}
	return strings.Fields(string(text))
}

// TestEveryFunctionIsWrapped checks that each function the public header
// declares is called from the package's (non-test) Go code. The other tests
// call every exported function and method of the package.
func TestEveryFunctionIsWrapped(t *testing.T) {
	declared := map[string]bool{}
	for _, name := range publicFunctions(t) {
		declared[name] = true
	}
	if len(declared) < 100 {
		t.Fatalf("only %d public functions listed", len(declared))
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
