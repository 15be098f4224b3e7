extension CheckWorthinessModel {
  /// The shipped model with the news residual added (`ShippedNewsResidual.swift`, trained by
  /// `claimdesk train-news` on labelled news units): what extraction scores with. The shipped
  /// model alone stays what CT24 figures are measured on.
  public static let newsAdapted: CheckWorthinessModel = {
    guard let residual = CheckWorthinessResidualEncoding.decode(base64: newsResidualEncoding),
      let model = residual.applied(to: shipped)
    else {
      fatalError("ShippedNewsResidual.swift does not decode; regenerate it: \(CheckWorthinessResidualEncoding.regenerateCommand)")
    }
    return model
  }()

  /// The residual alone, decoded (tests compare it with a fresh `train-news`).
  static var shippedNewsResidual: CheckWorthinessResidual? {
    CheckWorthinessResidualEncoding.decode(base64: newsResidualEncoding)
  }
}
