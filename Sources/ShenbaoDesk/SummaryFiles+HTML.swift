import FoundationEssentials
import ShenbaoCore
import ShenbaoNative

extension SummaryFiles {
  /// 汇总.html: one self-contained page a reviewer reads at 1366 px and prints on A4 landscape:
  /// no network, no other files. The counts, a filter (text and status), the rows grouped by recommending
  /// department, each row's findings and particulars opening below it across the full width, a
  /// table sortable by any column (click its heading), and the checks across applications.
  package func html(_ summary: BatchSummary, now: Date = Date()) -> Data {
    Data(page(summary, now: now, inline: true).utf8)
  }

  /// A link the served page offers to download one of the summary's files.
  public struct Download: Sendable {
    public var name: String
    public var href: String

    public init(name: String, href: String) {
      self.name = name
      self.href = href
    }
  }

  /// The summary page (``SummaryPageView``): with its style and script inside it (`inline`, the
  /// file 汇总.html) or from the server's assets (a served page, whose policy allows no inline
  /// script), with `downloads` offered above it.
  public func page(_ summary: BatchSummary, now: Date, inline: Bool, downloads: [Download] = []) -> String {
    var view = SummaryPageView(self, summary, now: now)
    view.lang = language == .zh ? "zh-CN" : "en"
    view.inline = inline
    view.css = inline ? EmbeddedFiles.contents["web/assets/summary.css"] ?? "" : ""
    view.script = inline ? EmbeddedFiles.contents["web/assets/summary.js"] ?? "" : ""
    view.downloads = downloads
    view.hasDownloads = !downloads.isEmpty
    return view.html()
  }

  /// When the page was made, and from what.
  package func made(_ now: Date) -> String {
    let time = ShanghaiTime(now).display
    return source.map { text("summary.madeFrom", ["time": time, "source": $0]) } ?? text("summary.made", ["time": time])
  }

  /// The rows' file names, kept whole where a text names them (app-0001/draft.yaml never
  /// breaks after its hyphen or slash).
  package struct WholePaths {
    private var byFirst: [Character: [String]] = [:]

    package init(_ files: [String]) {
      for file in Set(files.map(XMLText.escaped)) where file.contains(where: { !$0.isLetter }) {
        guard let first = file.first else { continue }
        byFirst[first, default: []].append(file)
      }
      for key in byFirst.keys { byFirst[key]?.sort { $0.count > $1.count } }
    }

    /// `html` with every file name in it wrapped in a span that does not break.
    package func marked(_ html: String) -> String {
      guard !byFirst.isEmpty else { return html }
      var result = ""
      var index = html.startIndex
      while index < html.endIndex {
        if let file = byFirst[html[index]]?.first(where: { html[index...].hasPrefix($0) }) {
          index = html.index(index, offsetBy: file.count)
          // Punctuation that closes or follows the name stays on its line.
          let trailing = html[index...].prefix { "、，。；：）」”".contains($0) }
          index = trailing.endIndex
          result += "<span class=\"path\">\(file)\(trailing)</span>"
        } else {
          result.append(html[index])
          index = html.index(after: index)
        }
      }
      return result
    }
  }

  /// Text as HTML carries it.
  package func escape(_ text: String) -> String {
    XMLText.escaped(text)
  }
}
