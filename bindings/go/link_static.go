//go:build capartner_static

package capartner

// With -tags capartner_static the static archive is linked into the Go binary
// (capartner-static.pc): the result does not need libcapartner.so at run time.

// #cgo pkg-config: --static capartner-static
import "C"
