import FoundationEssentials
import ShenbaoCore
import ShenbaoNative

/// Reads entries of a bundle whole, one thread's share: each entry in one pass that computes
/// every digest asked for while libzip checks the CRC-32, keeps the first bytes, and keeps the
/// whole of small text files and nested archives. It owns its archive handle and is used by
/// one thread only.
package final class BundleEntryReader {
  /// The size of the chunks entries are read in: large enough that reading costs few calls,
  /// small enough that a chunk is still in the core's cache when the next digest reads it.
  package static let chunkSize = 1 << 20

  /// The first bytes kept of every entry, for recognising its content.
  package static let headBytes = 1024

  private let archive: Result<ZipArchive, ZipError>
  private let limits: BundleLimits

  /// A reader of `archive`, which no other thread may use while this reader lives.
  package init(_ archive: ZipArchive, limits: BundleLimits) {
    self.archive = .success(archive)
    self.limits = limits
  }

  /// A reader with a handle of its own on `source`; when it cannot be opened, every entry read
  /// through it is reported corrupt with libzip's reason.
  package init(opening source: BundleSource, limits: BundleLimits) {
    archive = Result { () throws(ZipError) in try source.open() }
    self.limits = limits
  }

  /// What reading one entry learnt.
  package enum Outcome: Sendable {
    /// Read to its end, CRC-32 checked: its digests, its first bytes or (`whole`) all of them,
    /// and for a nested archive the entries of those a DOCX or OFD must hold that it holds.
    case read(digests: [DigestAlgorithm: String], kept: Data, whole: Bool, nestedEntries: Set<String>)
    /// Held other than the number of bytes the central directory declares: `actual` says how
    /// many, or `> declared` when it ran past.
    case sizeMismatch(actual: String)
    /// Could not be read: a bad CRC, a damaged stream, an unreadable file.
    case corrupt(ZipProblem)
  }

  /// Reads `entry` once, computing the digests of `algorithms`. `keepsWhole`: the entry's
  /// bytes are kept whole (it is a tag file or the draft, and small enough); `opensNested`:
  /// when the entry is itself a ZIP archive (an attachment), the entries it holds are looked
  /// up.
  package func read(_ entry: ZipEntryInfo, algorithms: Set<DigestAlgorithm>, keepsWhole: Bool, opensNested: Bool) -> Outcome {
    let archive: ZipArchive
    switch self.archive {
    case .success(let opened): archive = opened
    case .failure(let error): return .corrupt(ZipProblem.of(error))
    }
    let digest = MultiDigest(algorithms)
    var kept = Data()
    var recognised = false
    var nested: Data?
    do {
      let read = try archive.stream(entry.index, limit: entry.size, chunkSize: Self.chunkSize) { chunk in
        digest.update(chunk)
        let before = kept.count
        if keepsWhole {
          kept.append(contentsOf: chunk)
        } else if before < Self.headBytes {
          kept.append(contentsOf: chunk.prefix(Self.headBytes - before))
        }
        if nested != nil {
          nested?.append(contentsOf: chunk)
        } else if opensNested, !recognised, kept.count >= 4 {
          // Decided once, on the first four bytes; the bytes before this chunk are in `kept`.
          recognised = true
          if FileSignature.kind(of: kept) == .zip, entry.size <= UInt64(limits.maxNestedArchiveBytes) {
            var whole = Data(kept.prefix(before))
            whole.append(contentsOf: chunk)
            nested = whole
          }
        }
      }
      guard read == entry.size else { return .sizeMismatch(actual: String(read)) }
    } catch ZipError.entryTooLarge {
      return .sizeMismatch(actual: "> \(entry.size)")
    } catch {
      return .corrupt(ZipProblem.of(error))
    }
    return .read(digests: digest.finalize(), kept: kept, whole: keepsWhole,
      nestedEntries: nested.map(Self.packageEntries) ?? [])
  }

  /// Which of the entries DOCX and OFD files must hold a nested archive holds.
  package static func packageEntries(_ data: Data) -> Set<String> {
    let wanted = AttachmentFacts.packageMarkers
    guard let archive = try? ZipArchive(readingFrom: data) else { return [] }
    return Set(wanted.filter(archive.contains))
  }
}
