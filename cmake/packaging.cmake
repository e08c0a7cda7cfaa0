# pkg-config files and the CMake package, both relocatable: every path is
# derived from where the file itself is installed.

# prefix= is the relative path from the .pc directory up to the install
# prefix, after ${pcfiledir}. An absolute CMAKE_INSTALL_LIBDIR or
# CMAKE_INSTALL_INCLUDEDIR cannot move with the prefix: then the .pc files
# name absolute paths (and are not relocatable, as the CMake package is not).
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}" OR IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(capartner_pc_prefix "${CMAKE_INSTALL_PREFIX}")
  set(capartner_pc_libdir "${CMAKE_INSTALL_FULL_LIBDIR}")
  set(capartner_pc_includedir "${CMAKE_INSTALL_FULL_INCLUDEDIR}")
else()
  file(RELATIVE_PATH capartner_pc_to_prefix
    "/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/prefix")
  string(REGEX REPLACE "/$" "" capartner_pc_to_prefix "${capartner_pc_to_prefix}")
  set(capartner_pc_prefix "\${pcfiledir}/${capartner_pc_to_prefix}")
  set(capartner_pc_libdir "\${prefix}/${CMAKE_INSTALL_LIBDIR}")
  set(capartner_pc_includedir "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()

# A static library built for coverage needs gcov's runtime in the program.
set(capartner_pc_static_libs "")
if(CAPARTNER_COVERAGE)
  set(capartner_pc_static_libs " -lgcov")
endif()
foreach(variant capartner capartner-static)
  configure_file(cmake/${variant}.pc.in "${CMAKE_CURRENT_BINARY_DIR}/${variant}.pc" @ONLY)
  install(FILES "${CMAKE_CURRENT_BINARY_DIR}/${variant}.pc"
    DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig COMPONENT dev)
endforeach()

# Uninstalled .pc files, for using the build tree without installing
# (the bindings' tests use these).
configure_file(cmake/capartner-uninstalled.pc.in
  "${CMAKE_CURRENT_BINARY_DIR}/uninstalled/capartner.pc" @ONLY)

include(CMakePackageConfigHelpers)
set(capartner_cmake_dir ${CMAKE_INSTALL_LIBDIR}/cmake/capartner)
install(EXPORT capartnerTargets NAMESPACE capartner:: DESTINATION ${capartner_cmake_dir}
  COMPONENT dev)
configure_package_config_file(cmake/capartnerConfig.cmake.in
  "${CMAKE_CURRENT_BINARY_DIR}/capartnerConfig.cmake"
  INSTALL_DESTINATION ${capartner_cmake_dir})
write_basic_package_version_file("${CMAKE_CURRENT_BINARY_DIR}/capartnerConfigVersion.cmake"
  COMPATIBILITY SameMajorVersion)
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/capartnerConfig.cmake"
  "${CMAKE_CURRENT_BINARY_DIR}/capartnerConfigVersion.cmake"
  DESTINATION ${capartner_cmake_dir} COMPONENT dev)
