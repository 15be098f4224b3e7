import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// What the test server answers, by path. Paths with a query (`/flaky?t=1`) keep separate hit
/// counts, so each test gets its own "first request".
enum FetchTestRoutes {
  static let page = "<html><head><title>Test</title></head><body><p>The council approved 42 homes.</p></body></html>"

  /// Requests to `/hold` in progress now, and the most seen at once (per-host limit test).
  static let holding = Mutex<(now: Int, most: Int)>((0, 0))

  static let html = "Content-Type: text/html; charset=utf-8"

  /// Pages whose charset the two sniffers once decided differently: a declaration the bytes
  /// contradict, an unknown label, UTF-16 without a byte order mark,
  /// charsets only iconv reads (by meta and by header), Windows-1252's undefined bytes.
  static let charsetPages: [(contentType: String, body: [UInt8])] = [
    ("text/html; charset=ISO-8859-1", Array("<p>Café crème</p>".utf8)),
    ("text/html; charset=utf-8", Array("<p>Caf".utf8) + [0xE9, 0x21, 0x80, 0x9F] + Array("</p>".utf8)),
    ("text/html; charset=x-no-such", Array("<p>Caf".utf8) + [0xE9] + Array("</p>".utf8)),
    ("text/html", Array("<p>Hello, world</p>".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
    ("text/html", Array(("<meta charset=koi8-r>" + String(repeating: " ", count: 1020) + "<p>x</p>").utf8)),
    ("text/html; charset=koi8-r", Array("<p>".utf8) + [0xE1, 0xC2] + Array("</p>".utf8)),
    ("text/html; charset=\"windows-1252\"", Array("<p>".utf8) + [0x93, 0x61, 0x94, 0x8D] + Array("</p>".utf8)),
  ]

  static func handle(_ target: String, _ hit: Int, _ c: TestHTTPServer.Connection) {
    let path = String(target.split(separator: "?", maxSplits: 1).first ?? "")
    switch path {
    case "/page":
      c.respond("200 OK", [html], body: Array(page.utf8))
    case "/gzip":
      c.respond("200 OK", [html, "Content-Encoding: gzip"], body: TestCompression.gzip(page))
    case "/deflate":
      c.respond("200 OK", [html, "Content-Encoding: deflate"], body: TestCompression.compress(Array(page.utf8), windowBits: 15))
    case "/chunked":
      c.send("HTTP/1.1 200 OK\r\n\(html)\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
      for part in ["<html><body>", "chunked ", "body</body></html>"] {
        c.send(String(part.utf8.count, radix: 16) + "\r\n" + part + "\r\n")
      }
      c.send("0\r\n\r\n")
    case "/gzip-chunked":
      let body = TestCompression.gzip(page)
      c.send("HTTP/1.1 200 OK\r\n\(html)\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
      c.send(Array((String(body.count, radix: 16) + "\r\n").utf8) + body + Array("\r\n0\r\n\r\n".utf8))
    case "/chain/1": c.redirect("/chain/2", status: "301 Moved Permanently")
    case "/chain/2": c.redirect("http://127.0.0.1:\(c.port)/chain/3")
    case "/chain/3": c.redirect("../page", status: "307 Temporary Redirect")
    case "/loop/a": c.redirect("/loop/b")
    case "/loop/b": c.redirect("/loop/a")
    case "/to-file": c.redirect("file:///etc/passwd")
    case "/to-private": c.redirect("http://10.255.255.1:\(c.port)/page")
    case "/to-metadata": c.redirect("http://169.254.169.254/latest/meta-data/")
    case "/to-mapped": c.redirect("http://[::ffff:192.168.0.1]:\(c.port)/page")
    default:
      more(path, target, hit, c)
    }
  }

  private static func more(_ path: String, _ target: String, _ hit: Int, _ c: TestHTTPServer.Connection) {
    if path.hasPrefix("/many/"), let n = Int(path.dropFirst(6)) {
      return c.redirect("/many/\(n + 1)")
    }
    switch path {
    case "/hold":  // answers after 150 ms, counting how many wait at once
      holding.withLock { $0.now += 1; $0.most = max($0.most, $0.now) }
      usleep(150_000)
      holding.withLock { $0.now -= 1 }
      c.respond("200 OK", [html], body: Array(page.utf8))
    case "/slow":
      // Headers, then one byte every 200 ms for at most 10 s.
      guard c.send("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 50\r\nConnection: close\r\n\r\n") else { return }
      for _ in 0..<50 {
        usleep(200_000)
        if !c.send("x") { return }
      }
    case "/big":  // 2 MiB, chunked, no Content-Length: only the write callback can cut it
      c.send("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
      let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 64 * 1024)
      for _ in 0..<32 {
        if !c.send(Array("10000\r\n".utf8) + chunk + Array("\r\n".utf8)) { return }
      }
      c.send("0\r\n\r\n")
    case "/bomb":
      c.respond("200 OK", [html, "Content-Encoding: gzip"], body: TestCompression.bomb)
    case "/corrupt-gzip":
      c.respond("200 OK", [html, "Content-Encoding: gzip"], body: Array(TestCompression.gzip(page).prefix(20)) + [1, 2, 3, 4, 5, 6, 7, 8])
    case "/latin1":  // says ISO-8859-1, sends UTF-8
      c.respond("200 OK", ["Content-Type: text/html; charset=\"ISO-8859-1\""], body: Array("<p>Café crème</p>".utf8))
    case "/missing":
      c.respond("404 Not Found", [html], body: Array("<p>no such page</p>".utf8))
    case "/flaky":  // 500, then 200
      if hit == 1 { c.respond("500 Internal Server Error", [], body: Array("oops".utf8)) } else { c.respond("200 OK", [html], body: Array(page.utf8)) }
    case "/always-500":
      c.respond("503 Service Unavailable", [], body: Array("down".utf8))
    case "/busy":  // 429 with Retry-After: 1, then 200
      if hit == 1 { c.respond("429 Too Many Requests", ["Retry-After: 1"], body: []) } else { c.respond("200 OK", [html], body: Array(page.utf8)) }
    case "/busy-long":
      c.respond("429 Too Many Requests", ["Retry-After: 3600"], body: [])
    case "/cut":  // promises 1000 bytes, sends 100, closes
      c.send("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\nConnection: close\r\n\r\n")
      c.send([UInt8](repeating: UInt8(ascii: "b"), count: 100))
    case "/charset":  // /charset?n=K: the Kth of `charsetPages`
      let k = Int(target.split(separator: "=").last ?? "") ?? 0
      let (contentType, body) = charsetPages[k]
      c.respond("200 OK", ["Content-Type: \(contentType)"], body: body)
    default:
      c.respond("404 Not Found", [], body: Array("unknown test route".utf8))
    }
  }
}
