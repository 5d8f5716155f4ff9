import PowerShellRuntime

/// Type names scripts write as literals (`[Microsoft.Online.Administration.User]$u`) and the
/// exception types they catch.
enum EmulatedTypes {
    static let objectTypes: [String] = [
        MsolObjects.userType, MsolObjects.userLicenseType, MsolObjects.accountSkuType, MsolObjects.accountSkuIdentifierType,
        MsolObjects.serviceStatusType, MsolObjects.servicePlanType, MsolObjects.indirectLicenseErrorType, MsolObjects.groupType,
        MsolObjects.groupMemberType, MsolObjects.licenseOptionType, MsolObjects.subscriptionType, MsolObjects.companyInformationType,
        GraphObjects.userType, GraphObjects.groupType, GraphObjects.skuType, GraphObjects.directoryObjectType,
        GraphObjects.licenseDetailsType, GraphObjects.assignedLicenseType, GraphObjects.licenseStateType, GraphObjects.servicePlanInfoType,
        ExchangeObjects.recipientType, ExchangeObjects.mailboxType, ExchangeObjects.mailContactType, ExchangeObjects.userType, ExchangeObjects.distributionGroupType,
        "Microsoft.Exchange.Data.ProxyAddress", "Microsoft.Exchange.Data.SmtpProxyAddress",
    ]

    static func register(in types: TypeRegistry) {
        for t in objectTypes { types.register(TypeRegistry.EmulatedType(fullName: t)) }
        types.registerException(M365Errors.msolException, parent: "System.Exception")
        types.registerException(M365Errors.graphException, parent: "System.Exception")
        types.registerException(M365Errors.graphHttpException, parent: "System.Net.Http.HttpRequestException")
        types.registerException("System.Security.Authentication.AuthenticationException", parent: "System.SystemException")
        types.registerException(M365Errors.exchangeException, parent: "System.Exception")
        types.registerException(M365Errors.exchangeNotFound, parent: M365Errors.exchangeException)
    }
}
