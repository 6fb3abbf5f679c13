// huge_pages: the heaps' new pages backed by transparent huge pages.
#include "util/huge_pages.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
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
// glibc keeps the arena of a thread other than the main one in heaps of
// HEAP_MAX_SIZE bytes (64 MiB with 64-bit pointers), each aligned to its
// size (malloc/arena.c, heap_for_ptr). A new heap is made readable and
// writable for what it must first hold plus M_TOP_PAD, at most the whole
// heap: with the step below, the whole heap.
constexpr std::uintptr_t k_thread_heap = std::uintptr_t{64} << 20;
// How far past what it needs the main heap grows at a time; also the pad
// that makes a thread's new heap writable at once.
constexpr int k_growth_step = static_cast<int>(k_thread_heap);

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

void advise_thread_heap() {
  {
    std::lock_guard lock(advice_mutex);
    if (advised_to == 0) return;
  }
  thread_local std::uintptr_t marked = 0;
  // A small block comes from this thread's arena.
  void* probe = std::malloc(64);
  const auto at = reinterpret_cast<std::uintptr_t>(probe);
  std::free(probe);
  // The main heap, below the program break, is advise_heap_growth's.
  if (at == 0 || at < heap_end()) return;
  const std::uintptr_t heap = at & ~(k_thread_heap - 1);
  if (heap == marked) return;
  // Pages touched already stay small; the rest of the heap, written for
  // the first time later, comes in huge pages. A range that is not a heap
  // (another allocator) only takes a hint.
  madvise(reinterpret_cast<void*>(heap), k_thread_heap, MADV_HUGEPAGE);
  marked = heap;
}

#else

void prepare_heap_growth() {}
void advise_heap_growth() {}
void advise_thread_heap() {}

#endif

}  // namespace claimlint::memory
