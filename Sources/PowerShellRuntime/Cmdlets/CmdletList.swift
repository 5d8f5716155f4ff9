/// Utility cmdlets (Where-Object, Select-Object, Export-Csv, ...) registered in every session.
/// This list belongs to the cmdlets work: add each new cmdlet type here. Entries registered here
/// replace runtime core cmdlets of the same name.
enum CmdletList {
    static var all: [any Cmdlet.Type] { [] }
}
