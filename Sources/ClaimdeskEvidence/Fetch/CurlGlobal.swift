import CCurl
#if canImport(Glibc)
import Glibc
#endif

/// libcurl's process-wide set-up, done exactly once (Swift runs a global's initialiser once,
/// thread-safely), with SIGPIPE ignored: a peer closing a socket must not kill the process.
enum CurlGlobal {
  private static let status: CURLcode = {
    signal(SIGPIPE, SIG_IGN)
    return curl_global_init(Int(CURL_GLOBAL_DEFAULT))
  }()

  static func initialise() throws {
    guard status == CURLE_OK else { throw FetchError.curlUnavailable(String(cString: curl_easy_strerror(status))) }
  }
}
