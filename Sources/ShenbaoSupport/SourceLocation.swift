/// A position in a draft file, both one-based.
public struct SourceLocation: Sendable, Hashable, Codable {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }
}
