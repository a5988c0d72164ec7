import ShenbaoNative
import ShenbaoSupport

extension BundleReading {
  /// Reads the payload's entries (each with whether its bytes are kept whole) on up to `jobs`
  /// threads, each with a handle of its own on `source`, taking the biggest entries first so
  /// that no thread is left with a large one at the end; `reader` reads them all when one
  /// thread will do. The outcomes are in the order of `entries`.
  package func readPayload(
    _ entries: [(entry: ZipEntryInfo, keepsWhole: Bool)], algorithms: Set<DigestAlgorithm>,
    source: BundleSource, reader: BundleEntryReader
  ) -> [BundleEntryReader.Outcome] {
    let threads = min(source.readers(jobs), entries.count)
    guard threads > 1 else {
      return entries.map { reader.read($0.entry, algorithms: algorithms, keepsWhole: $0.keepsWhole, opensNested: true) }
    }
    let order = entries.indices.sorted { left, right in
      let (a, b) = (entries[left].entry.size, entries[right].entry.size)
      return a != b ? a > b : left < right
    }
    let limits = self.limits
    let read = WorkerPool.run(count: order.count, jobs: threads,
      state: { BundleEntryReader(opening: source, limits: limits) }
    ) { reader, position in
      let (entry, keepsWhole) = entries[order[position]]
      return reader.read(entry, algorithms: algorithms, keepsWhole: keepsWhole, opensNested: true)
    }
    var outcomes = [BundleEntryReader.Outcome](repeating: .corrupt(.internalError), count: entries.count)
    for (position, index) in order.enumerated() {
      if let outcome = read[position] { outcomes[index] = outcome }
    }
    return outcomes
  }
}
