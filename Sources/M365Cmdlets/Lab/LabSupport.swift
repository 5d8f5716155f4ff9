import Licensing
import PowerShellRuntime

/// The Lab module (docs/licensing.md "The lab surface"): setting up and driving the simulation.
enum Lab {
    static let module = "LicenseLab"

    /// Runs a tenant change; a LicensingError becomes the Lab module's error record. Returns success.
    @discardableResult
    static func perform(_ context: CommandContext, target: Value = .null, _ body: () throws -> Void) throws -> Bool {
        do {
            try body()
            return true
        } catch let error as LicensingError {
            try context.writeError(M365Errors.lab(error, context, target: target))
            return false
        }
    }

    static let passThru = ParameterMetadata(name: "PassThru", type: "switch", helpMessage: "Write the changed object.")
    /// -Force of the commands that replace the whole tenant (CommandContext.mayReplaceTenant).
    static let forceReplace = ParameterMetadata(name: "Force", type: "switch",
                                                helpMessage: "Replace a tenant file that holds changes without asking.")
}
