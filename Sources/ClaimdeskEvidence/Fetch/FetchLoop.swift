import CCurl
import Crypto
import ClaimdeskText

/// The libcurl multi loop of one fetch run. It runs on its own thread (blocking in
/// `curl_multi_poll`, never on Swift's cooperative pool); every object it touches stays there.
final class FetchLoop {
  private let options: FetchOptions
  private let multi: UnsafeMutableRawPointer
  private let jobs: [FetchJob]
  private let progress: (@Sendable (FetchProgress) -> Void)?
  private let writer: WARCFileWriter
  /// Jobs waiting for a slot (first hops, redirects, retries), in order.
  private var waiting: [FetchJob]
  private var active: [UnsafeMutableRawPointer: (job: FetchJob, transfer: Transfer)] = [:]
  private var perHostActive: [String: Int] = [:]
  private var done = 0
  private var bytesDone = 0
  private let startedAt = UTCTime.monotonicMilliseconds()
  private var lastReport = 0

  init?(
    requests: [FetchRequest], options: FetchOptions, progress: (@Sendable (FetchProgress) -> Void)?
  ) {
    guard let multi = curl_multi_init() else { return nil }
    self.multi = multi
    self.options = options
    self.progress = progress
    self.jobs = requests.enumerated().map { FetchJob(index: $0.offset, request: $0.element) }
    self.waiting = jobs
    self.writer = WARCFileWriter(directory: options.snapshotDirectory, software: options.userAgent)
  }

  deinit { curl_multi_cleanup(multi) }

  /// Fetches everything; `isCancelled` is polled at least five times a second.
  func run(isCancelled: () -> Bool) -> [FetchResult] {
    while !waiting.isEmpty || !active.isEmpty {
      if isCancelled() { cancelAll() }
      startReady()
      var running: Int32 = 0
      curl_multi_perform(multi, &running)
      let freed = collectFinished()
      report(nil)
      if waiting.isEmpty && active.isEmpty { break }
      if freed && !waiting.isEmpty { continue }  // fill the freed slots before blocking
      curl_multi_poll(multi, nil, 0, Int32(pollTimeout()), nil)
    }
    writer.flush()
    return jobs.map(\.result)
  }

  // MARK: scheduling

  private func startReady() {
    guard active.count < options.concurrency, !waiting.isEmpty else { return }
    let now = UTCTime.monotonicMilliseconds()
    var index = 0
    while index < waiting.count && active.count < options.concurrency {
      let job = waiting[index]
      if job.notBefore <= now && perHostActive[job.hostKey, default: 0] < options.perHost {
        waiting.remove(at: index)
        start(job)
      } else {
        index += 1
      }
    }
  }

  private func start(_ job: FetchJob) {
    guard let scheme = URLSafety.scheme(job.currentURL) else {
      return finish(job, FetchFailure(.badURL, "not a URL: \(job.currentURL)"))
    }
    guard URLSafety.isHTTP(job.currentURL) else {
      return finish(job, FetchFailure(.badScheme, "scheme '\(scheme)' refused: only http and https are fetched"))
    }
    guard !job.hostKey.isEmpty else { return finish(job, FetchFailure(.badURL, "no host in \(job.currentURL)")) }
    if let problem = URLCheck.problem(job.currentURL) {  // never send credentials, a redirect's included
      return finish(job, FetchFailure(.badURL, "URL refused: \(problem)"))
    }
    guard let transfer = Transfer(url: job.currentURL, options: options) else {
      return finish(job, FetchFailure(.other, "libcurl could not create a transfer"))
    }
    job.attempt += 1
    perHostActive[job.hostKey, default: 0] += 1
    active[transfer.easy] = (job, transfer)
    curl_multi_add_handle(multi, transfer.easy)
  }

  /// Milliseconds to block: until the next retry is due, at most 200 ms (cancellation,
  /// progress); libcurl shortens it further for its own timers.
  private func pollTimeout() -> Int {
    let now = UTCTime.monotonicMilliseconds()
    var timeout = 200
    for job in waiting where job.notBefore > now { timeout = min(timeout, job.notBefore - now) }
    if waiting.contains(where: { $0.notBefore <= now }) && active.count < options.concurrency { timeout = min(timeout, 10) }
    return max(timeout, 0)
  }

  private func cancelAll() {
    for (easy, entry) in active {
      curl_multi_remove_handle(multi, easy)
      finish(entry.job, FetchFailure(.cancelled, "cancelled"))
    }
    active.removeAll()
    for job in waiting { finish(job, FetchFailure(.cancelled, "cancelled")) }
    waiting.removeAll()
  }

  // MARK: completions

  /// Handles every finished transfer; true when there was one.
  @discardableResult
  private func collectFinished() -> Bool {
    var any = false
    var left: Int32 = 0
    while let message = curl_multi_info_read(multi, &left) {
      guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle,
        let entry = active.removeValue(forKey: easy)
      else { continue }
      let code = message.pointee.data.result
      curl_multi_remove_handle(multi, easy)
      perHostActive[entry.job.hostKey, default: 1] -= 1
      completed(entry.job, entry.transfer, code)
      any = true
    }
    return any
  }

  private func completed(_ job: FetchJob, _ transfer: Transfer, _ code: CURLcode) {
    let ip = transfer.primaryIP
    let head = transfer.responseHead.isEmpty ? nil : HTTPResponseHead(bytes: transfer.responseHead)
    job.result.attempts = job.attempt
    var failure: FetchFailure?
    var truncation: String?
    if code == CURLE_WRITE_ERROR && transfer.cutByCap {
      truncation = "length"
    } else if code != CURLE_OK {
      failure = CurlErrorMap.failure(code, detail: transfer.errorText, blocked: transfer.blockedReason)
    }
    if let failure {
      let retryable = failure.category == .refused || failure.category == .connectionClosed
      if retryable && job.attempt <= options.maxRetries {
        return retry(job, after: backoff(job.attempt))
      }
      if let head {  // headers arrived, then the body was cut: keep what came, marked
        truncation = failure.category == .timeout ? "time" : "disconnect"
        record(job, transfer, head: head, ip: ip, truncation: truncation, location: nil)
      } else {
        job.hops.append(FetchHop(url: transfer.url, status: 0, remoteIP: ip, location: nil, warcRecordID: nil))
      }
      return finish(job, failure)
    }
    guard let head else { return finish(job, FetchFailure(.other, "no HTTP response from \(transfer.url)")) }
    let status = head.status
    if (300...399).contains(status), let next = transfer.redirectURL {
      record(job, transfer, head: head, ip: ip, truncation: truncation, location: next)
      return redirect(job, to: next)
    }
    if status == 429 || (500...599).contains(status) {
      let now = UTCTime.nowMilliseconds()
      let retryAfter = head.retryAfter(nowMilliseconds: now)
      if job.attempt <= options.maxRetries && (retryAfter ?? 0) <= options.maxRetryAfter {
        return retry(job, after: max(backoff(job.attempt), retryAfter ?? 0))
      }
      record(job, transfer, head: head, ip: ip, truncation: truncation, location: nil)
      let category: FetchErrorCategory = status == 429 ? .http4xx : .http5xx
      if let retryAfter, retryAfter > options.maxRetryAfter {
        return finish(job, FetchFailure(category, "HTTP \(status), Retry-After \(retryAfter / 1000) s exceeds the \(options.maxRetryAfter / 1000) s limit"))
      }
      return finish(job, FetchFailure(category, "HTTP \(status) after \(job.attempt) attempts"))
    }
    record(job, transfer, head: head, ip: ip, truncation: truncation, location: nil)
    if (400...499).contains(status) { return finish(job, FetchFailure(.http4xx, "HTTP \(status)")) }
    finish(job, nil)
  }

  private func retry(_ job: FetchJob, after delay: Int) {
    job.notBefore = UTCTime.monotonicMilliseconds() + delay
    waiting.append(job)
  }

  /// Exponential backoff: base, 2 x base, 4 x base...
  private func backoff(_ attempt: Int) -> Int { options.retryBaseDelay << min(attempt - 1, 10) }

  private func redirect(_ job: FetchJob, to next: String) {
    guard URLSafety.isHTTP(next) else {
      let scheme = URLSafety.scheme(next) ?? "none"
      return finish(job, FetchFailure(.badScheme, "redirect to \(next) refused: scheme '\(scheme)' is not http or https"))
    }
    if job.hops.contains(where: { $0.url == next }) {
      return finish(job, FetchFailure(.redirectLoop, "redirect loop: \(next) was already visited"))
    }
    if job.hops.count > options.maxRedirects {
      return finish(job, FetchFailure(.tooManyRedirects, "more than \(options.maxRedirects) redirects"))
    }
    job.currentURL = next
    job.hostKey = URLSafety.hostKey(next) ?? ""
    job.attempt = 0
    job.notBefore = 0
    waiting.insert(job, at: 0)  // finish started chains before starting new URLs
  }

  private func record(
    _ job: FetchJob, _ transfer: Transfer, head: HTTPResponseHead, ip: String?, truncation: String?, location: String?
  ) {
    let body = transfer.body
    bytesDone += body.count
    job.exchanges.append(
      WARCExchange(
        targetURI: transfer.url, date: transfer.startedAt, remoteIP: ip, requestHead: transfer.requestHead,
        responseHead: head.bytesForArchive, body: body, bodySHA256: WARCFileWriter.hex(SHA256.hash(data: body)),
        truncation: truncation, revisitOf: nil))
    job.hops.append(FetchHop(url: transfer.url, status: head.status, remoteIP: ip, location: location, warcRecordID: nil))
  }

  // MARK: the end of a job

  private func finish(_ job: FetchJob, _ failure: FetchFailure?) {
    var result = job.result
    var failure = failure
    result.hops = job.hops
    result.finalURL = job.hops.last?.url ?? job.currentURL
    result.remoteIP = job.hops.last?.remoteIP
    if let last = job.exchanges.last, job.hops.last?.status != 0 {
      let head = HTTPResponseHead(bytes: last.responseHead)
      result.httpStatus = head.status
      result.contentType = head.mediaType
      result.headerCharset = head.charset
      result.contentEncoding = head.value("Content-Encoding")
      result.rawBytes = last.body.count
      result.rawSHA256 = last.bodySHA256
      result.truncated = last.truncation != nil
      switch ContentDecoder.decode(
        last.body, encoding: result.contentEncoding, truncated: result.truncated,
        maxBytes: options.maxDecodedBytes, maxRatio: options.maxExpansionRatio)
      {
      case .success(let decoded):
        result.decodedBytes = decoded.count
        result.decodedSHA256 = WARCFileWriter.hex(SHA256.hash(data: decoded))
        if failure == nil { result.decodedBody = decoded }
        if TextMediaType.hasCharset(result.contentType) {
          // The page reader's own decision, so that what is recorded is what it decodes with.
          let chosen = HTMLReader.charset(of: decoded, headerCharset: result.headerCharset)
          result.charset = chosen.charset.name
          result.charsetSource = chosen.source
        }
      case .failure(let decodeFailure):
        if failure == nil { failure = decodeFailure }
      }
      if failure == nil, !result.truncated, let previous = job.request.previous,
        previous.payloadDigest == "sha256:" + last.bodySHA256
      {
        job.exchanges[job.exchanges.count - 1].revisitOf = previous
        result.revisitOf = previous
      }
    }
    if !job.exchanges.isEmpty {
      do {
        let written = try writer.write(
          job.exchanges, requestedURL: job.request.url, startedAt: result.startedAt, failure: failure)
        result.warcPath = written.path
        result.warcRecordID = written.responseIDs.last
        result.warcDate = written.dates.last
        var exchangeIndex = 0
        for i in result.hops.indices where result.hops[i].status != 0 {
          let hop = result.hops[i]
          result.hops[i] = FetchHop(url: hop.url, status: hop.status, remoteIP: hop.remoteIP, location: hop.location, warcRecordID: written.responseIDs[exchangeIndex])
          exchangeIndex += 1
        }
      } catch {
        if failure == nil { failure = FetchFailure(.storage, "\(error)") }
      }
    }
    result.failure = failure
    result.outcome = failure != nil ? .failed : (result.revisitOf != nil ? .unchanged : .fetched)
    if result.outcome != .unchanged { result.revisitOf = nil }
    result.endedAt = UTCTime.nowMilliseconds()
    job.result = result
    job.exchanges = []  // the bodies are in the file now
    done += 1
    report(result)
  }

  private func report(_ finished: FetchResult?) {
    guard let progress else { return }
    let now = UTCTime.monotonicMilliseconds()
    if finished == nil && now - lastReport < 200 { return }
    lastReport = now
    var inFlight = 0
    for entry in active.values { inFlight += entry.transfer.body.count }
    progress(
      FetchProgress(
        total: jobs.count, done: done, bytes: bytesDone + inFlight, elapsedMilliseconds: now - startedAt,
        finished: finished))
  }
}
