# Every public function that takes an argument is named in bad_input.c
# (called, or passed to one of its CHECK_ macros), so a function added to the
# API gets its bad-input cases with it:
#
#   cmake -DFUNCTIONS=public-functions.txt -DHEADER=capartner.h
#         -DSUITE=bad_input.c -P every-function-has-bad-input.cmake
#
# Functions declared `(void)` take nothing that could be bad.
foreach(variable IN ITEMS FUNCTIONS HEADER SUITE)
  if(NOT DEFINED ${variable})
    message(FATAL_ERROR "every-function-has-bad-input.cmake: -D${variable}=... is required")
  endif()
endforeach()
file(STRINGS "${FUNCTIONS}" functions)
file(READ "${HEADER}" header)
file(READ "${SUITE}" suite)
set(missing "")
foreach(function IN LISTS functions)
  if(header MATCHES "[ *]${function}\\(void\\)")
    continue()
  endif()
  if(NOT suite MATCHES "[^a-z0-9_]${function}[^a-z0-9_]")
    list(APPEND missing ${function})
  endif()
endforeach()
list(LENGTH functions total)
if(total LESS 100)
  message(FATAL_ERROR "only ${total} public functions read from ${FUNCTIONS}")
endif()
if(missing)
  list(JOIN missing "\n  " missing)
  message(FATAL_ERROR "public functions with no bad-input case in ${SUITE}:\n  ${missing}")
endif()
