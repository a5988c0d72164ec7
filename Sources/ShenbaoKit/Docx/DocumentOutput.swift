import Foundation

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
  public func line(file: String) -> String {
    switch self {
    case .xml(.libxml(let reason)): "\(file): libxml2: \(reason)"
    case .xml(.cannotCreateWriter): "\(file): libxml2: cannot create a writer"
    case .xml(.forbidden(let what)): "\(file): libxml2: \(what.rawValue) is not allowed"
    case .xml(.tooLarge(let limit)): "\(file): libxml2: larger than \(limit) bytes"
    case .zip(let error): "\(file): libzip: \(error)"
    }
  }
}
