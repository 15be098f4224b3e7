import Foundation

/// One browser's session: who is signed in (nil until then, when accounts are required) and the
/// token every form of this session must carry.
struct Session: Sendable, Equatable {
  var id: String
  var user: String?
  var csrf: String
  var lastSeen: Date
}
