import Foundation

/// Which code does the encoder's matrix products.
public enum ComputeBackend: String, Sendable, CaseIterable {
  /// OpenBLAS's cblas_sgemm (Debian's libopenblas, threads set by OPENBLAS_NUM_THREADS).
  case openBLAS = "openblas"
  /// This package's blocked Swift SIMD kernel; slower here, kept to measure against.
  case simd

  /// `$CLAIMDESK_ENCODER_BACKEND` when it names a backend, else OpenBLAS (measured faster).
  public static var preferred: ComputeBackend {
    ProcessInfo.processInfo.environment["CLAIMDESK_ENCODER_BACKEND"].flatMap(ComputeBackend.init(rawValue:))
      ?? .openBLAS
  }
}
