/// A raw buffer pointer handed to parallel workers that write disjoint parts of it; the
/// caller keeps the buffer alive until `Parallel.forEach` returns.
struct SendablePointer: @unchecked Sendable {
  let base: UnsafeMutablePointer<Float>
  init(_ base: UnsafeMutablePointer<Float>) { self.base = base }
}
