import ShenbaoCore
import ShenbaoNative

extension PackageError {
  /// The one-line message, naming the bundle.
  public func line(file: String, _ language: Language) -> String {
    switch self {
    case .output(let error): error.line(language)
    case .document(let error): error.line(file: file, language)
    case .zip(let error): "\(file): \(error.problem?.message(language) ?? ZipProblem.internalError.message(language))"
    case .normalisedDraft(let reason):
      "\(file): " + MessageCatalogue.shared.text("package.normalisedDraft", language, ["reason": reason])
    case .pdf(let error): "\(file): " + error.line(language)
    }
  }
}
