import Hummingbird

extension WebApp {
  func addLoginRoutes(_ router: Router<ServerContext>) {
    router.get("/login") { _, context -> Response in
      guard context.session.user == nil else { return Self.redirect("/") }
      return pages.page("login", title: "Sign in", values: ["csrf": context.session.csrf], context: context)
    }

    router.post("/login") { _, context -> Response in
      guard settings.requiresLogin else { return Self.redirect("/") }
      let name = context.form.trimmed("name") ?? ""
      let password = context.form["password"] ?? ""
      let keys = ["name:" + name.lowercased(), "address:" + context.remoteAddress]
      if let wait = throttle.retryAfter(keys) {
        var response = pages.page(
          "login", title: "Sign in",
          values: ["csrf": context.session.csrf, "name": Shown.text(name),
                   "message": "Too many failed attempts: try again in \(wait) seconds."],
          context: context, status: .tooManyRequests)
        response.headers[.retryAfter] = String(wait)
        return response
      }
      let users = self.users
      let valid = try await Blocking.run { try users.verify(name, password: password) }
      guard valid else {
        throttle.fail(keys)
        return pages.page(
          "login", title: "Sign in",
          values: ["csrf": context.session.csrf, "name": Shown.text(name), "message": "The name or password is wrong."],
          context: context, status: .unauthorized)
      }
      throttle.succeed(keys)
      let session = sessions.replace(context.session, user: name)
      var response = Self.redirect("/")
      response.setCookie(SessionMiddleware.cookie(session.id, secure: settings.behindTLS))
      return response
    }

    router.post("/logout") { _, context -> Response in
      let session = sessions.replace(context.session, user: settings.requiresLogin ? nil : settings.localActor)
      var response = Self.redirect(settings.requiresLogin ? "/login" : "/")
      response.setCookie(SessionMiddleware.cookie(session.id, secure: settings.behindTLS))
      return response
    }
  }
}
