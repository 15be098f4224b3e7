/// A dense layer y = x W^T + b with PyTorch's [out, in] weight layout, plus the same
/// weights packed for the SIMD kernel when that backend is in use.
struct LinearWeights: Sendable {
  let inputSize: Int
  let outputSize: Int
  /// Row-major [outputSize, inputSize], as stored in the safetensors file.
  let weight: [Float]
  let bias: [Float]
  /// `SIMDMatrixKernel.pack` layout; empty for the OpenBLAS backend.
  let packed: [Float]

  init(weight: [Float], bias: [Float], inputSize: Int, outputSize: Int, packForSIMD: Bool) {
    self.weight = weight
    self.bias = bias
    self.inputSize = inputSize
    self.outputSize = outputSize
    packed = packForSIMD ? SIMDMatrixKernel.pack(weight, inputSize: inputSize, outputSize: outputSize) : []
  }
}
