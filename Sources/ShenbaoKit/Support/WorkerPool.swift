import Dispatch
import Synchronization

/// Runs `work` for indices `0..<count` on `jobs` threads, each taking the next index when it is
/// free, until done or `shouldStop` says so.
public enum WorkerPool {
  /// Returns the results by index; `nil` for indices not run because `shouldStop` turned true.
  public static func run<Result: Sendable>(
    count: Int, jobs: Int, shouldStop: @Sendable () -> Bool = { false },
    _ work: @Sendable (Int) -> Result
  ) -> [Result?] {
    let next = Atomic<Int>(0)
    let results = Mutex<[Result?]>(Array(repeating: nil, count: count))
    DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, count))) { _ in
      while !shouldStop() {
        let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
        guard index < count else { return }
        let result = work(index)
        results.withLock { $0[index] = result }
      }
    }
    return results.withLock { $0 }
  }
}
