import Licensing
import PowerShellRuntime

/// The Lab module (LICENSING.md §8): setting up and driving the simulation.
enum Lab {
    static let module = "LicenseLab"

    /// A failed lab operation: the message as the core words it, the code as Exception.ErrorCode.
    @discardableResult
    static func perform(_ context: CommandContext, target: Value = .null, _ body: () throws -> Void) throws -> Bool {
        do {
            try body()
            return true
        } catch let error as LicensingError {
            let rec = context.errorRecord(error.message, errorId: error.code.rawValue, category: M365Errors.category(error.code),
                                          exceptionType: M365Errors.msolException, targetObject: target)
            rec.exception.extraProperties = [("ErrorCode", .string(error.code.rawValue))]
            try context.writeError(rec)
            return false
        }
    }

    static let passThru = ParameterMetadata(name: "PassThru", type: "switch", helpMessage: "Write the changed object.")
}
