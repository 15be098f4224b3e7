import Foundation
import Testing
@testable import ClaimdeskServer

@Suite struct SessionStoreTests {
  @Test func idleSessionsEndAndTheStoreStaysBounded() {
    let store = SessionStore(idleLimit: 60, capacity: 10)
    let start = Date(timeIntervalSince1970: 1_000_000)
    let kept = store.create(user: "dana", now: start)
    #expect(store.session(kept.id, now: start.addingTimeInterval(30))?.user == "dana")
    #expect(store.session(kept.id, now: start.addingTimeInterval(100)) == nil)
    let ids = (0..<25).map { store.create(user: nil, now: start.addingTimeInterval(Double($0))).id }
    #expect(store.session(ids.last, now: start.addingTimeInterval(30)) != nil)
    #expect(store.session(ids.first, now: start.addingTimeInterval(30)) == nil)
  }
}
