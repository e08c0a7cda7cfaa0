# Writes the names of the public functions, one a line in byte order, to
# OUTPUT: every CAPARTNER_API declaration of HEADER, read by
# header-functions.awk (with AWK). The one list the ABI export check and the
# Python and Go binding checks compare against.
#
#   cmake -DAWK=awk -DHEADER=include/capartner.h -DOUTPUT=public-functions.txt
#         -P tests/abi/public-functions.cmake
foreach(variable AWK HEADER OUTPUT)
  if(NOT DEFINED ${variable})
    message(FATAL_ERROR "public-functions.cmake: -D${variable}= is missing")
  endif()
endforeach()
execute_process(
  COMMAND "${AWK}" -f "${CMAKE_CURRENT_LIST_DIR}/header-functions.awk" "${HEADER}"
  OUTPUT_VARIABLE names ERROR_VARIABLE errors RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "public-functions.cmake: cannot read every declaration of ${HEADER}:\n${errors}")
endif()
string(REGEX REPLACE "\n$" "" names "${names}")
string(REPLACE "\n" ";" names "${names}")
list(SORT names)
list(LENGTH names count)
if(count LESS 1)
  message(FATAL_ERROR "public-functions.cmake: no CAPARTNER_API declaration in ${HEADER}")
endif()
string(REPLACE ";" "\n" text "${names}")
file(WRITE "${OUTPUT}.new" "${text}\n")
file(RENAME "${OUTPUT}.new" "${OUTPUT}")
