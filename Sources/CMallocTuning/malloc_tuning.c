#include "malloc_tuning.h"
#include <stdlib.h>  // defines __GLIBC__ where glibc is the C library

#if defined(__GLIBC__)
#include <malloc.h>
#endif

// Every document builds and frees strings of a few hundred kilobytes on each core. With glibc's
// defaults the freed memory goes straight back to the kernel (madvise) and is faulted in again
// for the next document: about a tenth of a render's wall time. Swift's Glibc module does not
// export mallopt, hence this C file.
void gongwen_tune_malloc(void) {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    mallopt(M_TOP_PAD, 64 << 20);
#endif
}
