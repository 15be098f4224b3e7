import CCurl
#if canImport(Glibc)
import Glibc
#endif

/// One HTTP request/response on one libcurl easy handle: the options, the callbacks that
/// collect the exchange, and the address check. Lives on the engine thread only.
final class Transfer {
  let easy: UnsafeMutableRawPointer
  let url: String
  let startedAt = UTCTime.nowMilliseconds()
  private let maxBytes: Int
  private let policy: AddressPolicy
  private let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)

  private(set) var requestHead: [UInt8] = []
  private(set) var responseHead: [UInt8] = []
  private(set) var body: [UInt8] = []
  /// The write callback refused bytes past `maxBytes`.
  private(set) var cutByCap = false
  /// Why the address check refused a connection, if it did.
  private(set) var blockedReason: String?

  init?(url: String, options: FetchOptions) {
    guard let easy = curl_easy_init() else { return nil }
    self.easy = easy
    self.url = url
    self.maxBytes = options.maxBytes
    self.policy = options.addressPolicy
    errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
    configure(options)
  }

  deinit {
    curl_easy_cleanup(easy)
    errorBuffer.deallocate()
  }

  /// libcurl's own message for the last failure (copied: the buffer dies with the handle).
  var errorText: String { String(cString: errorBuffer) }

  private func configure(_ options: FetchOptions) {
    let me = Unmanaged.passUnretained(self).toOpaque()
    cd_easy_setopt_string(easy, CURLOPT_URL, url)
    cd_easy_setopt_string(easy, CURLOPT_PROTOCOLS_STR, "http,https")
    cd_easy_setopt_string(easy, CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
    cd_easy_setopt_long(easy, CURLOPT_FOLLOWLOCATION, 0)  // each hop is checked and recorded by us
    cd_easy_setopt_long(easy, CURLOPT_NOSIGNAL, 1)
    cd_easy_setopt_long(easy, CURLOPT_HTTP_VERSION, CURL_HTTP_VERSION_1_1)  // WARC readers expect HTTP/1.x
    cd_easy_setopt_string(easy, CURLOPT_ACCEPT_ENCODING, "gzip, deflate")
    cd_easy_setopt_long(easy, CURLOPT_HTTP_CONTENT_DECODING, 0)  // keep the body as sent; ContentDecoder decodes
    cd_easy_setopt_string(easy, CURLOPT_USERAGENT, options.userAgent)
    cd_easy_setopt_long(easy, CURLOPT_NETRC, Int(CURL_NETRC_IGNORED.rawValue))
    cd_easy_setopt_long(easy, CURLOPT_CONNECTTIMEOUT_MS, options.connectTimeout)
    cd_easy_setopt_long(easy, CURLOPT_TIMEOUT_MS, options.totalTimeout)
    cd_easy_setopt_long(easy, CURLOPT_LOW_SPEED_LIMIT, options.lowSpeedLimit)
    cd_easy_setopt_long(easy, CURLOPT_LOW_SPEED_TIME, max(1, options.lowSpeedTime / 1000))
    cd_easy_setopt_long(easy, CURLOPT_SSL_VERIFYPEER, 1)
    cd_easy_setopt_long(easy, CURLOPT_SSL_VERIFYHOST, 2)
    if let caFile = options.caFile {
      // CAINFO replaces the default bundle file; the OpenSSL backend still searches the CA
      // folder (CAPATH, /etc/ssl/certs on Debian), so the system CAs stay trusted.
      cd_easy_setopt_string(easy, CURLOPT_CAINFO, caFile)
    }
    // An empty proxy turns off libcurl's reading of http_proxy/https_proxy/all_proxy.
    cd_easy_setopt_string(easy, CURLOPT_PROXY, options.proxy ?? "")
    cd_easy_setopt_long(easy, CURLOPT_SUPPRESS_CONNECT_HEADERS, 1)
    cd_easy_setopt_pointer(easy, CURLOPT_ERRORBUFFER, errorBuffer)
    cd_easy_setopt_write(easy, CURLOPT_WRITEFUNCTION, Transfer.writeBody)
    cd_easy_setopt_pointer(easy, CURLOPT_WRITEDATA, me)
    cd_easy_setopt_header(easy, Transfer.writeHeader)
    cd_easy_setopt_pointer(easy, CURLOPT_HEADERDATA, me)
    // The debug callback is the only place libcurl shows the request head exactly as sent.
    cd_easy_setopt_debug(easy, Transfer.debug)
    cd_easy_setopt_pointer(easy, CURLOPT_DEBUGDATA, me)
    cd_easy_setopt_long(easy, CURLOPT_VERBOSE, 1)
    cd_easy_setopt_opensocket(easy, Transfer.openSocket)
    cd_easy_setopt_pointer(easy, CURLOPT_OPENSOCKETDATA, me)
  }

  // MARK: callbacks (C function pointers: no captures, the transfer comes back as user data)

  private static let writeBody: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = {
    data, size, count, user in
    guard let data, let user else { return 0 }
    let transfer = Unmanaged<Transfer>.fromOpaque(user).takeUnretainedValue()
    let length = size * count
    let room = transfer.maxBytes - transfer.body.count
    let kept = min(length, max(0, room))
    data.withMemoryRebound(to: UInt8.self, capacity: length) {
      transfer.body.append(contentsOf: UnsafeBufferPointer(start: $0, count: kept))
    }
    if kept < length {
      // libcurl's CURLOPT_MAXFILESIZE ignores bodies without Content-Length: cut here.
      transfer.cutByCap = true
      return kept
    }
    return length
  }

  private static let writeHeader: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = {
    data, size, count, user in
    guard let data, let user else { return 0 }
    let transfer = Unmanaged<Transfer>.fromOpaque(user).takeUnretainedValue()
    let length = size * count
    data.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
      // A new status line (after a 1xx interim answer) starts the head again.
      if length >= 5 && bytes[0] == 0x48 && bytes[1] == 0x54 && bytes[2] == 0x54 && bytes[3] == 0x50 && bytes[4] == 0x2F {
        transfer.responseHead.removeAll(keepingCapacity: true)
      }
      transfer.responseHead.append(contentsOf: UnsafeBufferPointer(start: bytes, count: length))
    }
    return transfer.responseHead.count > 256 * 1024 ? 0 : length  // a header flood is refused
  }

  private static let debug: @convention(c) (UnsafeMutableRawPointer?, curl_infotype, UnsafeMutablePointer<CChar>?, Int, UnsafeMutableRawPointer?) -> Int32 = {
    _, type, data, length, user in
    guard type == CURLINFO_HEADER_OUT, let data, let user else { return 0 }
    let transfer = Unmanaged<Transfer>.fromOpaque(user).takeUnretainedValue()
    data.withMemoryRebound(to: UInt8.self, capacity: length) {
      transfer.requestHead.append(contentsOf: UnsafeBufferPointer(start: $0, count: length))
    }
    return 0
  }

  /// Checks the address libcurl is about to connect to (after DNS, so every spelling of an
  /// address and every name resolving to it is caught) and opens the socket if allowed.
  private static let openSocket: @convention(c) (UnsafeMutableRawPointer?, curlsocktype, UnsafeMutablePointer<curl_sockaddr>?) -> curl_socket_t = {
    user, _, address in
    guard let user, let address else { return -1 }
    let transfer = Unmanaged<Transfer>.fromOpaque(user).takeUnretainedValue()
    let bytes = Transfer.addressBytes(address)
    if !AddressClassifier.allows(bytes, policy: transfer.policy) {
      transfer.blockedReason = AddressClassifier.refusal(bytes)
      return -1  // CURL_SOCKET_BAD: libcurl reports "couldn't connect"
    }
    let info = address.pointee
    return socket(info.family, info.socktype, info.protocol)
  }

  /// The raw IP bytes of a curl_sockaddr (which holds a full sockaddr_in or sockaddr_in6).
  private static func addressBytes(_ address: UnsafeMutablePointer<curl_sockaddr>) -> [UInt8] {
    let offset = MemoryLayout<curl_sockaddr>.offset(of: \curl_sockaddr.addr) ?? 16
    let raw = UnsafeRawPointer(address).advanced(by: offset)
    switch address.pointee.family {
    case AF_INET:
      let sin = raw.loadUnaligned(as: sockaddr_in.self)
      return withUnsafeBytes(of: sin.sin_addr) { Array($0) }
    case AF_INET6:
      let sin6 = raw.loadUnaligned(as: sockaddr_in6.self)
      return withUnsafeBytes(of: sin6.sin6_addr) { Array($0) }
    default:
      return []
    }
  }

  // MARK: information after the transfer

  var responseCode: Int {
    var code = 0
    cd_easy_getinfo_long(easy, CURLINFO_RESPONSE_CODE, &code)
    return code
  }

  /// The address of the connection used (copied before the handle goes).
  var primaryIP: String? { string(CURLINFO_PRIMARY_IP) }

  /// The absolute target of a 3xx Location, resolved by libcurl.
  var redirectURL: String? { string(CURLINFO_REDIRECT_URL) }

  private func string(_ info: CURLINFO) -> String? {
    var pointer: UnsafeMutablePointer<CChar>?
    guard cd_easy_getinfo_string(easy, info, &pointer) == CURLE_OK, let pointer else { return nil }
    let text = String(cString: pointer)
    return text.isEmpty ? nil : text
  }
}
