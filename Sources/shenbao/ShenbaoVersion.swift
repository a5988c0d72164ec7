/// The version `shenbao --version` prints.
enum ShenbaoVersion {
  static let current = "0.1.0"
}
