import FoundationEssentials
import ShenbaoCore
import ShenbaoNative

/// Writes the application form as a DOCX file: the filled form of a draft, or the blank
/// template.
public enum DocumentOutput {
  /// The filled form's bytes.
  public static func filledForm(_ application: Application, form: FormDefinition) throws(DocxError) -> Data {
    try DocxWriter.write(ApplicationDocument(form: form, application: application).document())
  }

  /// The blank template's bytes.
  public static func template(form: FormDefinition) throws(DocxError) -> Data {
    try DocxWriter.write(ApplicationDocument(form: form, application: nil).document())
  }
}

extension DocxError {
  /// The one-line message, naming the output.
  public func line(file: String, _ language: Language) -> String {
    switch self {
    case .xml(let error): "\(file): \(error.message(language))"
    case .zip(let error): "\(file): \(error.problem?.message(language) ?? ZipProblem.internalError.message(language))"
    }
  }
}
