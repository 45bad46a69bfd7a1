#ifndef GONGWEN_MALLOC_TUNING_H
#define GONGWEN_MALLOC_TUNING_H

/// Keeps freed memory for reuse instead of handing it back to the kernel at once; a no-op off glibc.
void gongwen_tune_malloc(void);

#endif
