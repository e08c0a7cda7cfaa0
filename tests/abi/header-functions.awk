# Prints the name of every function include/capartner.h declares with
# CAPARTNER_API, one a line. Comments and preprocessor lines (with their
# continuation lines) are dropped first; then each declaration, which ends at
# ';', is cut at its first '(' and the last identifier before it is the name.
# A CAPARTNER_API declaration without '(' (an exported variable) is reported
# on stderr and makes the exit status 1: the API has no exported data.

function strip_comments(line,    out, p, q) {
    out = ""
    while (line != "") {
        if (in_comment) {
            p = index(line, "*/")
            if (p == 0)
                return out
            line = substr(line, p + 2)
            in_comment = 0
            out = out " "
            continue
        }
        p = index(line, "/*")
        q = index(line, "//")
        if (q > 0 && (p == 0 || q < p))
            return out substr(line, 1, q - 1)
        if (p == 0)
            return out line
        out = out substr(line, 1, p - 1)
        line = substr(line, p + 2)
        in_comment = 1
    }
    return out
}

{
    line = strip_comments($0)
    if (in_directive) {
        in_directive = (line ~ /\\[ \t]*$/)
        next
    }
    if (line ~ /^[ \t]*#/) {
        in_directive = (line ~ /\\[ \t]*$/)
        next
    }
    text = text " " line
}

END {
    status = 0
    n = split(text, declarations, ";")
    for (i = 1; i <= n; i++) {
        d = declarations[i]
        if (d !~ /(^|[^A-Za-z0-9_])CAPARTNER_API[ \t]/)
            continue
        sub(/.*CAPARTNER_API[ \t]+/, "", d)
        p = index(d, "(")
        if (p == 0) {
            gsub(/[ \t]+/, " ", d)
            print "header-functions: not a function declaration: CAPARTNER_API " d > "/dev/stderr"
            status = 1
            continue
        }
        d = substr(d, 1, p - 1)
        sub(/[ \t]+$/, "", d)
        if (!match(d, /[A-Za-z_][A-Za-z0-9_]*$/)) {
            print "header-functions: cannot find the name in: " d > "/dev/stderr"
            status = 1
            continue
        }
        print substr(d, RSTART, RLENGTH)
    }
    exit status
}
