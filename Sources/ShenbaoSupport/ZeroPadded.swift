extension BinaryInteger {
  /// The decimal digits, with leading zeros up to `width` (a minus sign, when negative, comes
  /// first and is not counted): `7.zeroPadded(3)` is `007`.
  public func zeroPadded(_ width: Int) -> String {
    let digits = String(self.magnitude)
    let padding = String(repeating: "0", count: max(0, width - digits.count))
    return (self < 0 ? "-" : "") + padding + digits
  }
}
