import FoundationEssentials
import ShenbaoSupport

extension FolderLockError {
  /// The one-line message, naming the folder: who holds it and since when, or why it cannot be
  /// held.
  public func line(_ language: Language, catalogue: MessageCatalogue = .shared) -> String {
    switch self {
    case .held(let folder, let holder?):
      "\(folder.path): " + catalogue.text("failure.folderHeld", language,
        ["pid": String(holder.pid), "since": ShanghaiTime(Date(timeIntervalSince1970: Double(holder.since))).display])
    case .held(let folder, nil):
      "\(folder.path): " + catalogue.text("failure.folderHeldByUnknown", language)
    case .unwritable(let file, let code):
      "\(file.path): " + catalogue.text("failure.outputUnwritable", language,
        ["reason": SystemError.message(code, language, catalogue: catalogue)])
    case .notAFile(let file):
      "\(file.path): " + catalogue.text("failure.lockNotAFile", language)
    }
  }
}
