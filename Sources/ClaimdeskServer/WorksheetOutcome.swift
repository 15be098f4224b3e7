/// Whether a web check wrote the document's worksheet into `reports/`.
enum WorksheetOutcome: Sendable {
  /// Written to `reports/NAME`.
  case written(String)
  /// Not written: the file there holds unsynced edits, is not a worksheet, or cannot be written.
  case refused(String)
  /// Nothing to write (the document has no claims).
  case none(String)
}
