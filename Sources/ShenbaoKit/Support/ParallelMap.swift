import Dispatch
import Synchronization

extension Array where Element: Sendable {
  /// The results of `transform` over every element, computed on all cores, in input order.
  public func parallelMap<Result: Sendable>(
    _ transform: @Sendable (Element) -> Result
  ) -> [Result] {
    guard count > 1 else { return map(transform) }
    let results = Mutex<[Result?]>(Array<Result?>(repeating: nil, count: count))
    DispatchQueue.concurrentPerform(iterations: count) { index in
      let result = transform(self[index])
      results.withLock { $0[index] = result }
    }
    return results.withLock { $0.map { $0! } }
  }
}
