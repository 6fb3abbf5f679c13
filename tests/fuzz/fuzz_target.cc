// A libFuzzer entry point over one driver of fuzz_pipeline.h, chosen at
// compile time by CLAIMLINT_FUZZ_TARGET ("plain", "numeral"...).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "fuzz/fuzz_pipeline.h"

#ifndef CLAIMLINT_FUZZ_TARGET
#error "CLAIMLINT_FUZZ_TARGET names the driver"
#endif

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  claimlint::fuzz::initialize();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const auto problems = claimlint::fuzz::run_target(CLAIMLINT_FUZZ_TARGET, bytes);
  if (problems.empty()) return 0;
  // A broken invariant is a finding like a crash: libFuzzer keeps the input.
  for (const auto& p : problems) std::fprintf(stderr, "fuzz: %s\n", p.c_str());
  std::abort();
}
