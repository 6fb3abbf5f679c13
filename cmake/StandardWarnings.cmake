# Warnings for our own targets only (linked PRIVATE); errors come from
# CMAKE_COMPILE_WARNING_AS_ERROR, set by the ci and asan presets.
add_library(claimlint_warnings INTERFACE)
target_compile_options(claimlint_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow)
# GCC 12 reports -Wrestrict on std::string assignments from literals at -O2
# (a false positive, GCC bug 105329, fixed in GCC 13).
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(claimlint_warnings INTERFACE -Wno-restrict)
endif()
