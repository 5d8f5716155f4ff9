import Foundation
import Licensing
import PowerShellRuntime

/// Invoke-WebRequest and Invoke-RestMethod in a lab with no network. Licensing scripts download
/// one file: Microsoft's "Product names and service plan identifiers for licensing" CSV (on
/// download.microsoft.com), to turn SkuPartNumbers and plan names into friendly names. The lab
/// serves that file, made from its own catalog in Microsoft's column layout, at any
/// download.microsoft.com address whose file name is that CSV's. Any other address fails as an
/// unreachable host does, with a message that says what the lab serves (Graph requests go
/// through Invoke-MgGraphRequest).
enum WebRequests {
    static let module = "Microsoft.PowerShell.Utility"

    /// Microsoft's published address of the CSV (the lab answers any download.microsoft.com path ending in the same name).
    static let licensingCsvURL = "https://download.microsoft.com/download/e/3/e/e3e9faf2-f28b-490a-9ada-c6089a1fc5b0/Product%20names%20and%20service%20plan%20identifiers%20for%20licensing.csv"
    static let licensingCsvName = "product names and service plan identifiers for licensing.csv"

    static let parameters: [ParameterMetadata] = [
        ParameterMetadata(name: "Uri", type: "string", position: 0, mandatory: true, helpMessage: "The address to request."),
        ParameterMetadata(name: "Method", type: "string", validateSet: ["Default", "Get", "Head", "Post", "Put", "Delete", "Trace", "Options", "Merge", "Patch"],
                          helpMessage: "HTTP method (GET by default)."),
        ParameterMetadata(name: "OutFile", type: "string", helpMessage: "Writes the response body to this file instead of the pipeline."),
        ParameterMetadata(name: "PassThru", type: "switch", helpMessage: "With -OutFile, also writes the response to the pipeline."),
        ParameterMetadata(name: "UseBasicParsing", type: "switch", helpMessage: "Accepted for compatibility (always basic parsing)."),
        ParameterMetadata(name: "Headers", type: "object", helpMessage: "Request headers (Authorization: Bearer ... for Graph)."),
        ParameterMetadata(name: "Body", type: "object", helpMessage: "Request body."),
        ParameterMetadata(name: "ContentType", type: "string", helpMessage: "Request content type."),
        ParameterMetadata(name: "TimeoutSec", type: "int", helpMessage: "Accepted; the lab answers at once."),
        ParameterMetadata(name: "UserAgent", type: "string", helpMessage: "Accepted for compatibility."),
        ParameterMetadata(name: "Credential", type: "pscredential", helpMessage: "Accepted for compatibility."),
        ParameterMetadata(name: "UseDefaultCredentials", type: "switch", helpMessage: "Accepted for compatibility."),
        ParameterMetadata(name: "SkipCertificateCheck", type: "switch", helpMessage: "Accepted for compatibility."),
    ]

    /// A served response: status, content type and body.
    struct Response {
        var contentType: String
        var body: String
    }

    /// The CSV, one row per product and plan, in Microsoft's columns.
    static func licensingCsv(_ catalog: Catalog) -> String {
        var lines = [CsvCodec.formatRow(["Product_Display_Name", "String_Id", "GUID", "Service_Plan_Name", "Service_Plan_Id",
                                         "Service_Plans_Included_Friendly_Names"])]
        for product in catalog.products {
            for i in product.planIndices {
                let plan = catalog.plans[i]
                lines.append(CsvCodec.formatRow([product.displayName, product.partNumber, product.skuId.uuidString.lowercased(),
                                                 plan.name, plan.id.uuidString.lowercased(), plan.friendlyName]))
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// What the lab answers for `uri`; nil when it is an address the lab does not serve.
    static func serve(_ uri: String, _ context: CommandContext) throws -> Response? {
        guard let url = URL(string: uri) ?? URL(string: uri.replacingOccurrences(of: " ", with: "%20")),
              let host = url.host?.lowercased() else { return nil }
        if host == "download.microsoft.com", url.lastPathComponent.lowercased() == licensingCsvName {
            let catalog = (try? context.m365)?.tenant.catalog ?? Catalog.standard
            return Response(contentType: "application/octet-stream", body: licensingCsv(catalog))
        }
        return nil
    }

    /// The error of an address the lab does not serve: what an unreachable host gives, saying why.
    static func unreachable(_ uri: String, _ context: CommandContext) -> ErrorRecord {
        let host = URL(string: uri)?.host ?? uri
        return context.errorRecord(
            "No such host is known. (\(host)) LicenseLab has no network: it serves Microsoft's licensing CSV (\(licensingCsvURL)) "
                + "and, through Invoke-MgGraphRequest, the Microsoft Graph licensing paths.",
            errorId: "System.Net.Http.HttpRequestException",
            category: .InvalidOperation, exceptionType: "System.Net.Http.HttpRequestException", targetObject: .string(uri))
    }

    /// Runs the request: the CSV, or the error. Returns the response when there is one to output
    /// (nil after -OutFile without -PassThru).
    static func run(_ context: CommandContext) throws -> (Response, String)? {
        let uri = context.string("Uri") ?? ""
        guard let response = try serve(uri, context) else {
            try context.writeError(unreachable(uri, context))
            return nil
        }
        if let out = context.string("OutFile") {
            let path = context.fileSystemPath(out)
            do {
                try context.files.write(Data(response.body.utf8), to: path, append: false)
            } catch {
                try context.writeError(context.errorRecord("Could not find a part of the path '\(path)'.", errorId: "System.IO.DirectoryNotFoundException",
                                                           category: .WriteError, exceptionType: "System.IO.DirectoryNotFoundException", targetObject: .string(path)))
                return nil
            }
            if !context.switchPresent("PassThru") { return nil }
        }
        return (response, uri)
    }
}

/// Invoke-WebRequest: a BasicHtmlWebResponseObject (StatusCode, Content, Headers, RawContent...).
final class InvokeWebRequestCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Invoke-WebRequest",
        parameters: WebRequests.parameters,
        outputTypes: ["Microsoft.PowerShell.Commands.BasicHtmlWebResponseObject"],
        moduleName: WebRequests.module,
        synopsis: "Gets content from a web page (in the lab: Microsoft's licensing CSV of product and plan names).",
        examples: [CommandExample(code: "Invoke-WebRequest -Uri '\(WebRequests.licensingCsvURL)' -OutFile ./skus.csv; Import-Csv ./skus.csv | Select-Object -First 1",
                                  remarks: "Downloads the SKU and service-plan names the way licensing reports do.")])

    init() {}

    func process(_ context: CommandContext) throws {
        guard let (response, uri) = try WebRequests.run(context) else { return }
        let bytes = response.body.utf8.count
        let headers = PSHashtable()
        headers[.string("Content-Type")] = .string(response.contentType)
        headers[.string("Content-Length")] = .string(String(bytes))
        let raw = "HTTP/1.1 200 OK\r\nContent-Type: \(response.contentType)\r\nContent-Length: \(bytes)\r\n\r\n" + response.body
        let o = PSObject(typeNames: ["Microsoft.PowerShell.Commands.BasicHtmlWebResponseObject", "Microsoft.PowerShell.Commands.WebResponseObject", "System.Object"])
        o.setNote("Content", .string(response.body))
        o.setNote("StatusCode", .int(200))
        o.setNote("StatusDescription", .string("OK"))
        o.setNote("RawContentStream", .null)
        o.setNote("RawContentLength", .long(Int64(bytes)))
        o.setNote("RawContent", .string(raw))
        o.setNote("Headers", .hashtable(headers))
        o.setNote("Images", .array(PSArray([])))
        o.setNote("InputFields", .array(PSArray([])))
        o.setNote("Links", .array(PSArray([])))
        o.setNote("BaseResponse", .string(uri))
        o.add(PSMember(name: "ToString", kind: .codeMethod({ _, _ in .string(response.body) })))
        try context.writeObject(.object(o))
    }
}

/// Invoke-RestMethod: the body (text is returned as one string, as pwsh does for a CSV).
final class InvokeRestMethodCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Invoke-RestMethod",
        parameters: WebRequests.parameters,
        outputTypes: ["System.Object"],
        moduleName: WebRequests.module,
        synopsis: "Sends a request to a REST web service (in the lab: Microsoft's licensing CSV of product and plan names).",
        examples: [CommandExample(code: "(Invoke-RestMethod -Uri '\(WebRequests.licensingCsvURL)') | ConvertFrom-Csv | Where-Object String_Id -eq 'ENTERPRISEPACK' | Select-Object -First 1 -ExpandProperty Product_Display_Name",
                                  remarks: "The friendly name of a SKU.")])

    init() {}

    func process(_ context: CommandContext) throws {
        guard let (response, _) = try WebRequests.run(context) else { return }
        // the lab serves text only (the CSV), which Invoke-RestMethod returns as one string
        try context.writeObject(.string(response.body))
    }
}
