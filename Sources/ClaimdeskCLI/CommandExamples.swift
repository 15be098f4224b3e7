/// Examples that end the `--help` of the commands a reviewer uses most. ArgumentParser has no
/// place for them after the options, so `ClaimdeskCommand` appends them to the help text of the
/// command its USAGE line names.
enum CommandExamples {
  static let byCommand: [String: [(command: String, what: String)]] = [
    "check": [
      ("claimdesk check article.md --date 2024-03-12", "record an article's claims and write its worksheet"),
      ("claimdesk check https://example.org/news/story.html", "the same for a web page, kept as a WARC snapshot"),
      ("claimdesk check story.txt --workspace ~/desk --top 5", "in a named workspace, summarising five claims"),
    ],
    "extract": [
      ("claimdesk extract article.md", "record the claims of a file"),
      ("claimdesk extract --dry-run --json page.html", "see what would be recorded, without a workspace"),
      ("curl -s https://example.org/a | claimdesk extract --format html --url https://example.org/a -", "from standard input"),
    ],
    "mark": [
      ("claimdesk mark 41d01f verified --source https://example.org/minutes.pdf", "a verdict resting on a source"),
      ("claimdesk mark 41d01f false --source \"Council minutes, 12 March 2024\" --note \"The vote was 5-4\"", "a citation in words"),
      ("claimdesk mark 15243a dismissed --note \"Not a factual claim\"", "dismissing needs a reason"),
      ("claimdesk mark 9c01d2 --same-as 41d01f", "adopt the verdict of the earlier claim it repeats"),
    ],
    "match": [
      ("claimdesk match \"Crime has doubled since 2019\"", "what a statement repeats: earlier claims and fact-checks"),
      ("claimdesk match --claim 9c01d2 --json", "the same for a recorded claim, as JSON"),
      ("claimdesk match --reject 9c01d2 41d01f --note \"Another year\"", "record that a shown match is wrong"),
    ],
    "fetch": [
      ("claimdesk fetch", "every claim's URL sources not fetched yet"),
      ("claimdesk fetch 41d01f --url https://example.org/minutes.pdf", "attach a URL to a claim and fetch it"),
      ("claimdesk fetch --all --suggested -j 8", "also the links the documents cite, eight at a time"),
    ],
    "report": [
      ("claimdesk report", "reports/<document>.md for every document"),
      ("claimdesk report --doc 3f2a --status open --min-score 0.5", "one document's open, check-worthy claims"),
      ("claimdesk report --claim 41d01f --out -", "one claim's worksheet on standard output"),
    ],
    "sync": [
      ("claimdesk sync reports/harbor-city-council.md --dry-run", "show what the worksheet would record"),
      ("claimdesk sync reports/harbor-city-council.md", "record its ticked verdicts, notes and sources"),
    ],
    "export": [
      ("claimdesk export --format claimreview --out checks.jsonld", "ClaimReview JSON-LD of the claims with a verdict"),
      ("claimdesk export --format csv --status verified --status false --out verdicts.csv", "a spreadsheet"),
      ("claimdesk export --format jsonl | jq .text", "one JSON object per claim, to pipe on"),
    ],
  ]

  /// The help text with its examples appended, when its USAGE line names one of the commands.
  static func appended(to help: String) -> String {
    guard let usage = help.split(separator: "\n").first(where: { $0.hasPrefix("USAGE: claimdesk ") }),
      let name = usage.dropFirst("USAGE: claimdesk ".count).split(separator: " ").first,
      let examples = byCommand[String(name)]
    else { return help }
    let lines = examples.map { "  # \($0.what)\n  \($0.command)" }
    return help.trimmingSuffix() + "\n\nEXAMPLES:\n" + lines.joined(separator: "\n\n")
  }
}

extension String {
  fileprivate func trimmingSuffix() -> String {
    var s = self
    while s.last == "\n" || s.last == " " { s.removeLast() }
    return s
  }
}
