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
#include <thread>
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

TEST_CASE("a worker thread's heap is marked for huge pages", "[util]") {
  if (!std::filesystem::exists("/sys/kernel/mm/transparent_hugepage/enabled")) {
    WARN("this kernel has no transparent huge pages");
    return;
  }
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
  // A sanitizer's allocator keeps blocks by size in regions of its own,
  // not in the per-thread heaps that advise_thread_heap marks.
  WARN("a sanitizer's allocator has no per-thread heaps");
  return;
#endif
  claimlint::memory::prepare_heap_growth();
  std::string before;
  std::string after;
  std::string again;
  bool own_heap = false;
  std::thread worker([&] {
    auto block = std::make_unique<char[]>(1024);
    block[0] = 1;
    const auto at = reinterpret_cast<std::uintptr_t>(block.get());
    // A thread's arena is a mapping above the program break; a sanitizer's
    // allocator has other ways.
    own_heap = at > reinterpret_cast<std::uintptr_t>(sbrk(0));
    if (!own_heap) return;
    before = vm_flags_at(at);
    claimlint::memory::advise_thread_heap();
    after = vm_flags_at(at);
    // A second call finds the same heap marked and changes nothing.
    claimlint::memory::advise_thread_heap();
    again = vm_flags_at(at);
  });
  worker.join();
  if (!own_heap) {
    WARN("the allocator here does not give a thread a heap of its own");
    return;
  }
  INFO(before);
  INFO(after);
  CHECK(after.find(" hg") != std::string::npos);
  CHECK(again == after);
}

#endif
