import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore

/// A test client that keeps the session cookie and reads the CSRF token from the last page, as
/// a browser would.
final class Browser: @unchecked Sendable {
  struct Page {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var body: String
  }

  let client: any TestClientProtocol
  var cookie: String?
  var csrf: String?

  init(client: any TestClientProtocol) { self.client = client }

  @discardableResult
  func get(_ uri: String) async throws -> Page {
    try await send(uri, method: .get, body: nil)
  }

  /// Posts form fields; the session's CSRF token is added unless `csrf` is given (nil: none).
  @discardableResult
  func post(_ uri: String, _ fields: [(String, String)], csrf: String?? = .none) async throws -> Page {
    var all = fields
    switch csrf {
    case .none: if let token = self.csrf { all.append(("csrf", token)) }
    case .some(.some(let token)): all.append(("csrf", token))
    case .some(.none): break
    }
    let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
    return try await send(uri, method: .post, body: body)
  }

  /// Posts a `multipart/form-data` form, as a browser sends a form with a file; the session's
  /// CSRF token is added unless `csrf` is false.
  @discardableResult
  func postMultipart(
    _ uri: String, _ fields: [(String, String)], file: (field: String, name: String, bytes: [UInt8])?, csrf: Bool = true
  ) async throws -> Page {
    let boundary = "----claimdesk-test-\(UUID().uuidString)"
    var body: [UInt8] = []
    func add(_ text: String) { body += Array(text.utf8) }
    for (name, value) in fields + (csrf && self.csrf != nil ? [("csrf", self.csrf!)] : []) {
      add("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
    }
    if let file {
      add("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n")
      body += file.bytes
      add("\r\n")
    }
    add("--\(boundary)--\r\n")
    return try await send(uri, method: .post, bytes: body, contentType: "multipart/form-data; boundary=\(boundary)")
  }

  func send(_ uri: String, method: HTTPRequest.Method, body: String?) async throws -> Page {
    try await send(uri, method: method, bytes: body.map { Array($0.utf8) }, contentType: "application/x-www-form-urlencoded")
  }

  func send(_ uri: String, method: HTTPRequest.Method, bytes: [UInt8]?, contentType: String) async throws -> Page {
    var headers: HTTPFields = [:]
    if let cookie { headers[.cookie] = cookie }
    if bytes != nil { headers[.contentType] = contentType }
    let response = try await client.executeRequest(uri: uri, method: method, headers: headers, body: bytes.map { ByteBuffer(bytes: $0) })
    let text = String(buffer: response.body)
    if let set = response.headers[.setCookie], let pair = set.split(separator: ";").first { cookie = String(pair) }
    if let token = Self.firstMatch(#"name="csrf" value="([0-9a-f]{64})""#, in: text) { csrf = token }
    return Page(status: response.status, headers: response.headers, body: text)
  }

  static func firstMatch(_ pattern: String, in text: String) -> String? {
    guard let regex = try? NSRegularExpression(pattern: pattern),
      let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
      let range = Range(match.range(at: 1), in: text)
    else { return nil }
    return String(text[range])
  }

  static func encode(_ text: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
  }
}
