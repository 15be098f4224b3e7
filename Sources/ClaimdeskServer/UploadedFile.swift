/// A file sent with a form: the name the browser gave it (anything a client chose: shown escaped,
/// never used as a path) and its bytes.
struct UploadedFile: Sendable {
  var name: String
  var bytes: [UInt8]
}
