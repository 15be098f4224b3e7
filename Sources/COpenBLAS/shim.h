#ifndef CLAIMDESK_COPENBLAS_SHIM_H
#define CLAIMDESK_COPENBLAS_SHIM_H
// Debian's openblas.pc puts the openblas-pthread include folder first, so this is
// OpenBLAS's own cblas.h (with openblas_set_num_threads), not the reference BLAS one.
#include <cblas.h>

// Row-major C = alpha * A * B^T + beta * C, the only product shape a PyTorch Linear
// weight ([out, in]) needs; one typed entry point keeps the enum casts out of Swift.
static inline void cd_sgemm_nt(int m, int n, int k, float alpha, const float *a, int lda,
                               const float *b, int ldb, float beta, float *c, int ldc) {
  cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
}

// Row-major C = alpha * A * B + beta * C (attention probabilities times values).
static inline void cd_sgemm_nn(int m, int n, int k, float alpha, const float *a, int lda,
                               const float *b, int ldb, float beta, float *c, int ldc) {
  cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
}
#endif
