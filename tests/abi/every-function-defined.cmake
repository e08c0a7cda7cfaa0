# Every public function is defined under its own name in lib/, not made by a
# macro, so that `grep -n 'NAME(' lib/` finds its definition: a line of a
# lib/*.c file that starts in column 0 and names the function before its
# parameters.
#
#   cmake -DFUNCTIONS=public-functions.txt -DLIB_DIR=lib -P every-function-defined.cmake
file(STRINGS "${FUNCTIONS}" names)
file(GLOB sources "${LIB_DIR}/*.c")
set(lines "")
foreach(source ${sources})
  file(STRINGS "${source}" source_lines REGEX "^[A-Za-z_].*\\(")
  list(APPEND lines ${source_lines})
endforeach()
set(missing "")
foreach(name ${names})
  set(found ${lines})
  list(FILTER found INCLUDE REGEX "(^|[ *])${name}\\(")
  if(NOT found)
    list(APPEND missing ${name})
  endif()
endforeach()
list(LENGTH names count)
if(count EQUAL 0 OR missing)
  message(FATAL_ERROR "of ${count} public functions, these have no definition under their "
                      "own name in ${LIB_DIR} (grep -n 'NAME(' finds none): ${missing}")
endif()
message(STATUS "${count} public functions, each defined under its own name in ${LIB_DIR}")
