// swift-tools-version:6.0
import PackageDescription

/// The seven integrity-area plugins. Each lives in `Plugins/<Folder>/` as its own module
/// `<Folder>Area`, depends only on `ProbityCore`, and is listed in `PluginRegistry`.
let pluginFolders = [
    "Media", "Information", "Gratuities", "Procurement",
    "BusinessInterests", "ProfessionalStandards", "Governance",
]

let pluginTargets: [Target] = pluginFolders.map { folder in
    .target(name: "\(folder)Area", dependencies: ["ProbityCore"], path: "Plugins/\(folder)", exclude: ["README.md"])
}
let pluginDependencies: [Target.Dependency] = pluginFolders.map { .target(name: "\($0)Area") }

let package = Package(
    name: "Probity",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "ProbityCore", targets: ["ProbityCore"]),
        .library(name: "Probity", targets: ["ProbityBundle", "ProbityRegisters", "ProbityReports"]),
        .executable(name: "probity", targets: ["probity"]),
    ],
    targets: pluginTargets + [
        .target(name: "ProbityCore"),
        .target(name: "ProbityRegisters", dependencies: ["ProbityCore"]),
        .target(name: "ProbityBundle", dependencies: ["ProbityCore", "ProbityRegisters"] + pluginDependencies),
        .target(name: "ProbityReports", dependencies: ["ProbityCore", "ProbityRegisters"]),
        .target(name: "ProbityCLI", dependencies: ["ProbityCore", "ProbityRegisters", "ProbityBundle", "ProbityReports"]),
        .executableTarget(name: "probity", dependencies: ["ProbityCLI"]),
        .testTarget(name: "ProbityCoreTests", dependencies: ["ProbityCore"]),
        .testTarget(name: "ProbityRegistersTests", dependencies: ["ProbityRegisters", "ProbityCore"]),
        .testTarget(name: "ProbityBundleTests", dependencies: ["ProbityBundle", "ProbityCore"] + pluginDependencies),
        .testTarget(name: "ProbityReportsTests", dependencies: ["ProbityReports", "ProbityBundle", "ProbityCore"], exclude: ["Golden"]),
        .testTarget(name: "ProbityCLITests", dependencies: ["ProbityCLI", "ProbityCore", "ProbityReports"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
