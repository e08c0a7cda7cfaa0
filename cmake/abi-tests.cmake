# ABI-stability and install tests (docs/api-stability.md). Included from the
# top-level CMakeLists.txt under BUILD_TESTING.
#
# label "abi"
#   abi-header    capartner.h compiles alone as C99/C11/C17 (gcc, clang) and
#                 C++98/11/20 (g++, clang++) under -Wall -Wextra -Wpedantic
#                 -Werror; each program links to the shared library and runs
#   abi-exports   the shared library exports exactly the header's functions,
#                 the version script lists exactly those, SONAME, static
#                 library complete and namespaced
#   abi-baseline  abidiff against tests/abi/libcapartner.abi and the header's
#                 constants against tests/abi/constants.txt: any change fails
# label "install"
#   install-layout, install-pkgconfig, install-pkgconfig-static,
#   install-cmake  cmake --install into a temporary prefix, consumers built
#                 outside the tree, run and checked; then the prefix is moved
#                 and everything is done again
#
# Not "unit": tools/check runs label unit under the sanitizers, and these
# tests install, compile and run other programs.
#
# Every tool they need (gcc, clang, g++, clang++, pkg-config, abidw, abidiff,
# nm, readelf) is required: a missing one fails its test, it is never skipped.
# tools/install-deps installs them all.

if(NOT CMAKE_SYSTEM_NAME STREQUAL "Linux")
  message(STATUS "capartner: the ABI and install tests need Linux (ELF, nm, libabigail); not added")
  return()
endif()

if(CAPARTNER_SANITIZE)
  # A sanitized libcapartner.so cannot be loaded by the uninstrumented
  # programs these tests build; tools/check runs only label unit there.
  message(STATUS "capartner: the ABI and install tests are not added to a sanitizer build")
  return()
endif()

find_program(CAPARTNER_PKG_CONFIG_EXECUTABLE NAMES pkg-config pkgconf)
if(NOT CAPARTNER_PKG_CONFIG_EXECUTABLE)
  # The install tests then fail and say why.
  set(CAPARTNER_PKG_CONFIG_EXECUTABLE pkg-config)
endif()

set(capartner_abi_dir "${CMAKE_CURRENT_SOURCE_DIR}/tests/abi")
set(capartner_install_dir "${CMAKE_CURRENT_SOURCE_DIR}/tests/install")
set(capartner_abi_work "${CMAKE_CURRENT_BINARY_DIR}/abi-tests")

add_test(NAME abi-header
  COMMAND sh "${capartner_abi_dir}/header-test.sh"
    "${CMAKE_CURRENT_SOURCE_DIR}" "$<TARGET_FILE:capartner>" "${capartner_abi_work}/header")

add_test(NAME abi-exports
  COMMAND sh "${capartner_abi_dir}/check-exports.sh"
    "${CMAKE_CURRENT_SOURCE_DIR}" "$<TARGET_FILE:capartner>" "$<TARGET_FILE:capartner_static>"
    "${CAPARTNER_SOVERSION}" "${capartner_abi_work}/exports")

add_test(NAME abi-baseline
  COMMAND sh "${capartner_abi_dir}/check-abi.sh"
    "${CMAKE_CURRENT_SOURCE_DIR}" "$<TARGET_FILE:capartner>" "${capartner_abi_work}/baseline")
set_tests_properties(abi-header abi-exports abi-baseline PROPERTIES
  LABELS "abi"
  ENVIRONMENT "CC=${CMAKE_C_COMPILER}")
# check-abi.sh exits 77 when the library has no debug info (Release)
set_tests_properties(abi-baseline PROPERTIES SKIP_RETURN_CODE 77)

foreach(mode IN ITEMS layout pkgconfig pkgconfig-static cmake)
  add_test(NAME install-${mode} COMMAND sh "${capartner_install_dir}/run.sh" ${mode})
  set_tests_properties(install-${mode} PROPERTIES
    LABELS "install"
    TIMEOUT 300
    ENVIRONMENT "CAPARTNER_SOURCE_DIR=${CMAKE_CURRENT_SOURCE_DIR};CAPARTNER_BUILD_DIR=${CMAKE_CURRENT_BINARY_DIR};CAPARTNER_WORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/install-tests;CAPARTNER_CMAKE=${CMAKE_COMMAND};CAPARTNER_CC=${CMAKE_C_COMPILER};CAPARTNER_PKG_CONFIG=${CAPARTNER_PKG_CONFIG_EXECUTABLE};CAPARTNER_LIBDIR=${CMAKE_INSTALL_LIBDIR};CAPARTNER_INCLUDEDIR=${CMAKE_INSTALL_INCLUDEDIR};CAPARTNER_VERSION=${PROJECT_VERSION};CAPARTNER_SOVERSION=${CAPARTNER_SOVERSION};CAPARTNER_DATA_DIR=${CAPARTNER_DATA_DIR}")
endforeach()
