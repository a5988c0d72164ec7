import Foundation
import FuzzDriver
import ShenbaoCore
import ShenbaoDesk

/// Fuzzes what the summaries are written from: rows whose texts — unit, project, recommender,
/// leader, phone, file, reason, findings — come from the input (as a hostile draft or bundle
/// would supply them), written as 汇总.csv, .json, .html and .xlsx and the receipt. Every cell of
/// the CSV read back must be one a spreadsheet shows as text, never runs as a formula.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSummary(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
  guard let bytes, count > 0 else { return 0 }
  // Texts are the input cut at NUL bytes, as valid UTF-8 (what a draft's reader would hand on).
  let texts = Array(UnsafeBufferPointer(start: bytes, count: count)).split(separator: 0, omittingEmptySubsequences: false)
    .map { String(decoding: $0, as: UTF8.self) }
  var next = 0
  func text() -> String? {
    defer { next += 1 }
    return next < texts.count ? texts[next] : nil
  }
  var rows: [SummaryRow] = []
  while next < texts.count, rows.count < 8 {
    let status = SummaryRow.Status.allCases[Int(bytes[rows.count % count]) % SummaryRow.Status.allCases.count]
    var row = SummaryRow(file: text() ?? "f", status: status)
    row.unit = text()
    row.projectName = text()
    row.recommender = text()
    row.leader = text()
    row.phone = text()
    row.reason = text()
    if let message = text() {
      row.findings = [Finding(severity: .error, code: "required", path: text() ?? "", message: message)]
      row.errors = 1
    }
    rows.append(row)
  }
  let summary = BatchSummary(rows: rows)
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shenbao-fuzz-summary-\(getpid())")
  try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  let files = SummaryFiles(language: .zh, source: texts.first)
  do {
    try files.write(summary, to: folder, now: Date(timeIntervalSince1970: 1_700_000_000)) { _ in nil }
  } catch {
    fatalError("the summaries of any rows are written: \(error)")
  }
  guard let csv = try? Data(contentsOf: folder.appendingPathComponent(files.names[1])) else {
    fatalError("汇总.csv was written")
  }
  for cell in CSVCells.read(Array(csv.dropFirst(3))) {
    let first = cell.unicodeScalars.first { CSVCells.formulaStarts.contains($0.value) || !$0.properties.isWhitespace }
    if let first, CSVCells.formulaStarts.contains(first.value) {
      fatalError("a CSV cell a spreadsheet would run: \(cell.debugDescription)")
    }
  }
  return 0
}

/// The cells of a CSV file as RFC 4180 reads them.
enum CSVCells {
  static let formulaStarts: Set<UInt32> = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D, 0xFF1D, 0xFF0B, 0xFF0D, 0xFF20]

  static func read(_ bytes: [UInt8]) -> [String] {
    var cells: [String] = []
    var cell: [UInt8] = []
    var quoted = false
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if quoted {
        if byte == UInt8(ascii: "\"") {
          if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
            cell.append(byte)
            index += 1
          } else {
            quoted = false
          }
        } else {
          cell.append(byte)
        }
      } else if byte == UInt8(ascii: "\""), cell.isEmpty {
        quoted = true
      } else if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") {
        cells.append(String(decoding: cell, as: UTF8.self))
        cell = []
      } else if byte == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") {
        // The line end's CR.
      } else {
        cell.append(byte)
      }
      index += 1
    }
    return cells
  }
}

@_cdecl("FuzzSummary_main")
public func fuzzSummaryMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  shenbao_fuzz_run(argc, argv, fuzzSummary)
}
