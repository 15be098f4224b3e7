import Dispatch

/// Frees `value` on another thread. A folded ledger of 100,000 claims takes a quarter of a
/// second to free, which a person waiting for `list` or `verify` need not wait for: the
/// output is written by then, and a process that exits first leaves the freeing to the system.
/// Pass the last reference (the caller's copy ends with this call).
public func releaseInBackground<T: Sendable>(_ value: consuming T) {
  let last = value
  DispatchQueue.global(qos: .utility).async { withExtendedLifetime(last) {} }
}
