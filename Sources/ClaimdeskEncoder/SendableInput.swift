/// Read-only counterpart of `SendablePointer` for inputs shared by the tile workers.
struct SendableInput: @unchecked Sendable {
  let base: UnsafePointer<Float>
}
