/// The text of LicenseLab's built-in Pester module, in parts (`PesterScript+*.swift`): PowerShell
/// written for LicenseLab from Pester's documented behaviour, run by Import-Module Pester.
enum PesterScript {
    static var text: String { [runtime, should, mock, pester6, reports, main, exports].joined(separator: "\n") }
}
