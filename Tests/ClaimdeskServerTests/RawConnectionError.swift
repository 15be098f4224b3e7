/// The test server's port could not be reached.
struct RawConnectionError: Error {}
