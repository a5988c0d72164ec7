extension PackageError {
  /// The one-line message, naming the bundle.
  public func line(file: String, _ language: Language) -> String {
    switch self {
    case .output(let error): error.line(language)
    case .document(let error): error.line(file: file)
    case .zip(let error): "\(file): \(error)"
    case .normalisedDraft(let reason): "\(file): the draft does not read back as written: \(reason)"
    }
  }
}
