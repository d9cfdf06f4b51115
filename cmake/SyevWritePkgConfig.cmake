# SyevWritePkgConfig.cmake — run at install time (see SyevInstall.cmake).
#
# In:  SYEV_PC_TEMPLATE, SYEV_PC_WORKDIR, SYEV_PC_VERSION, SYEV_PC_LIBDIR and
#      SYEV_PC_INCLUDEDIR (relative to the prefix, or absolute), plus the
#      install-time CMAKE_INSTALL_PREFIX and $ENV{DESTDIR}.
# Out: <libdir>/pkgconfig/syriaevents.pc with that prefix.

set(SYEV_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")

foreach(_dir LIBDIR INCLUDEDIR)
  if(IS_ABSOLUTE "${SYEV_PC_${_dir}}")
    set(SYEV_PC_${_dir}_VALUE "${SYEV_PC_${_dir}}")
  else()
    set(SYEV_PC_${_dir}_VALUE "\${prefix}/${SYEV_PC_${_dir}}")
  endif()
endforeach()

if(IS_ABSOLUTE "${SYEV_PC_LIBDIR}")
  set(_syev_pc_dest "${SYEV_PC_LIBDIR}/pkgconfig")
else()
  set(_syev_pc_dest "${CMAKE_INSTALL_PREFIX}/${SYEV_PC_LIBDIR}/pkgconfig")
endif()

# One work file per destination: two installs may run at once (the install
# and package tests), each with its own prefix.
string(MD5 _syev_pc_key "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
set(_syev_pc_file "${SYEV_PC_WORKDIR}/${_syev_pc_key}/syriaevents.pc")
configure_file("${SYEV_PC_TEMPLATE}" "${_syev_pc_file}" @ONLY)

# file(INSTALL) honours DESTDIR and records the file in install_manifest.txt.
file(INSTALL DESTINATION "${_syev_pc_dest}" TYPE FILE FILES "${_syev_pc_file}")
