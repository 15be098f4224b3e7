import Testing
@testable import ClaimdeskServer

@Suite struct MultipartFormTests {
  @Test func readsFieldsAndFilesWhateverTheFileHolds() throws {
    let file = "line one\r\n--almost-the-boundary\r\n\r\nname=\"x\"; filename=\"y\"\r\nlast"
    let body = "preamble\r\n--B\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nabc\r\n"
      + "--B\r\ncontent-disposition: form-data; name=\"file\"; filename=\"a; b.md\"\r\nContent-Type: text/markdown\r\n\r\n\(file)\r\n"
      + "--B\r\nContent-Disposition: form-data; name=\"empty\"; filename=\"\"\r\n\r\n\r\n--B--\r\n"
    let form = try #require(MultipartForm.parse(Array(body.utf8), boundary: "B"))
    #expect(form["csrf"] == "abc")
    #expect(form.files["file"]?.name == "a; b.md")
    #expect(form.files["file"].map { String(decoding: $0.bytes, as: UTF8.self) } == file)
    #expect(form.files["empty"] == nil)  // a file input left empty
  }

  @Test func refusesWhatIsNotWellFormed() {
    #expect(MultipartForm.parse(Array("--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end".utf8), boundary: "B") == nil)
    #expect(MultipartForm.parse(Array("no delimiter at all".utf8), boundary: "B") == nil)
    #expect(MultipartForm.parse(Array("--B\r\nX-Other: 1\r\n\r\nv\r\n--B--".utf8), boundary: "B") == nil)
    #expect(MultipartForm.boundary("multipart/form-data; boundary=\"q r\"") == "q r")
    #expect(MultipartForm.boundary("application/x-www-form-urlencoded") == nil)
    #expect(MultipartForm.boundary("multipart/form-data") == nil)
  }
}
