import Hummingbird
import Mustache

/// Renders pages: a template of `PageTemplates` inside the layout. Mustache escapes every `{{x}}`
/// for HTML; the only unescaped value (`{{{body}}}`) is a page this renderer made.
struct PageRenderer: Sendable {
  let library: MustacheLibrary
  let requiresLogin: Bool

  init(requiresLogin: Bool) throws {
    var library = MustacheLibrary()
    for (name, text) in PageTemplates.all { try library.register(text, named: name) }
    self.library = library
    self.requiresLogin = requiresLogin
  }

  func html(_ template: String, _ values: [String: Any]) -> String {
    library.render(values, withTemplate: template) ?? ""
  }

  func page(
    _ template: String, title: String, values: [String: Any], context: ServerContext, status: HTTPResponse.Status = .ok
  ) -> Response {
    var layout: [String: Any] = [
      "title": Shown.text(title), "csrf": context.session.csrf, "body": html(template, values),
      "loginRequired": requiresLogin,
    ]
    if let user = context.session.user { layout["user"] = Shown.text(user) }
    return Response(
      status: status, headers: [.contentType: "text/html; charset=utf-8"],
      body: .init(byteBuffer: ByteBuffer(string: html("layout", layout))))
  }

  func error(_ status: HTTPResponse.Status, _ message: String, context: ServerContext) -> Response {
    page("error", title: status.reasonPhrase, values: ["status": "\(status.code) \(status.reasonPhrase)", "message": message],
         context: context, status: status)
  }
}
