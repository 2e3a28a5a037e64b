# Debian packages through CPack (`bash installer/setup.sh package`, or `cpack -G DEB` in the
# build folder), one per install component:
#   hubstate         (Application) hubstate, hubstate-cli, man pages, completion, user units,
#                    the example policy; with the GUI the desktop entries, metadata, MIME type
#                    and icons
#   libhubstate0     (Runtime)     libhubstate.so.0, for the hub's programs
#   libhubstate-dev  (Development) its headers, the CMake package and the pkg-config file
# The programs link the core statically, so `apt install ./hubstate_*.deb` needs neither
# library package. installer/README.md explains what lintian says of them.
include(GNUInstallDirs)

set(HUBSTATE_PACKAGE_MAINTAINER
    "Hubstate maintainers <maintainers@users.noreply.b-seed-4064a0b8.example>"
    CACHE STRING "The Maintainer field of the Debian packages")

# The Debian files every package carries in /usr/share/doc/<package>/: the copyright and, as a
# native package (no Debian revision), its changelog.gz. Only in the packages (EXCLUDE_FROM_ALL:
# a component's installation, never a plain `cmake --install`).
set(debian_changelog ${PROJECT_BINARY_DIR}/debian/changelog.gz)
add_custom_command(OUTPUT ${debian_changelog}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/debian
    COMMAND ${GZIP_EXECUTABLE} -9n -c ${PROJECT_SOURCE_DIR}/installer/debian/changelog > ${debian_changelog}
    DEPENDS ${PROJECT_SOURCE_DIR}/installer/debian/changelog
    COMMENT "Compressing the Debian changelog"
    VERBATIM)
add_custom_target(hubstate_debian_changelog ALL DEPENDS ${debian_changelog})
set(package_components Application Runtime Development)
set(package_names hubstate libhubstate0 libhubstate-dev)
foreach(component package IN ZIP_LISTS package_components package_names)
    install(FILES ${PROJECT_SOURCE_DIR}/installer/debian/copyright ${debian_changelog}
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/${package}
        COMPONENT ${component} EXCLUDE_FROM_ALL)
endforeach()

set(CPACK_PACKAGE_NAME hubstate)
set(CPACK_PACKAGE_VENDOR "The Hubstate maintainers")
set(CPACK_PACKAGE_CONTACT "${HUBSTATE_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# Empty: CPack would put it in front of every package's own description (below), which starts
# with that package's synopsis.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_GENERATOR DEB)
# Debian's places (/usr, the multiarch library folder), whatever the build's own prefix.
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL Application Runtime Development)
set(CPACK_COMPONENT_DEVELOPMENT_DEPENDS Runtime)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SOURCE hubstate)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${HUBSTATE_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Dependencies on shared libraries come from dpkg-shlibdeps; what a program opens at run time
# (Qt's SQLite driver is a plugin) is named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_APPLICATION_PACKAGE_NAME hubstate)
set(CPACK_DEBIAN_APPLICATION_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_APPLICATION_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Secrets need a Secret Service on the session bus (GNOME Keyring, or KWallet's daemon).
set(CPACK_DEBIAN_APPLICATION_PACKAGE_RECOMMENDS "gnome-keyring | libkf5wallet-bin")
set(CPACK_DEBIAN_APPLICATION_DESCRIPTION
"settings and state manager of the orchestrator hub
Hubstate keeps everything the orchestrator hub remembers: preferences under
environment templates and an administrator's policy, pane layouts, agent
configurations, conversation history with full-text search, the connection
log and metrics, and secrets in the system keychain.
.
It backs all of that up, compressed and encrypted, to a folder or a WebDAV
server, verifies every backup, restores all of one or chosen parts after
showing what will change, and syncs settings and layouts between devices.
.
This package holds the window (hubstate), the command-line twin for SSH and
cron (hubstate-cli), their man pages, bash and zsh completion, and systemd
user timers for scheduled backups and sync.")

set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME libhubstate0)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SECTION libs)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# A shlibs file, so that programs built against the library depend on libhubstate0 (>= this
# version), and the ldconfig trigger that updates ld.so's cache (CPack's own postinst also
# calls ldconfig: installer/README.md).
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS_POLICY ">=")
set(CPACK_DEBIAN_RUNTIME_PACKAGE_CONTROL_EXTRA ${PROJECT_SOURCE_DIR}/installer/debian/libhubstate0/triggers)
set(CPACK_DEBIAN_RUNTIME_DESCRIPTION
"settings and state of the orchestrator hub (shared library)
libhubstate gives the programs of the orchestrator hub their settings,
layouts, agents, history and secrets as Hubstate keeps them, and tells them of
every change another program makes, as it happens.
.
This package holds the shared library.")

set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_NAME libhubstate-dev)
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_SECTION libdevel)
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_DEPENDS "qt6-base-dev")
set(CPACK_DEBIAN_DEVELOPMENT_DESCRIPTION
"settings and state of the orchestrator hub (development files)
libhubstate gives the programs of the orchestrator hub their settings,
layouts, agents, history and secrets as Hubstate keeps them, and tells them of
every change another program makes, as it happens.
.
This package holds the headers, the CMake package (find_package(Hubstate))
and the pkg-config file.")

include(CPack)
