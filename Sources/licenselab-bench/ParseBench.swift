import Foundation
import PowerShellSyntax

/// `licenselab-bench parse FILE [--runs N]`: parses FILE N times in-process and prints the median
/// time in milliseconds, then the error count (the shell benchmark (d) reads the first number).
enum ParseBench {
    static func run(_ args: [String]) -> Int32 {
        guard let path = args.first, let data = FileManager.default.contents(atPath: path) else {
            print("usage: licenselab-bench parse FILE [--runs N]")
            return 2
        }
        var runs = 7
        if let i = args.firstIndex(of: "--runs"), i + 1 < args.count, let n = Int(args[i + 1]), n > 0 { runs = n }
        let text = String(decoding: data, as: UTF8.self)
        var times: [Double] = []
        var errors = 0
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            let result = Parser.parse(text, fileName: path)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            errors = result.errors.count
        }
        times.sort()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        print(String(format: "%.2f ms median of %d parses of %d lines (%d parse errors)", times[times.count / 2], runs, lines, errors))
        return 0
    }
}
