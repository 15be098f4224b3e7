import Hummingbird

/// Finds the session from its cookie (or starts one), requires a signed-in user when accounts
/// are required, and for every POST reads the form (URL-encoded or multipart, within the upload
/// limit) and refuses it with 403, before any handler runs, unless it carries the session's CSRF token.
struct SessionMiddleware: RouterMiddleware {
  typealias Context = ServerContext
  static let cookieName = "claimdesk_session"

  let sessions: SessionStore
  let settings: ServerSettings
  let users: UserStore
  let pages: PageRenderer

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
    var context = context
    let path = request.uri.path
    if path.hasPrefix("/static/") { return try await next(request, context) }
    var isNew = false
    if let found = sessions.session(request.cookies[Self.cookieName]?.value), try await stillValid(found) {
      context.session = found
    } else {
      context.session = sessions.create(user: settings.requiresLogin ? nil : settings.localActor)
      isNew = true
    }
    if request.method == .post {
      let body: ByteBuffer
      do {
        body = try await request.body.collect(upTo: settings.uploadLimit)
      } catch {
        return pages.error(
          .contentTooLarge,
          "The request is larger than the limit of \(settings.uploadLimit / 1024) KB; nothing was recorded. Send a smaller file or less text at once.",
          context: context)
      }
      if let boundary = request.headers[.contentType].flatMap(MultipartForm.boundary) {
        guard let form = MultipartForm.parse(Array(buffer: body), boundary: boundary) else {
          return pages.error(.badRequest, "The form's data could not be read (malformed multipart body); nothing was recorded.", context: context)
        }
        context.form = form
      } else {
        context.form = FormFields(String(buffer: body))
      }
      guard !isNew, let token = context.form["csrf"], Self.same(token, context.session.csrf) else {
        return pages.error(.forbidden, "This form has expired or did not come from this site; nothing was recorded. Reload the page and try again.", context: context)
      }
    }
    let isLoginPage = path == "/login"
    var response: Response
    if context.session.user == nil, !isLoginPage {
      response = request.method == .post
        ? pages.error(.forbidden, "Sign in first; nothing was recorded.", context: context)
        : Response(status: .seeOther, headers: [.location: "/login"])
    } else {
      response = try await next(request, context)
    }
    if isNew { response.setCookie(Self.cookie(context.session.id, secure: settings.behindTLS)) }
    return response
  }

  /// A signed-in user whose account was removed is signed out.
  private func stillValid(_ session: Session) async throws -> Bool {
    guard settings.requiresLogin, let user = session.user else { return true }
    let users = self.users
    return try await Blocking.run { try users.exists(user) }
  }

  static func cookie(_ value: String, secure: Bool) -> Cookie {
    Cookie(name: cookieName, value: value, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
  }

  /// Compares in time that does not depend on where the strings differ.
  static func same(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8), y = Array(b.utf8)
    guard x.count == y.count else { return false }
    return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
  }
}
