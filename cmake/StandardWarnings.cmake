# Warnings for our own targets only (linked PRIVATE); errors come from
# CMAKE_COMPILE_WARNING_AS_ERROR, set by the ci and asan presets.
add_library(claimlint_warnings INTERFACE)
target_compile_options(claimlint_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow)
