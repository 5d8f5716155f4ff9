/// Write-Progress. (Write-Output/-Error/-Warning/-Verbose/-Debug/-Information/-Host and Out-Null
/// are the runtime's core cmdlets, Commands/CoreCmdlets.swift.)

/// Write-Progress: progress records; the host shows nothing when it is not interactive.
final class WriteProgressCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Write-Progress",
        parameters: [
            ParameterMetadata(name: "Activity", type: "string", position: 0),
            ParameterMetadata(name: "Status", type: "string", position: 1),
            ParameterMetadata(name: "Id", type: "int", position: 2),
            ParameterMetadata(name: "PercentComplete", type: "int", validateRange: -1...100),
            ParameterMetadata(name: "SecondsRemaining", type: "int"),
            ParameterMetadata(name: "CurrentOperation", type: "string"),
            ParameterMetadata(name: "ParentId", type: "int"),
            ParameterMetadata(name: "Completed", type: "switch"),
            ParameterMetadata(name: "SourceId", type: "int"),
        ],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Displays a progress bar within a PowerShell command window.",
        examples: [CommandExample(code: "foreach ($i in 1..3) {\n    Write-Progress -Activity 'Copying files' -Status \"File $i of 3\" -PercentComplete ($i * 100 / 3)\n}\nWrite-Progress -Activity 'Copying files' -Completed",
                                  remarks: "Reports how far a loop has got; -Completed ends the activity. Progress is not output: nothing goes down the pipeline, and LicenseLab shows no bar.",
                                  expectedOutput: "")])
    init() {}
    func process(_ context: CommandContext) throws {
        context.writeProgress(activity: context.string("Activity") ?? "", status: context.string("Status"),
                              percentComplete: context.int("PercentComplete"), completed: context.switchPresent("Completed"))
    }
}

