import FoundationEssentials
import ShenbaoSupport

/// A number as an applicant writes it: `60`, `2500`, `25%`, `25.5`, `60家`, `2,500条`.
public enum DeclaredNumber {
  /// The value of `text`, after dropping thousands separators and the field's unit (or a
  /// per cent sign); `nil` if what is left is not a decimal number.
  public static func parse(_ text: String, unit: String?) -> Double? {
    var text = text.halfWidth.trimmedForForm.replacingAll(",", with: "")
    for suffix in [unit, "%"].compactMap({ $0 }) where !suffix.isEmpty && text.hasSuffix(suffix) {
      text = String(text.dropLast(suffix.count)).trimmedForForm
    }
    guard !text.isEmpty, text.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "-" }),
      let value = Double(text), value.isFinite
    else { return nil }
    return value
  }

  /// The shortest text for a value: `50`, `20.5`.
  public static func format(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }
}
