import PowerShellRuntime

/// The in-memory host every script test runs on: stdout and stderr collected as text, Read-Host
/// answered from a queue, no colour, 120 columns (what the shell uses when its output is not a
/// terminal).
public final class TestHost: HostIO {
    public var stdout = ""
    public var stderr = ""
    /// Lines Read-Host returns, first to last; nil (end of input) once empty.
    public var inputLines: [String] = []
    public var windowWidth: Int

    public init(windowWidth: Int = 120) {
        self.windowWidth = windowWidth
    }

    public func write(_ text: String, to stream: HostStream) {
        switch stream {
        case .output: stdout += text
        case .error: stderr += text
        }
    }

    public func readLine(prompt: String?) -> String? { inputLines.isEmpty ? nil : inputLines.removeFirst() }
    /// Whether the shell may ask (confirmation prompts); Read-Host reads `inputLines` either way.
    public var isInteractive = false
    public var useColor: Bool { false }
}
