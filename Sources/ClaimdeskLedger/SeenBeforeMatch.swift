import ClaimdeskSupport

/// One earlier claim or published fact-check that a claim repeats, as `claim.matched` records
/// it. A fact-check's verdict, publisher, date and title are copied in, so the ledger alone
/// says what was seen (the imported file may be gone); an earlier claim's status is read from
/// the ledger when shown, since it may have changed since.
public struct SeenBeforeMatch: Sendable, Equatable {
  /// What was matched: an earlier claim of this ledger, or an imported fact-check.
  public enum Target: Sendable, Equatable {
    /// The earlier claim's full id.
    case claim(String)
    /// The fact-check's URL, or `import:<digest12>:<row>` when it has none.
    case factCheck(String)
  }

  public var target: Target
  /// "same claim", "similar, different figure" or "related" (see docs/matching.md).
  public var tier: String
  /// The evidence the tier was read from, in [0, 1] (stored as integer millionths).
  public var similarity: Double
  /// For an earlier claim: its status when the match was made (show the current one).
  public var status: String?
  /// For a fact-check: its rating as published ("False", "Half true").
  public var verdict: String?
  public var publisher: String?
  public var date: String?
  public var title: String?
  /// The claim the fact-check reviewed, as it worded it.
  public var claimReviewed: String?
  /// Figures that differ between the two ("5% vs 7%"), when the tier says so.
  public var figures: String?

  public init(
    target: Target, tier: String, similarity: Double, status: String? = nil, verdict: String? = nil, publisher: String? = nil,
    date: String? = nil, title: String? = nil, claimReviewed: String? = nil, figures: String? = nil
  ) {
    self.target = target
    self.tier = tier
    self.similarity = similarity
    self.status = status
    self.verdict = verdict
    self.publisher = publisher
    self.date = date
    self.title = title
    self.claimReviewed = claimReviewed
    self.figures = figures
  }

  /// The claim id or fact-check reference: what `match --reject` and `mark --same-as` name.
  public var reference: String {
    switch target {
    case .claim(let id): id
    case .factCheck(let reference): reference
    }
  }

  /// A fact-check reference that is a web address (not an `import:` row).
  public var url: String? {
    guard case .factCheck(let reference) = target, reference.hasPrefix("http://") || reference.hasPrefix("https://") else { return nil }
    return reference
  }

  var json: JSONValue {
    var object: [String: JSONValue] = [
      "tier": .string(tier), "similarity": .int(Int((similarity * 1_000_000).rounded())),
    ]
    switch target {
    case .claim(let id): object["claim"] = .string(id)
    case .factCheck(let reference): object["factcheck"] = .string(reference)
    }
    for (key, value) in [("status", status), ("verdict", verdict), ("publisher", publisher), ("date", date), ("title", title),
                         ("claim_reviewed", claimReviewed), ("figures", figures)] {
      if let value { object[key] = .string(value) }
    }
    return .object(object)
  }

  /// Nil without a claim id or fact-check reference, a tier and an integer similarity.
  init?(_ value: JSONValue) {
    let target: Target
    if let id = value["claim"]?.stringValue, ClaimIDs.isFullID(id) {
      target = .claim(id)
    } else if let reference = value["factcheck"]?.stringValue, !reference.isEmpty {
      target = .factCheck(reference)
    } else {
      return nil
    }
    guard let tier = value["tier"]?.stringValue, let similarity = value["similarity"]?.intValue else { return nil }
    self.init(
      target: target, tier: tier, similarity: Double(similarity) / 1_000_000, status: value["status"]?.stringValue,
      verdict: value["verdict"]?.stringValue,
      publisher: value["publisher"]?.stringValue, date: value["date"]?.stringValue, title: value["title"]?.stringValue,
      claimReviewed: value["claim_reviewed"]?.stringValue, figures: value["figures"]?.stringValue)
  }
}
