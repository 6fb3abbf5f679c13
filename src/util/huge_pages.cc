// huge_pages: the main heap's new pages backed by transparent huge pages.
#include "util/huge_pages.h"

#include <cstddef>
#include <cstdint>
#include <mutex>

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#define CLAIMLINT_HEAP_ADVICE 1
#endif

namespace claimlint::memory {

#ifdef CLAIMLINT_HEAP_ADVICE

namespace {

constexpr std::uintptr_t k_huge_page = std::uintptr_t{2} << 20;
// How far past what it needs the heap grows at a time.
constexpr int k_growth_step = 32 << 20;

std::mutex advice_mutex;
std::uintptr_t advised_to = 0;  // the heap is marked below this address

std::uintptr_t heap_end() { return reinterpret_cast<std::uintptr_t>(sbrk(0)); }

}  // namespace

void prepare_heap_growth() {
  mallopt(M_TOP_PAD, k_growth_step);
  std::lock_guard lock(advice_mutex);
  // From the next huge page boundary: the heap below holds what is already
  // in use.
  if (advised_to == 0) advised_to = (heap_end() + k_huge_page - 1) & ~(k_huge_page - 1);
}

void advise_heap_growth() {
  std::lock_guard lock(advice_mutex);
  if (advised_to == 0) return;
  const std::uintptr_t end = heap_end();
  if (end <= advised_to) return;
  // A failure (huge pages off, a kernel without them) changes nothing.
  madvise(reinterpret_cast<void*>(advised_to), end - advised_to, MADV_HUGEPAGE);
  advised_to = end;
}

#else

void prepare_heap_growth() {}
void advise_heap_growth() {}

#endif

}  // namespace claimlint::memory
