import Testing
@testable import ClaimdeskSupport

@Suite struct JSONTests {
  @Test(arguments: [
    (JSONValue.object(["b": 1, "a": "x/y", "é": true, "Z": .null]), #"{"Z":null,"a":"x/y","b":1,"é":true}"#),
    (.string("quote \" back \\ tab \t nl \n \u{1}"), #""quote \" back \\ tab \t nl \n \u0001""#),
    (.array([.int(-3), .double(0.5), .double(2)]), "[-3,0.5,2]"),
  ])
  func writesCanonically(value: JSONValue, expected: String) {
    #expect(JSONWriter.string(value) == expected)
  }

  @Test func roundTrips() throws {
    let value: JSONValue = ["text": "Every U.S. administration — since 1967 “quoted”", "n": [1, 2, ["k": nil]]]
    #expect(try JSONParser.parse(JSONWriter.encode(value)) == value)
  }

  @Test func decodesEscapesAndSurrogates() throws {
    #expect(try JSONParser.parse(#""a\/b\u00e9\ud83d\ude00""#) == .string("a/bé😀"))
  }

  @Test(arguments: ["", "{", #"{"a" 1}"#, "[1,]", "tru", #""\x""#, "1 2", #"{"a":1}x"#, "\"a\nb\""])
  func rejectsMalformed(input: String) {
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(input) }
  }

  @Test func refusesDeepNesting() {
    let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(deep) }
  }
}
