// The parser fuzzer (Scripts/fuzz parser): built with -sanitize=fuzzer and LICENSELAB_FUZZ it is a
// libFuzzer program (its flags: -max_total_time=, -jobs=, a corpus folder); built plainly it
// replays the files given as arguments, one after another.
import FuzzTargets
#if LICENSELAB_FUZZ
import CFuzzDriver

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
_ = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    FuzzTargets.parse(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
#else
import Foundation

for path in CommandLine.arguments.dropFirst() {
    guard let data = FileManager.default.contents(atPath: path) else { continue }
    FuzzTargets.parse([UInt8](data))
}
#endif
