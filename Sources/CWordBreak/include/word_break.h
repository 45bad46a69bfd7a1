#ifndef GONGWEN_WORD_BREAK_H
#define GONGWEN_WORD_BREAK_H

#include <stdint.h>

/// Writes the word boundaries of `text` (UTF-16, `length` code units) that ICU's dictionary-based
/// word break iterator finds for Chinese into `boundaries` (offsets in code units, at most
/// `capacity` of them, the first 0 and the last `length`). Returns how many it found, or -1 when
/// ICU could not open the iterator. ICU's functions carry a version suffix through macros, which
/// Swift cannot call; this C function is the one name Swift sees.
int32_t gongwen_word_boundaries(const uint16_t *text, int32_t length, int32_t *boundaries, int32_t capacity);

#endif
