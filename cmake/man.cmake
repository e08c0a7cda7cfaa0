# capartner_install_man(<page> <component>): installs a manual page compressed
# (gzip -9n: no name or time stamp, so the bytes depend on the page only), as
# Debian policy and lintian require; `man` reads either form. A page that is
# itself made by the build names, as a third argument, the target making it
# (so that its command runs once, before the compression).
function(capartner_install_man page component)
  get_filename_component(name "${page}" NAME)
  string(REGEX MATCH "[0-9]$" section "${name}")
  set(compressed "${CMAKE_CURRENT_BINARY_DIR}/man/${name}.gz")
  add_custom_command(OUTPUT "${compressed}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_CURRENT_BINARY_DIR}/man"
    COMMAND sh -c "gzip -9n < \"$1\" > \"$2\"" sh "${page}" "${compressed}"
    DEPENDS "${page}"
    VERBATIM)
  string(MAKE_C_IDENTIFIER "capartner-man-${name}" target)
  add_custom_target(${target} ALL DEPENDS "${compressed}")
  if(ARGC GREATER 2)
    add_dependencies(${target} ${ARGV2})
  endif()
  install(FILES "${compressed}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man${section}"
    COMPONENT ${component})
endfunction()
