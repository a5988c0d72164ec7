/// Every bound on what reading a Word document may take, in one place: the package's sizes
/// (against zip bombs) and the document's structure (against counts that would size an
/// allocation, a loop or a recursion). A document past a bound is refused with one line; a
/// span past its table's grid is clamped to the grid.
public struct DocxReadLimits: Sendable {
  /// The largest DOCX file.
  public var fileBytes = 256 << 20
  /// The most entries a package may hold; Word writes about twenty.
  public var entries = 10_000
  /// The largest XML part, uncompressed.
  public var partBytes = 32 << 20
  /// The largest sum of all entries, uncompressed.
  public var totalBytes: UInt64 = 1 << 30
  /// The highest compression ratio of an entry over `ratioFloor` bytes.
  public var maxRatio: UInt64 = 100
  public var ratioFloor: UInt64 = 1 << 20

  /// The widest table grid: Word allows 63 columns. A table that declares no grid is taken to
  /// be this wide, and no cell spans more columns than its grid has.
  public var gridColumns = 63
  /// The most cells in one row.
  public var cellsPerRow = 256
  /// The most rows in one table.
  public var rowsPerTable = 10_000
  /// The deepest nesting of tables in cells.
  public var tableDepth = 32
  /// The most paragraphs, tables, rows and cells in the whole document together.
  public var blocks = 400_000
  /// The most bookmarks in the whole document.
  public var bookmarks = 100_000

  public init() {}
}

/// The parts of a document's structure that have a bound, for naming the one passed.
public enum DocxStructure: String, Sendable, Equatable {
  case cellsPerRow
  case rowsPerTable
  case tableDepth
  case blocks
  case bookmarks
  case entries
}
