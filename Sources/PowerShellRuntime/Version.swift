public enum LicenseLabVersion {
    public static let string = "0.1.0"
}
