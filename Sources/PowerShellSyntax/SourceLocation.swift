/// A position in script text: 1-based line and column, plus the 0-based offset in UTF-8 bytes... 
/// (placeholder replaced by the syntax work)
public struct SourceLocation: Hashable, Sendable {
    public var line: Int
    public var column: Int
    public var offset: Int
    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }
}
