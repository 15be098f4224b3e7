/// One transformer layer's parameters. Query, key and value are stacked into a single
/// [3 * hidden, hidden] layer so they take one matrix product instead of three.
struct LayerWeights: Sendable {
  let queryKeyValue: LinearWeights
  let attentionOutput: LinearWeights
  let attentionNormScale: [Float]
  let attentionNormShift: [Float]
  let intermediate: LinearWeights
  let output: LinearWeights
  let outputNormScale: [Float]
  let outputNormShift: [Float]
}
