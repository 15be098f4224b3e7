#ifndef CLAIMDESK_CZLIB_SHIM_H
#define CLAIMDESK_CZLIB_SHIM_H
#include <zlib.h>

// inflateInit2 is a macro; Swift needs a function.
static inline int cd_inflate_init2(z_stream *s, int windowBits) { return inflateInit2(s, windowBits); }
static inline int cd_deflate_init2(z_stream *s, int level, int windowBits) {
  return deflateInit2(s, level, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
}
#endif
