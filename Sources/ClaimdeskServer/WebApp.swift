import Foundation
import Hummingbird
import ClaimdeskExtraction
import ClaimdeskKit
import ClaimdeskLedger
import ClaimdeskSupport

/// The browser workbench: one set of routes over the same `Workbench` the CLI uses, so the
/// ledger's rules, lock and writer are the same whichever way a reviewer works.
public struct WebApp: Sendable {
  let settings: ServerSettings
  let workbench: Workbench
  let scorer: any CheckWorthinessScoring
  let users: UserStore
  /// "claimdesk VERSION", recorded in worksheets.
  let generator: String
  let pages: PageRenderer
  let sessions = SessionStore()
  let throttle: LoginThrottle
  let snapshot: ClaimsSnapshot
  /// The sentence encoder for seen-before matching on a web check, found (and loaded, 90 MB)
  /// on first use rather than at start.
  let matchingModel: @Sendable () -> MatchingModel
  let fetchJobs = FetchJobs()
  let capturedPages = CapturedPages()
  let changeFeeds: ChangeFeeds

  public init(
    settings: ServerSettings, workbench: Workbench, scorer: any CheckWorthinessScoring, users: UserStore,
    generator: String, loginAttempts: Int = 5, matchingModel: @escaping @Sendable () -> MatchingModel = { .lexical }
  ) throws {
    self.matchingModel = matchingModel
    self.settings = settings
    self.workbench = workbench
    self.scorer = scorer
    self.users = users
    self.generator = generator
    pages = try PageRenderer(requiresLogin: settings.requiresLogin)
    throttle = LoginThrottle(limit: loginAttempts)
    snapshot = ClaimsSnapshot(workbench: workbench)
    let (workspace, feeds) = (workbench.workspace, settings.changeFeeds)
    changeFeeds = ChangeFeeds(limit: feeds.limit) { LedgerWatch.heads(of: workspace, interval: feeds.pollInterval) }
  }

  /// Refuses to serve a non-loopback address without accounts.
  public func checkStart() throws {
    guard (0...65535).contains(settings.port) else { throw ServerError.badPort(settings.port) }
    if settings.requiresLogin, try users.names().isEmpty { throw ServerError.noUsers(host: settings.host) }
  }

  /// Folds the ledger in the background from now on, so that the first page need not start
  /// the fold (see `ClaimsSnapshot.foldInBackground`). `serve` calls it once it will serve.
  public func startFolding() { snapshot.foldInBackground() }

  public func application() -> Application<RouterResponder<ServerContext>> {
    Application(
      router: router(),
      configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: nil))
  }

  func router() -> Router<ServerContext> {
    let router = Router(context: ServerContext.self)
    router.add(middleware: SecurityHeaders())
    router.add(middleware: SessionMiddleware(sessions: sessions, settings: settings, users: users, pages: pages))
    addStaticRoutes(router)
    addLoginRoutes(router)
    addQueueRoutes(router)
    addClaimRoutes(router)
    addFetchRoutes(router)
    addDocumentRoutes(router)
    addCheckRoutes(router)
    addExportRoutes(router)
    addChangeRoutes(router)
    return router
  }

  /// The workbench acting for the request's user.
  func workbench(for context: ServerContext) -> Workbench { workbench.acting(as: context.actor) }

  /// A refusal or failure as a page with the status it warrants.
  func failure(_ error: any Error, context: ServerContext) -> Response {
    switch error {
    case let error as LedgerError:
      switch error {
      case .unknownClaim, .unknownDocument, .invalidClaimID: return pages.error(.notFound, error.description, context: context)
      case .ambiguousClaim: return pages.error(.badRequest, error.description, context: context)
      default: return pages.error(.internalServerError, error.description, context: context)
      }
    case let error as any ClaimdeskFailure:
      let status: HTTPResponse.Status = switch error.exitStatus {
      case .usage, .dataError: .unprocessableContent
      case .noInput: .notFound
      case .unavailable: .badGateway
      default: .internalServerError
      }
      return pages.error(status, error.description, context: context)
    default:
      return pages.error(.internalServerError, "\(error)", context: context)
    }
  }

  static func redirect(_ location: String) -> Response {
    Response(status: .seeOther, headers: [.location: location])
  }
}
