/// The text being parsed, held once and shared by every extent that points into it.
///
/// Offsets are indices into `scalars` (Unicode scalars), so slicing is O(1) and the lexer
/// never re-walks a `String`. Lines and columns are 1-based, columns counted in scalars.
public final class SourceText: Sendable {
    public let fileName: String?
    public let scalars: [Unicode.Scalar]
    /// Offset of the first scalar of each line; `lineStarts[0] == 0`.
    public let lineStarts: [Int]
    /// The text as UTF-8, and the UTF-8 offset of each scalar (plus one past the end), so
    /// slicing text is a copy of bytes rather than a scalar-by-scalar rebuild.
    let utf8: [UInt8]
    let utf8Offsets: [Int32]

    public init(_ text: String, fileName: String? = nil) {
        self.fileName = fileName
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        var starts = [0]
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var offsets: [Int32] = []
        offsets.reserveCapacity(scalars.count + 1)
        var i = 0
        let n = scalars.count
        while i < n {
            let s = scalars[i]
            offsets.append(Int32(truncatingIfNeeded: bytes.count))
            if s.value < 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: s.value))
            } else {
                bytes.append(contentsOf: UTF8.encode(s)!)
            }
            let c = s.value
            if c == 0x0D {
                if i + 1 < n && scalars[i + 1].value == 0x0A {
                    offsets.append(Int32(truncatingIfNeeded: bytes.count))
                    bytes.append(0x0A)
                    i += 1
                }
                starts.append(i + 1)
            } else if c == 0x0A {
                starts.append(i + 1)
            }
            i += 1
        }
        offsets.append(Int32(truncatingIfNeeded: bytes.count))
        self.utf8 = bytes
        self.utf8Offsets = offsets
        self.lineStarts = starts
    }

    public var count: Int { scalars.count }

    /// The text between two offsets (clamped to the source).
    public func text(from start: Int, to end: Int) -> String {
        let s = max(0, min(start, scalars.count))
        let e = max(s, min(end, scalars.count))
        let a = Int(utf8Offsets[s]), b = Int(utf8Offsets[e])
        return String(decoding: utf8[a..<b], as: UTF8.self)
    }

    /// 1-based line and column of an offset.
    public func location(of offset: Int) -> SourcePosition {
        let o = max(0, min(offset, scalars.count))
        var lo = 0
        var hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= o { lo = mid } else { hi = mid - 1 }
        }
        return SourcePosition(line: lo + 1, column: o - lineStarts[lo] + 1, offset: o)
    }

    /// The text of a 1-based line, without its line terminator.
    public func lineText(_ line: Int) -> String {
        guard line >= 1 && line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : scalars.count
        while end > start && (scalars[end - 1].value == 0x0A || scalars[end - 1].value == 0x0D) { end -= 1 }
        return text(from: start, to: end)
    }
}

/// A position in script text: 1-based line and column (in Unicode scalars), 0-based offset
/// (index into `SourceText.scalars`).
public struct SourcePosition: Hashable, Sendable {
    public var line: Int
    public var column: Int
    public var offset: Int
    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }
}

/// The span of source a token or AST node covers (PowerShell's `IScriptExtent`).
public struct Extent: Sendable, CustomStringConvertible {
    public let source: SourceText
    public let startOffset: Int
    public let endOffset: Int

    public init(source: SourceText, start: Int, end: Int) {
        self.source = source
        self.startOffset = start
        self.endOffset = max(start, end)
    }

    public var start: SourcePosition { source.location(of: startOffset) }
    public var end: SourcePosition { source.location(of: endOffset) }
    public var startLine: Int { start.line }
    public var startColumn: Int { start.column }
    public var endLine: Int { end.line }
    public var endColumn: Int { end.column }
    public var fileName: String? { source.fileName }
    /// The source text the extent covers.
    public var text: String { source.text(from: startOffset, to: endOffset) }
    /// The whole line the extent starts on (for error squiggles).
    public var startLineText: String { source.lineText(startLine) }

    /// The smallest extent covering both.
    public func union(_ other: Extent) -> Extent {
        Extent(source: source, start: min(startOffset, other.startOffset), end: max(endOffset, other.endOffset))
    }

    public var description: String {
        let s = start
        return "\(s.line):\(s.column)"
    }
}
