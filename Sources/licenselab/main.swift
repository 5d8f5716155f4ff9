import PowerShellRuntime
print("LicenseLab \(LicenseLabVersion.string)")
