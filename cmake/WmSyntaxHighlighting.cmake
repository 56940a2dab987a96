# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT
#
# Syntax colouring for the desktop app's preview: KSyntaxHighlighting.
#
# Consumers link one target, wm_syntax (only the ui library should):
#   - KF6::SyntaxHighlighting when find_package finds it (Flatpak's KDE
#     runtime, Debian 13, Ubuntu 24.04 and later), else
#   - KF5::SyntaxHighlighting 5.103 built against Qt 6 by
#     scripts/build-deps.sh into the project prefix (Debian 12), looked for
#     ONLY there: Debian's libkf5syntaxhighlighting-dev has the same package
#     name but is built against Qt 5, and mixing the two breaks at link or
#     run time;
#   - nothing with WM_WITH_KSYNTAXHIGHLIGHTING=OFF (plain-text preview).
# wm_syntax carries WM_HAVE_KSYNTAXHIGHLIGHTING=0/1 and
# WM_SYNTAX_HIGHLIGHTING_VERSION="KSyntaxHighlighting 5.103.0" or
# "plain-text fallback" (for `whitemagic --version` and the About dialog);
# the same string is in the CMake variable WM_SYNTAX_HIGHLIGHTING_VERSION.
# WM_SYNTAX_PRIVATE_LIB is ON when the library must ship inside our packages
# (installed to ${CMAKE_INSTALL_LIBDIR}/whitemagic, found through RPATH).

option(WM_WITH_KSYNTAXHIGHLIGHTING "Syntax colouring in the preview (KSyntaxHighlighting)" ON)
set(WM_DEPS_PREFIX "${PROJECT_SOURCE_DIR}/build/deps/prefix" CACHE PATH
    "Prefix scripts/build-deps.sh installs KSyntaxHighlighting (Qt 6 build) into")

add_library(wm_syntax INTERFACE)
set(WM_SYNTAX_PRIVATE_LIB OFF)
set(WM_SYNTAX_HIGHLIGHTING_VERSION "plain-text fallback")

if(WM_WITH_KSYNTAXHIGHLIGHTING)
  find_package(KF6SyntaxHighlighting CONFIG QUIET)
  if(KF6SyntaxHighlighting_FOUND)
    target_link_libraries(wm_syntax INTERFACE KF6::SyntaxHighlighting)
    set(WM_SYNTAX_HIGHLIGHTING_VERSION "KSyntaxHighlighting ${KF6SyntaxHighlighting_VERSION}")
  else()
    find_package(KF5SyntaxHighlighting 5.103 CONFIG QUIET
                 PATHS "${WM_DEPS_PREFIX}" NO_DEFAULT_PATH)
    if(NOT KF5SyntaxHighlighting_FOUND)
      message(FATAL_ERROR
        "KSyntaxHighlighting not found: no KF6SyntaxHighlighting on the system and no Qt 6 "
        "build of KF5SyntaxHighlighting in ${WM_DEPS_PREFIX}. Run scripts/build-deps.sh "
        "(scripts/setup.sh does), or configure with -DWM_WITH_KSYNTAXHIGHLIGHTING=OFF for "
        "the plain-text preview.")
    endif()
    # The prefix is ours, but check anyway: a Qt 5 build there would link
    # and then abort at start-up with two Qt versions in one process.
    get_target_property(_wm_ksh_links KF5::SyntaxHighlighting INTERFACE_LINK_LIBRARIES)
    if(NOT _wm_ksh_links MATCHES "Qt6::" OR _wm_ksh_links MATCHES "Qt5::")
      message(FATAL_ERROR
        "${KF5SyntaxHighlighting_DIR} is not a Qt 6 build (links: ${_wm_ksh_links}). "
        "Delete ${WM_DEPS_PREFIX} and rerun scripts/build-deps.sh.")
    endif()
    target_link_libraries(wm_syntax INTERFACE KF5::SyntaxHighlighting)
    set(WM_SYNTAX_HIGHLIGHTING_VERSION "KSyntaxHighlighting ${KF5SyntaxHighlighting_VERSION}")
    set(WM_SYNTAX_PRIVATE_LIB ON)
  endif()
  target_compile_definitions(wm_syntax INTERFACE WM_HAVE_KSYNTAXHIGHLIGHTING=1)
else()
  target_compile_definitions(wm_syntax INTERFACE WM_HAVE_KSYNTAXHIGHLIGHTING=0)
endif()
target_compile_definitions(wm_syntax INTERFACE
  WM_SYNTAX_HIGHLIGHTING_VERSION="${WM_SYNTAX_HIGHLIGHTING_VERSION}")
message(STATUS "Preview syntax colouring: ${WM_SYNTAX_HIGHLIGHTING_VERSION}")

# The private copy ships in ${CMAKE_INSTALL_LIBDIR}/whitemagic (the .deb, the
# AppDir): never in the library directory, where it would clash with
# Debian's Qt 5 libKF5SyntaxHighlighting.so.5 (same file name and SONAME).
set(WM_PRIVATE_LIBDIR "${CMAKE_INSTALL_LIBDIR}/whitemagic")
if(WM_SYNTAX_PRIVATE_LIB)
  install(IMPORTED_RUNTIME_ARTIFACTS KF5::SyntaxHighlighting
          LIBRARY DESTINATION "${WM_PRIVATE_LIBDIR}" COMPONENT Runtime)
endif()

# wm_use_private_libs(TARGET): an installed executable finds the private
# libraries through a relative RPATH (no absolute path baked in).
function(wm_use_private_libs target)
  if(NOT WM_SYNTAX_PRIVATE_LIB)
    return()
  endif()
  file(RELATIVE_PATH rel "/${CMAKE_INSTALL_BINDIR}" "/${WM_PRIVATE_LIBDIR}")
  set_property(TARGET ${target} APPEND PROPERTY INSTALL_RPATH "$ORIGIN/${rel}")
endfunction()
