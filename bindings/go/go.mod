module libcapartner/capartner

go 1.19
