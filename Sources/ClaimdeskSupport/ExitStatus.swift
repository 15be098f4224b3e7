/// Process exit statuses in the BSD sysexits style, so scripts can tell failures apart.
public enum ExitStatus: Int32, Sendable {
  case ok = 0
  /// The command was used incorrectly (EX_USAGE).
  case usage = 64
  /// The input data was incorrect (EX_DATAERR).
  case dataError = 65
  /// An input file did not exist or was not readable (EX_NOINPUT).
  case noInput = 66
  /// A service (network, remote host) was unavailable (EX_UNAVAILABLE).
  case unavailable = 69
  /// An internal software error (EX_SOFTWARE).
  case software = 70
  /// An output file could not be created (EX_CANTCREAT).
  case cannotCreate = 73
  /// An input/output error (EX_IOERR).
  case ioError = 74
  /// Permission was refused, e.g. a database login (EX_NOPERM).
  case noPermission = 77
}

/// An error that knows which exit status it warrants. Every error enum of the engine adopts it,
/// so the CLI maps any failure to one `claimdesk: error: ...` line and the right status.
public protocol ClaimdeskFailure: Error, CustomStringConvertible {
  var exitStatus: ExitStatus { get }
  /// `FILE:LINE` (or `FILE:LINE:COL`) when the error points into a file; the CLI then prints
  /// `FILE:LINE: error: MESSAGE`, the form editors and CI logs link to.
  var location: String? { get }
}

extension ClaimdeskFailure {
  public var location: String? { nil }
}
