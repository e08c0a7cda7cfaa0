# Debian packages, made by CPack from the install components:
#
#   cmake -S . -B build-deb -DCMAKE_INSTALL_PREFIX=/usr -DCMAKE_BUILD_TYPE=Release
#   cmake --build build-deb --target package
#
# libcapartner<SOVERSION>  the shared library                  (component runtime)
# libcapartner-dev         header, static library, .pc, CMake   (component dev)
# capartner                the command, its man page, completions (component cli)
# python3-capartner        the Python binding                     (component python)
#
# Packages are meant for a build with CMAKE_INSTALL_PREFIX=/usr: the library
# directory (multiarch on Debian) is fixed when CMake configures.

set(capartner_deb_version "${PROJECT_VERSION}-1")
# A package for each component that something installs; every install() rule
# must name one of these components.
set(capartner_deb_components runtime dev cli python)
get_cmake_property(capartner_installed_components COMPONENTS)
foreach(component IN LISTS capartner_installed_components)
  if(NOT component IN_LIST capartner_deb_components)
    message(FATAL_ERROR "capartner: an install() rule has the component '${component}'; "
      "name one of: ${capartner_deb_components}")
  endif()
endforeach()
set(capartner_runtime_package "libcapartner${CAPARTNER_SOVERSION}")
set(capartner_deb_maintainer
  "libcapartner maintainers <maintainers@users.noreply.r-seed-1f65933f.example>")

# Every package carries its copyright file and a Debian changelog entry
# (Debian policy 12.5 and 12.7; lintian refuses packages without them).
string(TIMESTAMP capartner_deb_date "%a, %d %b %Y %H:%M:%S +0000" UTC)
# The copyright file in Debian's machine-readable form, the licence text taken
# from LICENSE (paragraphs indented, blank lines as " .").
file(READ LICENSE capartner_license)
string(REGEX MATCH "Copyright \\(c\\) [^\n]*" capartner_copyright_line "${capartner_license}")
string(REGEX REPLACE "^Copyright \\(c\\) " "" capartner_copyright_holder "${capartner_copyright_line}")
string(REGEX REPLACE "^[^\n]*\n\n[^\n]*\n\n" "" capartner_license_body "${capartner_license}")
string(REGEX REPLACE "\n+$" "" capartner_license_body "${capartner_license_body}")
string(REGEX REPLACE "\n\n" "\n.\n" capartner_license_body "${capartner_license_body}")
string(REGEX REPLACE "\n" "\n " capartner_license_body " ${capartner_license_body}")
configure_file(cmake/debian/copyright.in "${CMAKE_CURRENT_BINARY_DIR}/debian/copyright" @ONLY)
foreach(component IN LISTS capartner_installed_components)
  if(component STREQUAL "runtime")
    set(package ${capartner_runtime_package})
  elseif(component STREQUAL "dev")
    set(package libcapartner-dev)
  elseif(component STREQUAL "cli")
    set(package capartner)
  else()
    set(package python3-capartner)
  endif()
  set(docdir "${CMAKE_INSTALL_DATAROOTDIR}/doc/${package}")
  install(FILES "${CMAKE_CURRENT_BINARY_DIR}/debian/copyright" DESTINATION "${docdir}" COMPONENT ${component})
  set(changelog_text "${CMAKE_CURRENT_BINARY_DIR}/debian/${package}/changelog.Debian")
  configure_file(cmake/debian/changelog.in "${changelog_text}" @ONLY)
  set(changelog "${changelog_text}.gz")
  add_custom_command(OUTPUT "${changelog}"
    COMMAND sh -c "gzip -9n < \"$1\" > \"$2\"" sh "${changelog_text}" "${changelog}"
    DEPENDS "${changelog_text}"
    VERBATIM)
  list(APPEND capartner_deb_changelogs "${changelog}")
  install(FILES "${changelog}" DESTINATION "${docdir}" COMPONENT ${component})
endforeach()
add_custom_target(capartner-debian-changelogs ALL DEPENDS ${capartner_deb_changelogs})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME libcapartner)
set(CPACK_PACKAGE_VENDOR "The libcapartner authors")
set(CPACK_PACKAGE_CONTACT "${capartner_deb_maintainer}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
# Each package's summary is the first line of its own description below.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX "${CMAKE_INSTALL_PREFIX}")
# Staged through DESTDIR, so what is written at install time (the Python
# package's _paths.py) names the installed paths, not the staging directory.
set(CPACK_SET_DESTDIR ON)
set(CPACK_COMPONENTS_ALL ${capartner_installed_components})
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${capartner_deb_maintainer}")
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps finds libc; the packages' own library, not installed while the
# packages are made, is found in the build tree and named by hand below.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS "${CMAKE_CURRENT_BINARY_DIR}")
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS_POLICY ">=")

set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME ${capartner_runtime_package})
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SECTION libs)
# The loader's cache is refreshed by dpkg's ldconfig trigger (Debian policy 8.1.1).
file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/debian/triggers" "activate-noawait ldconfig\n")
set(CPACK_DEBIAN_RUNTIME_PACKAGE_CONTROL_EXTRA "${CMAKE_CURRENT_BINARY_DIR}/debian/triggers")
set(CPACK_DEBIAN_RUNTIME_DESCRIPTION "NATO's partnerships with the Central Asian states, as a C library
libcapartner compiles a curated, cited dataset on NATO's partnerships with
Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan into static
tables, with lookups by code and by name in any language, participations
with three-valued answers in time, and the timeline of events.

This package holds the shared library.")

set(CPACK_DEBIAN_DEV_PACKAGE_NAME libcapartner-dev)
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION libdevel)
set(CPACK_DEBIAN_DEV_PACKAGE_DEPENDS "${capartner_runtime_package} (= ${capartner_deb_version})")
set(CPACK_DEBIAN_DEV_DESCRIPTION "NATO's partnerships with the Central Asian states - development files
libcapartner compiles a curated, cited dataset on NATO's partnerships with
the five Central Asian states into static tables behind a stable C API.

This package holds the header, the static library, the pkg-config files,
the CMake package and the reference manual pages.")

set(CPACK_DEBIAN_CLI_PACKAGE_NAME capartner)
set(CPACK_DEBIAN_CLI_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_CLI_PACKAGE_DEPENDS "${capartner_runtime_package} (>= ${capartner_deb_version})")
set(CPACK_DEBIAN_CLI_DESCRIPTION "NATO's partnerships with the Central Asian states - command
The capartner command answers lookups, participations and timeline queries
on libcapartner's dataset at the terminal, and exports the whole dataset as
JSON, CSV, TSV, SQL, an SVG timeline or an offline HTML explorer.")

set(CPACK_DEBIAN_PYTHON_PACKAGE_NAME python3-capartner)
set(CPACK_DEBIAN_PYTHON_PACKAGE_SECTION python)
set(CPACK_DEBIAN_PYTHON_PACKAGE_DEPENDS
  "python3:any, ${capartner_runtime_package} (= ${capartner_deb_version})")
set(CPACK_DEBIAN_PYTHON_DESCRIPTION "NATO's partnerships with the Central Asian states - Python 3
The Python binding of libcapartner (ctypes, standard library only):
countries, bodies, places, participations and the timeline as immutable
Python objects.")

include(CPack)
