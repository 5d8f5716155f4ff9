// swift-tools-version:6.0
import PackageDescription

// Release builds leave out the run-time check of Swift's exclusive access to variables (debug
// builds, which the tests use, keep it): at 100,000 users the check (a thread-local list of the
// accesses in progress) was 3% of an export's time (docs/performance.md, "Third round").
let releaseSpeed: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

let package = Package(
    name: "LicenseLab",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "licenselab", targets: ["licenselab"]),
        .executable(name: "licenselab-serve", targets: ["licenselab-serve"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        // `licenselab serve` (docs/graph-server.md): the HTTP server and the tokens' HS256 signatures
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        // the portal's pages (docs/portal.md): Mustache templates with HTML escaping
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        // [bigint] values (System.Numerics.BigInteger)
        .package(url: "https://github.com/attaswift/BigInt", exact: "6.0.1"),
    ],
    targets: [
        // The PowerShell language: tokens, mode-switching lexer, recursive-descent parser, AST.
        .target(name: "PowerShellSyntax", swiftSettings: releaseSpeed),
        // Values, conversions, operators, interpreter, binder, cmdlets, formatting.
        .target(name: "PowerShellRuntime", dependencies: ["PowerShellSyntax", .product(name: "BigInt", package: "BigInt")], swiftSettings: releaseSpeed),
        // The simulated tenant and the license-assignment rules; knows nothing of the shell.
        .target(name: "Licensing", swiftSettings: releaseSpeed),
        // MSOnline, Exchange Online, Microsoft Graph and Lab cmdlets on the simulated tenant.
        .target(name: "M365Cmdlets", dependencies: ["PowerShellRuntime", "Licensing", "TenantStore", .product(name: "Crypto", package: "swift-crypto")],
                swiftSettings: releaseSpeed),
        // `licenselab serve`: Microsoft Graph v1.0 over HTTP on the same tenant store (GraphRouter
        // answers; this adds tokens, the request log, throttling, $batch and the HTTP server).
        // The portal (docs/portal.md): page models and Mustache templates, sessions and CSRF
        // tokens, form parsing; answers requests without the network, GraphServer serves it.
        .target(name: "Portal", dependencies: ["M365Cmdlets", "Licensing", "TenantStore",
                                               .product(name: "Mustache", package: "swift-mustache")],
                swiftSettings: releaseSpeed),
        .target(name: "GraphServer", dependencies: ["M365Cmdlets", "Licensing", "TenantStore", "PowerShellRuntime", "Portal",
                                                    .product(name: "Hummingbird", package: "hummingbird")],
                swiftSettings: releaseSpeed),
        // The tenant in SQLite (one transaction per cmdlet call, concurrent shells), JSON import/export.
        .target(name: "TenantStore", dependencies: ["Licensing", .product(name: "GRDB", package: "GRDB.swift")], swiftSettings: releaseSpeed),
        // libedit's native API (system library: apt libedit-dev) and the line editor on it.
        .systemLibrary(name: "CLibEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .target(name: "LineEditor", dependencies: ["CLibEdit"]),
        .executableTarget(
            name: "licenselab",
            dependencies: [
                "PowerShellRuntime",
                "Licensing",
                "LineEditor",
                "M365Cmdlets",
                "TenantStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // mimalloc (Debian's libmimalloc-dev, installed by Scripts/setup) replaces glibc's
            // malloc: a script that builds a large tenant's worth of objects spent a fifth of its
            // time in glibc's free-list upkeep (docs/performance.md, "The allocator")
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]),
        // `licenselab serve` (the shell execs it): the HTTP stack stays out of the shell's binary.
        .executableTarget(name: "licenselab-serve",
                          dependencies: ["GraphServer", "M365Cmdlets", "Licensing", "TenantStore",
                                         .product(name: "ArgumentParser", package: "swift-argument-parser")],
                          linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]),
        // Licensing benchmark (Scripts/bench licensing): group processing and direct assignment at scale.
        .executableTarget(name: "licenselab-bench", dependencies: ["Licensing", "PowerShellSyntax"]),
        // REPL benchmark (Scripts/bench repl): tenant-value completion in a large tenant.
        .executableTarget(name: "licenselab-repl-bench", dependencies: ["M365Cmdlets", "PowerShellRuntime", "Licensing"]),
        // Store benchmark (Scripts/bench store): open, per-call commit, group processing commit, file size.
        .executableTarget(name: "licenselab-store-bench", dependencies: ["TenantStore", "M365Cmdlets", "PowerShellRuntime", "Licensing"]),
        // Fuzzing (Scripts/fuzz): the targets, libFuzzer's driver entry point, one program per target.
        .target(name: "FuzzTargets", dependencies: ["PowerShellSyntax", "PowerShellRuntime"]),
        .systemLibrary(name: "CFuzzDriver"),
        .executableTarget(name: "licenselab-fuzz-parser", dependencies: ["FuzzTargets", "CFuzzDriver"]),
        .executableTarget(name: "licenselab-fuzz-interpreter", dependencies: ["FuzzTargets", "CFuzzDriver"]),
        // Report benchmark (Scripts/bench msol-report): the tenant-wide IndirectLicenseErrors report to CSV.
        .executableTarget(name: "licenselab-report-bench", dependencies: ["M365Cmdlets", "PowerShellRuntime", "Licensing", "TenantStore"]),
        // What every test target that runs scripts shares: the in-memory host, the one output
        // normaliser, the golden runner (NAME.ps1 → NAME.out and NAME.err) and the package layout.
        .target(name: "ScriptTestSupport", dependencies: ["PowerShellRuntime"], path: "Tests/ScriptTestSupport"),
        .testTarget(name: "M365CmdletsTests", dependencies: ["M365Cmdlets", "PowerShellRuntime", "Licensing", "TenantStore", "ScriptTestSupport"]),
        .testTarget(name: "TenantStoreTests", dependencies: ["TenantStore", "Licensing", "M365Cmdlets", "PowerShellRuntime", "ScriptTestSupport"]),
        .testTarget(name: "LineEditorTests", dependencies: ["LineEditor"]),
        .testTarget(name: "PortalTests", dependencies: ["Portal", "M365Cmdlets", "Licensing", "TenantStore"]),
        // The command line itself: the committed shell completion scripts are up to date.
        .testTarget(name: "licenselabTests", dependencies: ["licenselab"]),
        .testTarget(name: "PowerShellSyntaxTests", dependencies: ["PowerShellSyntax", "ScriptTestSupport"]),
        // Replays Tests/FuzzCorpus (seeds and inputs that once crashed) through the fuzz targets.
        .testTarget(name: "FuzzTargetsTests", dependencies: ["FuzzTargets"]),
        .testTarget(name: "PowerShellRuntimeTests", dependencies: ["PowerShellRuntime", "PowerShellSyntax", "ScriptTestSupport"]),
        .testTarget(
            name: "LicensingTests",
            dependencies: [
                "Licensing",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
    ]
)
