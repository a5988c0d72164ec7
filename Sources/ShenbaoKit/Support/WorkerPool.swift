import Foundation
import Synchronization

/// Runs `work` for indices `0..<count` on `jobs` threads, each taking the next index when it is
/// free, until done or `shouldStop` says so.
public enum WorkerPool {
  /// Returns the results by index; `nil` for indices not run because `shouldStop` turned true.
  public static func run<Result: Sendable>(
    count: Int, jobs: Int, shouldStop: @escaping @Sendable () -> Bool = { false },
    _ work: @escaping @Sendable (Int) -> Result
  ) -> [Result?] {
    let next = Atomic<Int>(0)
    let results = Mutex<[Result?]>(Array(repeating: nil, count: count))
    @Sendable func drain() {
      while !shouldStop() {
        let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
        guard index < count else { return }
        let result = work(index)
        results.withLock { $0[index] = result }
      }
    }
    // Threads of our own rather than Dispatch's pool, which never runs more than the cores:
    // `--jobs` means what it says, and work waiting on the disk may want more.
    let threads = max(1, min(jobs, count))
    let finished = DispatchGroup()
    for _ in 1..<threads {
      finished.enter()
      let thread = Thread {
        drain()
        finished.leave()
      }
      thread.stackSize = 4 << 20
      thread.start()
    }
    drain()
    finished.wait()
    return results.withLock { $0 }
  }
}
