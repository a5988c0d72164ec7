import Glibc
import Synchronization

/// Runs `work` for indices `0..<count` on `jobs` threads, each taking the next index when it is
/// free, until done or `shouldStop` says so.
public enum WorkerPool {
  /// Returns the results by index; `nil` for indices not run because `shouldStop` turned true.
  public static func run<Result: Sendable>(
    count: Int, jobs: Int, shouldStop: @escaping @Sendable () -> Bool = { false },
    _ work: @escaping @Sendable (Int) -> Result
  ) -> [Result?] {
    run(count: count, jobs: jobs, shouldStop: shouldStop, state: {}) { (_: inout Void, index) in work(index) }
  }

  /// Returns the results by index, as `run(count:jobs:shouldStop:_:)` does, each thread with a
  /// state of its own: `makeState` makes it on the thread when the thread takes its first
  /// index, and `work` is handed it with every index that thread takes. For what must not be
  /// shared between threads, such as a handle on an open archive.
  public static func run<State, Result: Sendable>(
    count: Int, jobs: Int, shouldStop: @escaping @Sendable () -> Bool = { false },
    state makeState: @escaping @Sendable () -> State,
    _ work: @escaping @Sendable (inout State, Int) -> Result
  ) -> [Result?] {
    let next = Atomic<Int>(0)
    let results = Mutex<[Result?]>(Array(repeating: nil, count: count))
    @Sendable func drain() {
      var state: State?
      while !shouldStop() {
        let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
        guard index < count else { return }
        var current = state.take() ?? makeState()
        let result = work(&current, index)
        state = current
        results.withLock { $0[index] = result }
      }
    }
    // Threads of our own rather than Dispatch's pool, which never runs more than the cores:
    // `--jobs` means what it says, and work waiting on the disk may want more.
    let threads = max(1, min(jobs, count))
    let started = (1..<threads).compactMap { _ in WorkerThread.start(drain) }
    drain()
    for thread in started { pthread_join(thread, nil) }
    return results.withLock { $0 }
  }
}

/// A system thread running one closure, with room for deep documents on its stack.
private enum WorkerThread {
  final class Body {
    let run: @Sendable () -> Void
    init(_ run: @escaping @Sendable () -> Void) { self.run = run }
  }

  /// The started thread; `nil` when the system would not start one, and the caller's own
  /// thread then does the work.
  static func start(_ run: @escaping @Sendable () -> Void) -> pthread_t? {
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, 4 << 20)
    let body = Unmanaged.passRetained(Body(run))
    var thread = pthread_t()
    let status = pthread_create(&thread, &attributes, { context in
      guard let context else { return nil }
      Unmanaged<Body>.fromOpaque(context).takeRetainedValue().run()
      return nil
    }, body.toOpaque())
    guard status == 0 else {
      body.release()
      return nil
    }
    return thread
  }
}
