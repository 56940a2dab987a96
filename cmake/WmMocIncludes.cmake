# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT
#
# moc without the C++ standard library's headers.
#
# AUTOMOC passes moc every include directory of the target plus the
# compiler's implicit ones (CMAKE_CXX_IMPLICIT_INCLUDE_DIRECTORIES), so moc's
# own preprocessor walks all of libstdc++ behind every Qt header: 2.3 s of
# CPU to moc one test suite (tst_walker.cpp), 0.3 s without those folders,
# for a byte-identical output. Nothing moc looks for (Q_OBJECT, Q_GADGET,
# Q_NAMESPACE, Q_PLUGIN_METADATA, signals, slots, properties) is declared in
# the standard library; an #include moc cannot find it skips. AUTOMOC ran
# about 75 times per CI build, so this was more CPU than all core libraries.
#
# Only the compiler's private folders are dropped (libstdc++'s and the
# compiler's own headers: no target names them, so compile lines, which CMake
# filters through the same list, do not change); /usr/include stays, so moc
# still sees every Qt and project header and its dependency file still lists
# them. -DWM_MOC_FULL_INCLUDES=ON gives moc everything again, to compare.
option(WM_MOC_FULL_INCLUDES "Give moc the compiler's own include folders too (slower, same output)" OFF)
if(NOT WM_MOC_FULL_INCLUDES)
  set(_wm_implicit "")
  foreach(dir IN LISTS CMAKE_CXX_IMPLICIT_INCLUDE_DIRECTORIES)
    if(NOT dir MATCHES "/c\\+\\+/|/c\\+\\+$|/lib/gcc/|/lib/clang/|/llvm-[0-9]+/")
      list(APPEND _wm_implicit "${dir}")
    endif()
  endforeach()
  set(CMAKE_CXX_IMPLICIT_INCLUDE_DIRECTORIES "${_wm_implicit}")
  unset(_wm_implicit)
endif()
