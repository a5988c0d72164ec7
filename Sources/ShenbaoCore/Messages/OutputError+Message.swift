import FoundationEssentials
import ShenbaoSupport

extension OutputError {
  /// The one-line message.
  public func line(_ language: Language, catalogue: MessageCatalogue = .shared) -> String {
    switch self {
    case .exists(let url): "\(url.path): " + catalogue.text("failure.outputExists", language)
    case .isDirectory(let url): "\(url.path): " + catalogue.text("failure.isDirectory", language)
    case .unwritable(let url, let code):
      "\(url.path): " + catalogue.text("failure.outputUnwritable", language,
        ["reason": SystemError.message(code, language, catalogue: catalogue)])
    }
  }
}
