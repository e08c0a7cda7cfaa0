#!/bin/sh
# Prints the compile-time constants of the public header, sorted: every
# #define CAPARTNER_* as the preprocessor sees it, except the version macros
# (they change with every release and are checked at run time against
# capartner_version()), the include guard and the export macro.
#
#   constants.sh include/capartner.h
set -eu
${CC:-cc} -dM -E -x c "$1" </dev/null |
    grep '^#define CAPARTNER_' |
    grep -v -e '^#define CAPARTNER_VERSION_' -e '^#define CAPARTNER_H ' -e '^#define CAPARTNER_API ' |
    LC_ALL=C sort
