/// One workbench per person, one ledger between them: the server acts for whoever is signed in
/// while sharing the ledger's in-memory index (a fresh `Ledger` would reload it from disk).
extension Workbench {
  public func acting(as actor: String) -> Workbench { Workbench(sharing: self, actor: actor) }

  private init(sharing other: Workbench, actor: String) {
    workspace = other.workspace
    ledger = other.ledger
    self.actor = actor
    clock = other.clock
  }
}
