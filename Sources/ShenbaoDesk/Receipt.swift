import FoundationEssentials
import ShenbaoBundle
import ShenbaoCore
import ShenbaoSupport

/// A receipt (回执) for bundles handed over: each bundle's name, size, SHA-256, when it was
/// received and what became of it. `batch` and `verify -o` write one; `verify --receipt` tells
/// what has changed since, so the department and each applicant can prove what was submitted.
public struct Receipt: Sendable, Codable, Hashable {
  /// One bundle as received.
  public struct Entry: Sendable, Codable, Hashable {
    /// The bundle's path inside the folder it was received in (its file name, when alone).
    public var name: String
    public var size: Int
    public var sha256: String
    /// When it was written or received (its file's time), ISO 8601 in Shanghai time.
    public var received: String
    public var status: SummaryRow.Status
    public var unit: String?
    public var project: String?
    public var recommender: String?
  }

  /// When the receipt was made, ISO 8601 in Shanghai time.
  public var issued: String
  /// The program and version that made it.
  public var maker: String
  public var bundles: [Entry]

  /// The receipt of `summary`'s bundles as they are on disk now, each at the path `location`
  /// gives for its row: its size, time and SHA-256 read there, so that the receipt, written
  /// last, holds what the folder holds. A bundle that cannot be read is left out, and so is one
  /// whose bytes are no longer those its row was checked as (replaced while the run went on):
  /// a receipt vouches only for what was checked.
  public init(_ summary: BatchSummary, issued: Date, location: (SummaryRow) -> String?) {
    self.issued = ShanghaiTime(issued).iso8601
    maker = "shenbao \(ShenbaoVersion.current)"
    let located = summary.rows.compactMap { row in
      row.bundle.flatMap { name in location(row).map { (row: row, name: name, path: $0) } }
    }
    bundles = located.parallelMap { item -> Entry? in
      guard let file = try? FileDigest.snapshot(of: URL(fileURLWithPath: item.path)),
        item.row.sha256 == nil || item.row.sha256 == file.sha256
      else { return nil }
      let row = item.row
      return Entry(name: item.name, size: file.size, sha256: file.sha256, received: ShanghaiTime(file.modified).iso8601,
        status: row.status, unit: row.unit, project: row.projectName, recommender: row.recommender)
    }.compactMap { $0 }
  }

  /// The largest receipt read: a line per bundle, for many thousands of bundles.
  package static let largestFile = 16 << 20

  /// Reads the receipt at `url`, saying what is wrong with one that cannot be used.
  public static func read(_ url: URL) throws(ReceiptError) -> Receipt {
    let data: Data
    do {
      let file = try FileDescriptor(reading: url)
      data = try file.read(upTo: largestFile + 1)
    } catch {
      throw .unreadable(url, SystemError.code(of: error))
    }
    do throws(ReceiptError.Problem) {
      return try decode(data)
    } catch {
      throw .notAReceipt(url, error)
    }
  }

  /// The receipt `data` holds, or what makes it not one.
  public static func decode(_ data: Data) throws(ReceiptError.Problem) -> Receipt {
    guard !data.isEmpty else { throw .empty }
    guard data.count <= largestFile else { throw .tooLarge }
    let receipt: Receipt
    do {
      receipt = try JSONDecoder().decode(Receipt.self, from: data)
    } catch let error as DecodingError {
      throw ReceiptError.Problem(error)
    } catch {
      throw .notJSON
    }
    var names = Set<String>()
    for (index, entry) in receipt.bundles.enumerated() {
      guard !entry.name.isEmpty else { throw .wrongValue(field: "bundles[\(index)].name") }
      guard SHA256Text.isValid(entry.sha256) else { throw .wrongValue(field: "bundles[\(index)].sha256") }
      guard names.insert(BagIt.normalized(entry.name)).inserted else { throw .twice(entry.name) }
    }
    return receipt
  }
}

/// Thrown when a receipt cannot be used.
public enum ReceiptError: Error, Sendable, Equatable {
  /// What makes a file not a receipt.
  public enum Problem: Error, Sendable, Equatable {
    case empty
    case tooLarge
    /// Not JSON in UTF-8.
    case notJSON
    /// JSON, but not an object with a receipt's fields.
    case notAnObject
    /// A field is missing, named by its path (`bundles[3].sha256`).
    case missing(field: String)
    /// A field holds a value of the wrong kind or form.
    case wrongValue(field: String)
    /// A bundle listed twice.
    case twice(String)

    package init(_ error: DecodingError) {
      func path(_ keys: [any CodingKey]) -> String {
        keys.reduce("") { path, key in
          key.intValue.map { "\(path)[\($0)]" } ?? (path.isEmpty ? key.stringValue : "\(path).\(key.stringValue)")
        }
      }
      switch error {
      case .keyNotFound(let key, let context): self = .missing(field: path(context.codingPath + [key]))
      case .typeMismatch(_, let context), .valueNotFound(_, let context):
        self = context.codingPath.isEmpty ? .notAnObject : .wrongValue(field: path(context.codingPath))
      case .dataCorrupted(let context) where !context.codingPath.isEmpty:
        self = .wrongValue(field: path(context.codingPath))
      default: self = .notJSON
      }
    }

    package func text(_ language: Language) -> String {
      let catalogue = MessageCatalogue.shared
      return switch self {
      case .empty: catalogue.text("receipt.problem.empty", language)
      case .tooLarge: catalogue.text("receipt.problem.tooLarge", language)
      case .notJSON: catalogue.text("receipt.problem.notJSON", language)
      case .notAnObject: catalogue.text("receipt.problem.notAnObject", language)
      case .missing(let field): catalogue.text("receipt.problem.missing", language, ["field": field.abridged])
      case .wrongValue(let field): catalogue.text("receipt.problem.wrongValue", language, ["field": field.abridged])
      case .twice(let name):
        catalogue.text("receipt.problem.twice", language, ["name": name.escapingControlCharacters.abridged])
      }
    }
  }

  /// Thrown when the file cannot be read, with the system's `errno`.
  case unreadable(URL, Int32)
  /// Thrown when the file is not a receipt shenbao wrote.
  case notAReceipt(URL, Problem)

  /// The one-line message, naming the file.
  public func line(_ language: Language) -> String {
    let catalogue = MessageCatalogue.shared
    return switch self {
    case .unreadable(let url, let code):
      "\(url.path): " + catalogue.text("failure.unreadable", language, ["reason": SystemError.message(code, language)])
    case .notAReceipt(let url, let problem):
      "\(url.path): " + catalogue.text("receipt.notAReceipt", language, ["reason": problem.text(language)])
    }
  }
}

/// The text of a SHA-256: 64 lower-case hexadecimal digits.
package enum SHA256Text {
  package static func isValid(_ text: String) -> Bool {
    text.utf8.count == 64 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
  }
}
