import CCurl

/// Maps libcurl result codes to the fetch error categories.
enum CurlErrorMap {
  static func failure(_ code: CURLcode, detail: String, blocked: String?) -> FetchFailure {
    let text = detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail
    switch code {
    case CURLE_UNSUPPORTED_PROTOCOL:
      return FetchFailure(.badScheme, text)
    case CURLE_URL_MALFORMAT:
      return FetchFailure(.badURL, text)
    case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
      return FetchFailure(.dns, text)
    case CURLE_COULDNT_CONNECT:
      if let blocked { return FetchFailure(.blockedAddress, blocked) }
      return FetchFailure(.refused, text)
    case CURLE_OPERATION_TIMEDOUT:
      return FetchFailure(.timeout, text)
    case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
      CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH,
      CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_ENGINE_NOTFOUND, CURLE_SSL_ENGINE_SETFAILED,
      CURLE_SSL_ENGINE_INITFAILED, CURLE_SSL_SHUTDOWN_FAILED, CURLE_SSL_CRL_BADFILE:
      return FetchFailure(.tls, text)
    case CURLE_PARTIAL_FILE, CURLE_RECV_ERROR, CURLE_GOT_NOTHING, CURLE_SEND_ERROR:
      return FetchFailure(.connectionClosed, text)
    case CURLE_BAD_CONTENT_ENCODING:
      return FetchFailure(.decodeError, text)
    default:
      return FetchFailure(.other, "\(text) (libcurl error \(code.rawValue))")
    }
  }
}
