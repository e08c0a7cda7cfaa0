//go:build !capartner_static

package capartner

// Links the shared library found through pkg-config (capartner.pc). Point
// PKG_CONFIG_PATH at <prefix>/lib/pkgconfig, or at <build>/uninstalled to use a
// build tree; at run time the loader must find libcapartner.so.0 (an installed
// library, or LD_LIBRARY_PATH=<build>).

// #cgo pkg-config: capartner
import "C"
