// swift-tools-version: 6.0
// docxforms: reads filled-in Word feedback-and-assessment forms into records.
//
// Layers (each one module, one job; C stays in ZipArchive and XMLStream):
//   CLibZip, CLibXML2   system libraries (libzip, libxml2)
//   ZipArchive          read-only zip container with enforced limits
//   XMLStream           libxml2 SAX2 streaming, Foundation-free
//   Docx                OPC package + WordprocessingML document model (public API)
//   DocxWriter          writes the Document model as a .docx (the form template)
//   JSONOutput          fast JSON text with sorted keys for Encodable values
//   FeedbackForm        the form's domain: catalogue, template, conversion to records
//   FormExport          records as CSV
//   docxforms           the command-line tool (ArgumentParser lives only here)
import PackageDescription

let package = Package(
    name: "docxforms",
    products: [
        .library(name: "Docx", targets: ["Docx"]),
        .library(name: "FeedbackForm", targets: ["FeedbackForm"]),
        .executable(name: "docxforms", targets: ["docxforms"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibZip", pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"]), .brew(["libzip"])]),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .target(name: "ZipArchive", dependencies: ["CLibZip"]),
        .target(name: "XMLStream", dependencies: ["CLibXML2"]),
        .target(name: "Docx", dependencies: ["ZipArchive", "XMLStream"]),
        .target(name: "DocxWriter", dependencies: ["Docx", "ZipArchive", "XMLStream"]),
        .target(name: "JSONOutput"),
        .target(name: "FormExport", dependencies: ["FeedbackForm"]),
        .target(name: "FeedbackForm", dependencies: ["Docx"]),
        .executableTarget(
            name: "docxforms",
            dependencies: ["Docx", "DocxWriter", "FeedbackForm", "FormExport", "JSONOutput", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .testTarget(name: "XMLStreamTests", dependencies: ["XMLStream"]),
        .testTarget(name: "ZipArchiveTests", dependencies: ["ZipArchive"]),
        .testTarget(name: "DocxTests", dependencies: ["Docx", "XMLStream"]),
        .testTarget(name: "JSONOutputTests", dependencies: ["JSONOutput"]),
        .testTarget(name: "DocxWriterTests", dependencies: ["DocxWriter", "Docx"]),
        .testTarget(name: "FeedbackFormTests", dependencies: ["FeedbackForm", "Docx", "DocxWriter"]),
        .testTarget(name: "FormExportTests", dependencies: ["FormExport", "FeedbackForm"]),
        .testTarget(name: "CLITests", dependencies: ["docxforms"]),
    ]
)

for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("MemberImportVisibility"),
        .enableUpcomingFeature("InternalImportsByDefault"),
    ]
}
