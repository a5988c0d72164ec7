import FoundationEssentials

extension Array where Element: Sendable {
  /// The results of `transform` over every element, `jobs` at a time (default: every core), in
  /// input order.
  public func parallelMap<Result: Sendable>(
    jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
    _ transform: @escaping @Sendable (Element) -> Result
  ) -> [Result] {
    guard count > 1 else { return map(transform) }
    let elements = self
    return WorkerPool.run(count: count, jobs: jobs) { transform(elements[$0]) }.map { $0! }
  }
}
