import CMalloc

/// Gives memory that work has freed back to the system.
///
/// The C allocator keeps what a large request freed for the next one, in every thread's arena:
/// a server that once validated a 30 000-member draft would stay hundreds of megabytes large.
public enum FreedMemory {
  /// Returns every free page of every arena to the system; takes well under a millisecond when
  /// little is free.
  public static func release() {
    _ = malloc_trim(0)
  }
}
