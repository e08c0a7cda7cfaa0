module libcapartner/examples

go 1.19

require libcapartner/capartner v0.0.0

// The binding is used from the source tree: no module proxy is involved.
replace libcapartner/capartner => ../../bindings/go
