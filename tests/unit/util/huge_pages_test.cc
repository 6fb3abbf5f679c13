// Tests for util/huge_pages: the main heap's growth is marked for
// transparent huge pages where the system has them.
#include "util/huge_pages.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#if defined(__linux__) && defined(__GLIBC__)
#include <unistd.h>

namespace {

// The VmFlags of the mapping of /proc/self/smaps holding `address`, or ""
// when none does.
std::string vm_flags_at(std::uintptr_t address) {
  std::ifstream smaps("/proc/self/smaps");
  std::string line;
  bool inside = false;
  while (std::getline(smaps, line)) {
    unsigned long begin = 0;
    unsigned long end = 0;
    if (std::sscanf(line.c_str(), "%lx-%lx ", &begin, &end) == 2 && line.find(':') > line.find(' ')) {
      inside = begin <= address && address < end;
    } else if (inside && line.rfind("VmFlags:", 0) == 0) {
      return line;
    }
  }
  return "";
}

}  // namespace

TEST_CASE("the main heap's growth is marked for huge pages", "[util]") {
  if (!std::filesystem::exists("/sys/kernel/mm/transparent_hugepage/enabled")) {
    WARN("this kernel has no transparent huge pages");
    return;
  }
  claimlint::memory::prepare_heap_growth();
  const auto before = reinterpret_cast<std::uintptr_t>(sbrk(0));
  // Small blocks come from the heap, not from mappings of their own.
  std::vector<std::unique_ptr<char[]>> blocks;
  for (int i = 0; i < 256; ++i) {
    blocks.push_back(std::make_unique<char[]>(16 * 1024));
    blocks.back()[0] = 1;
  }
  const auto after = reinterpret_cast<std::uintptr_t>(sbrk(0));
  if (after == before) {
    WARN("the allocator here does not grow the brk heap (a sanitizer's allocator)");
    return;
  }
  claimlint::memory::advise_heap_growth();
  // The last page of the heap is in a mapping marked "hg" (MADV_HUGEPAGE).
  const std::string flags = vm_flags_at(after - 1);
  INFO(flags);
  CHECK(flags.find(" hg") != std::string::npos);
  // A second call with no growth changes nothing and costs nothing.
  claimlint::memory::advise_heap_growth();
  CHECK(vm_flags_at(after - 1) == flags);
}

#endif
