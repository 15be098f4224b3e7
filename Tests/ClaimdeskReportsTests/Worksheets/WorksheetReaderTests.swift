import Testing
@testable import ClaimdeskLedger
@testable import ClaimdeskReports

@Suite struct WorksheetReaderTests {
  let sheet = WorksheetFixtures.render()
  let toner = WorksheetFixtures.toner

  /// The sheet with the lines of one claim's verdict block passed through `edit`.
  func editing(_ id: String, _ edit: ([String]) -> [String]) -> String {
    var lines = sheet.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let start = lines.firstIndex(of: WorksheetMarker("verdict", [("id", id)]).line)!
    let end = lines.firstIndex(of: WorksheetMarker("end", [("id", id)]).line)!
    lines.replaceSubrange((start + 1)..<end, with: edit(Array(lines[(start + 1)..<end])))
    return lines.joined(separator: "\n")
  }

  func line(of text: String, in sheet: String, after: Int = 0) -> Int {
    sheet.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
      .first { $0.offset + 1 > after && $0.element == text }!.offset + 1
  }

  func tick(_ status: ClaimStatus, _ on: Bool) -> ([String]) -> [String] {
    { $0.map { l in l.hasPrefix("- [") && l.dropFirst(6).hasPrefix(status.rawValue + ":") ? "- [\(on ? "x" : " ")]" + l.dropFirst(5) : l } }
  }

  @Test func readsBackWhatItWrote() throws {
    let reading = try WorksheetReader.read(sheet, file: "w.md")
    #expect(reading.documentID == WorksheetFixtures.documentID)
    #expect(reading.generator == "claimdesk 0.1.0")
    #expect(reading.claims.map(\.id) == [toner.id, WorksheetFixtures.knifings.id, WorksheetFixtures.freeze.id])
    #expect(reading.claims.map(\.eventHash) == ["e1", "e2", "e9"])
    #expect(reading.claims.map(\.tickedStatus) == [.open, .open, .false])
    #expect(reading.edited.isEmpty)
    for (edit, claim) in zip(reading.claims, [toner, WorksheetFixtures.knifings, WorksheetFixtures.freeze]) {
      #expect(edit.pendingChanges(in: claim).isEmpty)
      #expect(!edit.conflicts(with: claim))
    }
  }

  @Test func readsAVerdictANoteAndSources() throws {
    let edited = editing(toner.id) { lines in
      tick(.verified, true)(tick(.open, false)(lines)).map {
        switch $0 {
        case "**Note:**": return "**Note:** Confirmed by the State Department"
        case "**Add source:**": return "**Add source:** https://2009-2017.state.gov/r/pa/prs/dpb/2015/11/249786.htm\nAdd source: AP interview, 2015-11-24"
        default: return $0
        }
      } + ["briefing transcript of 2015-11-24."]
    }
    // The continuation line is after a blank line, so it is not part of the note: make it one.
    let fixed = edited.replacingFirst("**Note:** Confirmed by the State Department", with: "**Note:** Confirmed by the State Department\nbriefing transcript of 2015-11-24.")
      .replacingFirst("\nbriefing transcript of 2015-11-24.\n<!-- claimdesk:end", with: "\n<!-- claimdesk:end")
    let reading = try WorksheetReader.read(fixed, file: "w.md")
    let edit = try #require(reading.edited.first)
    #expect(reading.edited.count == 1)
    #expect(edit.tickedStatus == .verified)
    #expect(edit.renderedStatus == .open)
    #expect(edit.note == "Confirmed by the State Department briefing transcript of 2015-11-24.")
    #expect(edit.sources == ["https://2009-2017.state.gov/r/pa/prs/dpb/2015/11/249786.htm", "AP interview, 2015-11-24"])
    #expect(edit.pendingChanges(in: toner) == [
      .source("https://2009-2017.state.gov/r/pa/prs/dpb/2015/11/249786.htm"), .source("AP interview, 2015-11-24"),
      .note("Confirmed by the State Department briefing transcript of 2015-11-24."), .status(.verified),
    ])
    #expect(!edit.conflicts(with: toner))

    // Once the ledger holds them (new events, new hash), nothing is pending and nothing conflicts.
    var synced = toner
    synced.status = .verified
    synced.notes = [NoteRecord(text: edit.note!, actor: "tester", at: "t")]
    synced.sources = edit.sources.map { SourceState(reference: $0, isURL: $0.hasPrefix("https"), actor: "tester", at: "t") }
    synced.lastEventHash = "e20"
    #expect(edit.pendingChanges(in: synced).isEmpty)
    #expect(!edit.conflicts(with: synced))

    // Someone else changed the claim since: a conflict, not to be overwritten.
    var moved = toner
    moved.status = .inProgress
    moved.history.append(HistoryEntry(seq: 15, at: "t", actor: "bob", op: .claimStatus, summary: "status open -> in-progress", hash: "e15"))
    moved.lastEventHash = "e15"
    #expect(edit.conflicts(with: moved))

    // A fetch recorded since is no decision: no conflict. A note by someone else is.
    var fetched = toner
    fetched.history.append(HistoryEntry(seq: 90, at: "t", actor: "fetcher", op: .sourceFetched, summary: "fetched", hash: "f90"))
    fetched.lastEventHash = "f90"
    #expect(edit.conflictingEvent(in: fetched) == nil)
    fetched.history.append(HistoryEntry(seq: 91, at: "t", actor: "bob", op: .claimNote, summary: "note: no", hash: "n91"))
    fetched.lastEventHash = "n91"
    #expect(edit.conflictingEvent(in: fetched)?.hash == "n91")
  }

  @Test func readsCRLFWorksheets() throws {
    let crlf = editing(toner.id, tick(.open, false) >>> tick(.dismissed, true)).split(separator: "\n", omittingEmptySubsequences: false)
      .joined(separator: "\r\n")
    let reading = try WorksheetReader.read(crlf, file: "w.md")
    #expect(reading.edited.map(\.tickedStatus) == [.dismissed])
  }

  @Test func twoTicksIsAnErrorWithBothLines() throws {
    let edited = editing(toner.id, tick(.verified, true))
    let openLine = line(of: "- [x] open: not looked at yet", in: edited)
    let verifiedLine = line(of: "- [x] verified: accurate (needs a source)", in: edited)
    #expect(throws: WorksheetError.twoVerdicts(
      WorksheetLocation(file: "reports/kerry.md", line: verifiedLine, column: 4), first: .open, firstLine: openLine, second: .verified)
    ) { try WorksheetReader.read(edited, file: "reports/kerry.md") }
    #expect(WorksheetError.twoVerdicts(WorksheetLocation(file: "r.md", line: 9, column: 4), first: .open, firstLine: 7, second: .verified).diagnostics
      == ["r.md:9:4: error: two verdicts ticked (open at line 7, verified here); tick one"])
  }

  @Test func noTickIsAnError() throws {
    let edited = editing(toner.id, tick(.open, false))
    let verdictLine = line(of: WorksheetMarker("verdict", [("id", toner.id)]).line, in: edited)
    #expect(throws: WorksheetError.noVerdict(WorksheetLocation(file: "w.md", line: verdictLine), id: toner.id)) {
      try WorksheetReader.read(edited, file: "w.md")
    }
  }

  @Test func unknownStatusWordAndMalformedLinesAreReportedTogether() throws {
    let edited = editing(toner.id) { lines in
      tick(.open, false)(lines) + ["- [x] true: it is", "I think this is right"]
    }
    let trueLine = line(of: "- [x] true: it is", in: edited)
    do {
      _ = try WorksheetReader.read(edited, file: "w.md")
      Issue.record("expected errors")
    } catch {
      #expect(error.diagnostics == [
        "w.md:\(trueLine):7: error: unknown status `true`; one of open, in-progress, verified, false, misleading, unverifiable, dismissed",
        "w.md:\(trueLine + 1):1: error: cannot read `I think this is right` in a verdict section; expected `- [x] STATUS`, `**Note:** TEXT` or `**Add source:** URL`",
      ])
      #expect(error.exitStatus == .dataError)
    }
  }

  @Test(arguments: [
    ("<!-- claimdesk:frobnicate id=1 -->", "unknown marker `claimdesk:frobnicate`"),
    ("<!-- claimdesk:claim id=x event=y", "malformed claimdesk marker: no closing `-->`"),
    ("<!-- claimdesk:claim id event=y status=open -->", "malformed claimdesk marker: expected key=value, found `id`"),
    ("<!-- claimdesk:claim id=%zz event=y status=open -->", "malformed claimdesk marker: bad percent-encoding in `id=%zz`"),
    ("<!-- claimdesk:claim event=y status=open -->", "malformed claimdesk marker: `claimdesk:claim` needs id=..."),
    ("<!-- claimdesk:end -->", "`claimdesk:end` without a verdict section"),
  ])
  func badMarkersNameTheLine(marker: String, message: String) throws {
    // Put the bad marker just before the table of contents, outside any claim section.
    let bad = sheet.replacingFirst("## Claims by score", with: marker + "\n## Claims by score")
    let at = line(of: marker, in: bad)
    do {
      _ = try WorksheetReader.read(bad, file: "w.md")
      Issue.record("expected an error for \(marker)")
    } catch {
      #expect(error.diagnostics.contains { $0.hasPrefix("w.md:\(at):1: error: \(message)") }, "\(error.diagnostics)")
    }
  }

  @Test func missingEndAndDuplicateClaims() throws {
    let endLine = WorksheetMarker("end", [("id", toner.id)]).line
    let noEnd = sheet.replacingFirst(endLine, with: "")
    #expect(throws: WorksheetError.self) { try WorksheetReader.read(noEnd, file: "w.md") }
    do { _ = try WorksheetReader.read(noEnd, file: "w.md") } catch {
      #expect(error.diagnostics[0].contains("verdict section of claim \(toner.id) has no `claimdesk:end` line"))
    }
    let twice = sheet + "\n" + sheet.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n")
    do {
      _ = try WorksheetReader.read(twice, file: "w.md")
      Issue.record("expected an error")
    } catch {
      #expect(error.diagnostics.contains { $0.contains("error: claim \(toner.id) appears twice in this worksheet") })
    }
  }

  @Test func notAWorksheet() {
    #expect(throws: WorksheetError.notAWorksheet(file: "notes.md")) { try WorksheetReader.read("# My notes\n\n- [x] done\n", file: "notes.md") }
  }
}

infix operator >>>: AdditionPrecedence
func >>> (f: @escaping ([String]) -> [String], g: @escaping ([String]) -> [String]) -> ([String]) -> [String] { { g(f($0)) } }

extension String {
  func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let range = range(of: target) else { return self }
    return replaceSubrange(range, with: replacement, in: self)
  }
  private func replaceSubrange(_ range: Range<String.Index>, with replacement: String, in s: String) -> String {
    var copy = s
    copy.replaceSubrange(range, with: replacement)
    return copy
  }
}
