// huge_pages: the heaps' new pages backed by transparent huge pages, so
// that a long run does not take one page fault per 4 KiB it keeps.
//
// A run keeps its claims to the end, so the heap grows the whole time and
// every new page costs a fault (on a virtual machine, a costly one). Where
// the kernel gives huge pages on request (transparent_hugepage "madvise"),
// a 2 MiB page costs one fault instead of 512. glibc marks its heap so
// only when told by an environment tunable read at start-up
// (glibc.malloc.hugetlb=1); these calls do the same from inside the
// program, for the main heap and for the heaps of worker threads.
// Elsewhere (no glibc, no brk heap, huge pages off) they do nothing.
#pragma once

namespace claimlint::memory {

/// Lets the main heap grow in large steps, so that most of each step is
/// still untouched when advise_heap_growth() marks it. Call once, before
/// the work that allocates; the steps are address space, not memory.
void prepare_heap_growth();

/// Marks the pages the main heap gained since the last call for huge
/// pages. Cheap when it has not grown; safe from any thread.
void advise_heap_growth();

/// Marks the heap that the calling thread's allocations come from, when it
/// is not the main heap, for huge pages: call on a worker thread after each
/// unit of work (a thread's heap is replaced by a new one when full). Does
/// nothing before prepare_heap_growth(), on the main heap, or when the
/// heap is the one marked last; costs one small allocation.
void advise_thread_heap();

}  // namespace claimlint::memory
