/// A regular expression a form definition gives for a field (`pattern`), matched in time linear
/// in the value whatever the pattern: compiled to a Thompson NFA and run as a Pike VM, so no
/// pattern — not `(a+)+b` — can make a hostile value take exponential time. A form may come
/// with a bundle from a stranger, so its patterns are untrusted too.
///
/// The pattern matches the whole value. Supported: literals; `.`; classes `[a-z0-9]` and
/// `[^…]`; `\d \D \w \W \s \S` (ASCII), `\p{Han}` (CJK ideographs); escapes `\. \( \\ …`;
/// groups `( )` and `(?: )`; alternation `|`; quantifiers `* + ? {n} {n,} {n,m}`; `^` and `$` at
/// the ends.
public struct SafePattern: Sendable, Hashable {
  /// The pattern as written.
  public let source: String
  private let program: [PatternInstruction]

  /// The longest pattern and program accepted, and the longest value matched (a longer one
  /// does not match).
  public static let maximumSourceLength = 1_000
  package static let maximumProgramLength = 4_000
  public static let maximumValueLength = 10_000

  /// Why a pattern cannot be used.
  public enum Problem: Error, Sendable, Equatable {
    case tooLong
    case unexpected(Character?, at: Int)
    case badRepeat(at: Int)
  }

  public init(_ source: String) throws(Problem) {
    guard source.count <= Self.maximumSourceLength else { throw .tooLong }
    var parser = PatternParser(Array(source.unicodeScalars))
    let node = try parser.parseWhole()
    var compiler = PatternCompiler()
    try compiler.emit(node)
    compiler.program.append(.match)
    guard compiler.program.count <= Self.maximumProgramLength else { throw .tooLong }
    self.source = source
    self.program = compiler.program
  }

  public static func == (lhs: SafePattern, rhs: SafePattern) -> Bool { lhs.source == rhs.source }
  public func hash(into hasher: inout Hasher) { hasher.combine(source) }

  /// Whether the whole of `text` matches.
  public func matches(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    guard scalars.count <= Self.maximumValueLength else { return false }
    var current = ThreadList(capacity: program.count)
    var next = ThreadList(capacity: program.count)
    add(0, to: &current)
    for scalar in scalars {
      guard !current.isEmpty else { return false }
      next.clear()
      for pc in current.items {
        if case .scalar(let matcher) = program[pc], matcher.matches(scalar) { add(pc + 1, to: &next) }
      }
      swap(&current, &next)
    }
    return current.items.contains { program[$0] == .match }
  }

  /// Adds the thread at `pc` and every one its jumps and splits lead to, once each.
  private func add(_ start: Int, to list: inout ThreadList) {
    var stack = [start]
    while let pc = stack.popLast() {
      guard list.insert(pc) else { continue }
      switch program[pc] {
      case .jump(let target): stack.append(target)
      case .split(let first, let second):
        stack.append(second)
        stack.append(first)
      case .scalar, .match: break
      }
    }
  }
}

/// One instruction of the compiled program.
package enum PatternInstruction: Sendable, Hashable {
  case scalar(ScalarMatcher)
  case split(Int, Int)
  case jump(Int)
  case match
}

/// What one position of a value must be.
package enum ScalarMatcher: Sendable, Hashable {
  case any
  case ranges([ClosedRange<UInt32>], negated: Bool)

  package func matches(_ scalar: Unicode.Scalar) -> Bool {
    switch self {
    case .any: return scalar != "\n"
    case .ranges(let ranges, let negated): return ranges.contains { $0.contains(scalar.value) } != negated
    }
  }

  package static func literal(_ scalar: Unicode.Scalar) -> ScalarMatcher { .ranges([scalar.value...scalar.value], negated: false) }
  package static let digit: [ClosedRange<UInt32>] = [0x30...0x39]
  package static let word: [ClosedRange<UInt32>] = [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A]
  package static let space: [ClosedRange<UInt32>] = [0x09...0x0D, 0x20...0x20, 0x3000...0x3000]
  /// CJK Unified Ideographs and their extensions and compatibility forms.
  package static let han: [ClosedRange<UInt32>] = [
    0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2A6DF, 0x2A700...0x2EBEF, 0x30000...0x3134F,
  ]
}

/// The threads of the Pike VM at one position: a sparse set of program counters.
private struct ThreadList {
  private(set) var items: [Int] = []
  private var index: [Int]

  init(capacity: Int) {
    index = Array(repeating: -1, count: capacity)
    items.reserveCapacity(capacity)
  }

  var isEmpty: Bool { items.isEmpty }

  mutating func insert(_ pc: Int) -> Bool {
    let slot = index[pc]
    if slot >= 0, slot < items.count, items[slot] == pc { return false }
    index[pc] = items.count
    items.append(pc)
    return true
  }

  mutating func clear() { items.removeAll(keepingCapacity: true) }
}

/// A parsed pattern.
private indirect enum PatternNode {
  case empty
  case atom(ScalarMatcher)
  case sequence([PatternNode])
  case alternation([PatternNode])
  case repeated(PatternNode, minimum: Int, maximum: Int?)
}

/// A recursive-descent parser of the supported syntax, over Unicode scalars.
private struct PatternParser {
  let scalars: [Unicode.Scalar]
  var position = 0
  var depth = 0

  init(_ scalars: [Unicode.Scalar]) {
    self.scalars = scalars
  }

  var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

  func problem() -> SafePattern.Problem {
    .unexpected(current.map(Character.init), at: position + 1)
  }

  mutating func parseWhole() throws(SafePattern.Problem) -> PatternNode {
    if current == "^" { position += 1 }
    let node = try parseAlternation()
    if current == "$", position == scalars.count - 1 { position += 1 }
    guard position == scalars.count else { throw problem() }
    return node
  }

  mutating func parseAlternation() throws(SafePattern.Problem) -> PatternNode {
    depth += 1
    defer { depth -= 1 }
    guard depth <= 50 else { throw problem() }
    var branches = [try parseSequence()]
    while current == "|" {
      position += 1
      branches.append(try parseSequence())
    }
    return branches.count == 1 ? branches[0] : .alternation(branches)
  }

  mutating func parseSequence() throws(SafePattern.Problem) -> PatternNode {
    var items: [PatternNode] = []
    while let scalar = current, scalar != "|", scalar != ")" {
      if scalar == "$", position == scalars.count - 1 { break }
      var atom = try parseAtom()
      while let quantifier = current, "*+?{".unicodeScalars.contains(quantifier) {
        atom = try parseQuantifier(atom)
      }
      items.append(atom)
    }
    return items.count == 1 ? items[0] : (items.isEmpty ? .empty : .sequence(items))
  }

  mutating func parseQuantifier(_ atom: PatternNode) throws(SafePattern.Problem) -> PatternNode {
    let start = position
    guard let scalar = current else { throw problem() }
    position += 1
    switch scalar {
    case "*": return .repeated(atom, minimum: 0, maximum: nil)
    case "+": return .repeated(atom, minimum: 1, maximum: nil)
    case "?": return .repeated(atom, minimum: 0, maximum: 1)
    default:
      let minimum = number()
      var maximum: Int? = minimum
      if current == "," {
        position += 1
        maximum = number()
      }
      guard let minimum, current == "}" else { throw .badRepeat(at: start + 1) }
      position += 1
      if let maximum, maximum < minimum { throw .badRepeat(at: start + 1) }
      guard minimum <= 1_000, (maximum ?? 0) <= 1_000 else { throw .badRepeat(at: start + 1) }
      return .repeated(atom, minimum: minimum, maximum: maximum)
    }
  }

  mutating func number() -> Int? {
    var digits = ""
    while let scalar = current, ("0"..."9").contains(scalar), digits.count < 5 {
      digits.unicodeScalars.append(scalar)
      position += 1
    }
    return Int(digits)
  }

  mutating func parseAtom() throws(SafePattern.Problem) -> PatternNode {
    guard let scalar = current else { throw problem() }
    switch scalar {
    case "(":
      position += 1
      if current == "?" {
        guard position + 1 < scalars.count, scalars[position + 1] == ":" else { throw problem() }
        position += 2
      }
      let inner = try parseAlternation()
      guard current == ")" else { throw problem() }
      position += 1
      return inner
    case "[":
      return .atom(try parseClass())
    case ".":
      position += 1
      return .atom(.any)
    case "\\":
      return .atom(.ranges(try parseEscape(inClass: false), negated: false))
    case "*", "+", "?", "{", "^", "$", ")":
      throw problem()
    default:
      position += 1
      return .atom(.literal(scalar))
    }
  }

  /// An escape: a class shorthand (negated ones as their complement), `\p{Han}`, or a literal.
  mutating func parseEscape(inClass: Bool) throws(SafePattern.Problem) -> [ClosedRange<UInt32>] {
    position += 1
    guard let scalar = current else { throw problem() }
    position += 1
    switch scalar {
    case "d": return ScalarMatcher.digit
    case "w": return ScalarMatcher.word
    case "s": return ScalarMatcher.space
    case "D": return Self.complement(ScalarMatcher.digit)
    case "W": return Self.complement(ScalarMatcher.word)
    case "S": return Self.complement(ScalarMatcher.space)
    case "p":
      let name = "{Han}"
      guard scalars[position...].starts(with: name.unicodeScalars) else { throw problem() }
      position += name.unicodeScalars.count
      return ScalarMatcher.han
    case "n": return [0x0A...0x0A]
    case "t": return [0x09...0x09]
    default:
      guard !scalar.properties.isAlphabetic || scalar.value > 0x7F else { throw problem() }
      return [scalar.value...scalar.value]
    }
  }

  mutating func parseClass() throws(SafePattern.Problem) -> ScalarMatcher {
    position += 1
    var negated = false
    if current == "^" {
      negated = true
      position += 1
    }
    var ranges: [ClosedRange<UInt32>] = []
    var first = true
    while let scalar = current, scalar != "]" || first {
      first = false
      if scalar == "\\" {
        ranges += try parseEscape(inClass: true)
        continue
      }
      position += 1
      if current == "-", position + 1 < scalars.count, scalars[position + 1] != "]" {
        position += 1
        guard let end = current, end.value >= scalar.value else { throw problem() }
        position += 1
        ranges.append(scalar.value...end.value)
      } else {
        ranges.append(scalar.value...scalar.value)
      }
    }
    guard current == "]" else { throw problem() }
    position += 1
    return .ranges(ranges, negated: negated)
  }

  static func complement(_ ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
    var result: [ClosedRange<UInt32>] = []
    var next: UInt32 = 0
    for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      if range.lowerBound > next { result.append(next...(range.lowerBound - 1)) }
      next = max(next, range.upperBound + 1)
    }
    if next <= 0x10FFFF { result.append(next...0x10FFFF) }
    return result
  }
}

/// Emits the program of a parsed pattern; repeats are unrolled, so the program's size is
/// bounded by ``SafePattern/maximumProgramLength`` as it grows.
private struct PatternCompiler {
  var program: [PatternInstruction] = []

  mutating func emit(_ node: PatternNode) throws(SafePattern.Problem) {
    guard program.count <= SafePattern.maximumProgramLength else { throw .tooLong }
    switch node {
    case .empty:
      break
    case .atom(let matcher):
      program.append(.scalar(matcher))
    case .sequence(let items):
      for item in items { try emit(item) }
    case .alternation(let branches):
      var jumps: [Int] = []
      for (index, branch) in branches.enumerated() {
        if index < branches.count - 1 {
          let split = program.count
          program.append(.split(split + 1, 0))
          try emit(branch)
          jumps.append(program.count)
          program.append(.jump(0))
          program[split] = .split(split + 1, program.count)
        } else {
          try emit(branch)
        }
      }
      for jump in jumps { program[jump] = .jump(program.count) }
    case .repeated(let inner, let minimum, let maximum):
      for _ in 0..<minimum { try emit(inner) }
      if let maximum {
        var splits: [Int] = []
        for _ in minimum..<maximum {
          splits.append(program.count)
          program.append(.split(program.count + 1, 0))
          try emit(inner)
        }
        for split in splits { program[split] = .split(split + 1, program.count) }
      } else {
        let loop = program.count
        program.append(.split(loop + 1, 0))
        try emit(inner)
        program.append(.jump(loop))
        program[loop] = .split(loop + 1, program.count)
      }
    }
  }
}
