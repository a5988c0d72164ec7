/// A size in bytes as people read it: `512 B`, `1.5 KB`, `12 MB`, `2.4 GB` (in 1024s, as file
/// managers count; one decimal below ten).
public enum ByteSize {
  public static func text(_ bytes: Int) -> String {
    let units = ["B", "KB", "MB", "GB", "TB"]
    var value = Double(bytes)
    var unit = 0
    while value >= 1024, unit < units.count - 1 {
      value /= 1024
      unit += 1
    }
    guard unit > 0 else { return "\(bytes) B" }
    let shown = value >= 10 ? String(Int(value.rounded())) : String((value * 10).rounded() / 10)
    return "\(shown.hasSuffix(".0") ? String(shown.dropLast(2)) : shown) \(units[unit])"
  }
}
