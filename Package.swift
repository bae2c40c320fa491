// swift-tools-version: 6.1
// docxforms: reads filled-in Word feedback-and-assessment forms into records.
//
// Layers (each one module, one job; C stays in ZipArchive and XMLStream):
//   CLibZip, CLibXML2   system libraries (libzip, libxml2)
//   CLibCrypto          system library (OpenSSL's libcrypto): SHA-256 and HMAC only
//   CMalloc             glibc's malloc.h (mallopt), for the executable's heap tuning
//   Digests             SHA-256 and HMAC-SHA-256 (from CLibCrypto)
//   Folders             the names in a folder (of forms, of plugin files)
//   WholeFiles          a file written whole or not at all, with the mode it must have
//   Messages            every text a person reads, in Dutch and English; the language; the exit statuses
//   ZipArchive          read-only zip container with enforced limits
//   XMLStream           libxml2 SAX2 streaming, Foundation-free
//   Docx                OPC package + WordprocessingML document model (public API)
//   DocxWriter          writes the Document model as a .docx (the form template)
//   JSONOutput          fast JSON text with sorted keys for Encodable values; percent-encoding for URIs and headers
//   FeedbackForm        the form's domain: catalogue, template, conversion to records (a file into its entry)
//   FormExport          records as CSV; keyed pseudonyms (HMAC-SHA-256)
//   YAMLFiles           small YAML files read as node trees, errors with file:line (Yams)
//   PluginFiles         subject plugins stated in YAML
//   EJournal            eJournal entry payloads from a field map (YAML); the live template's checks; receipts
//   EJournalClient      eJournal's API (AsyncHTTPClient): login, templates, journals, posting
//   FormValidation      checks of blank templates and filled forms; reports (JSON, JUnit, SARIF...)
//   PluginRegistry      the built-in subject plugins (Plugins/<Subject>)
//   docxforms           the command-line tool (ArgumentParser lives only here)
//   WebService          the local web page and its API (Hummingbird; multipart by MultipartKit)
//   DocxFuzz            the read path as a libFuzzer target, or a replayer of inputs
import PackageDescription

/// The subject plugins: one folder under Plugins/ each, holding an ordinary
/// module `<folder>Plugin` that depends on FeedbackForm only (these are not
/// SwiftPM package plugins). Add a subject here and in PluginRegistry.
let subjects = ["AK", "BI", "DUFR", "EC", "EN", "GS", "NASK", "NE", "WI"]

/// Posting to eJournal (`docxforms ejournal`) brings HTTPS: AsyncHTTPClient,
/// swift-nio-ssl and its BoringSSL. On by default; the sanitizer runs in CI
/// build without it (`--disable-default-traits`), as it is most of their build time.
let posting = "EJournalPosting"

let package = Package(
    name: "docxforms",
    products: [
        .library(name: "Docx", targets: ["Docx"]),
        .library(name: "FeedbackForm", targets: ["FeedbackForm"]),
        .executable(name: "docxforms", targets: ["docxforms"]),
    ],
    traits: [
        .trait(name: posting, description: "docxforms ejournal: log in to eJournal and post forms (AsyncHTTPClient, HTTPS)."),
        .default(enabledTraits: [posting]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // Only its HTTP/1 server is used: the default traits pull swift-configuration and full Foundation.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        // Named for the modules WebService imports itself; Hummingbird depends on them anyway.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // Posting to eJournal (HTTPS, redirects, timeouts): the server-side Swift HTTP client.
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibZip", pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"]), .brew(["libzip"])]),
        // SHA-256 and HMAC-SHA-256 (pseudonyms, receipts): the system's OpenSSL, reviewed, and nothing to compile.
        .systemLibrary(
            name: "CLibCrypto", pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"]), .brew(["openssl"])]),
        // glibc's mallopt: the executable keeps freed memory between forms (HeapTuning). Part of libc: nothing to link.
        .systemLibrary(name: "CMalloc"),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .target(name: "ZipArchive", dependencies: ["CLibZip"]),
        .target(name: "XMLStream", dependencies: ["CLibXML2"]),
        .target(name: "Messages"),
        .target(name: "Folders"),
        .target(name: "WholeFiles"),
        .target(name: "Docx", dependencies: ["ZipArchive", "XMLStream", "Messages"]),
        .target(name: "DocxWriter", dependencies: ["Docx", "ZipArchive", "XMLStream"]),
        .target(name: "JSONOutput"),
        .target(name: "Digests", dependencies: ["CLibCrypto"]),
        .target(name: "FormExport", dependencies: ["Docx", "Digests", "FeedbackForm"]),
        .target(name: "YAMLFiles", dependencies: ["Messages", .product(name: "Yams", package: "Yams")]),
        .target(name: "PluginFiles", dependencies: ["Docx", "FeedbackForm", "Folders", "YAMLFiles", .product(name: "Yams", package: "Yams")]),
        .target(name: "EJournal", dependencies: ["Digests", "FeedbackForm", "JSONOutput", "Messages", "WholeFiles", "YAMLFiles", .product(name: "Yams", package: "Yams")]),
        .target(name: "EJournalClient", dependencies: [
            "EJournal", "Messages", "JSONOutput", "WholeFiles",
            .product(name: "AsyncHTTPClient", package: "async-http-client", condition: .when(traits: [posting])),
            .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOHTTP1", package: "swift-nio"),
        ]),
        .target(name: "FormValidation", dependencies: ["FeedbackForm", "Docx", "JSONOutput", "YAMLFiles", .product(name: "Yams", package: "Yams")]),
        .target(name: "PluginRegistry", dependencies: ["FeedbackForm"] + subjects.map { .target(name: "\($0)Plugin") }),
        .target(name: "FeedbackForm", dependencies: ["Docx", "Messages"]),
        .target(name: "WebService", dependencies: [
            "Docx", "FeedbackForm", "FormExport", "FormValidation", "JSONOutput",
            .product(name: "Hummingbird", package: "hummingbird"), .product(name: "HummingbirdCore", package: "hummingbird"),
            .product(name: "MultipartKit", package: "multipart-kit"), .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"), .product(name: "HTTPTypes", package: "swift-http-types"),
        ]),
        .executableTarget(
            name: "docxforms",
            dependencies: [.target(name: "CMalloc", condition: .when(platforms: [.linux])), "Docx", "DocxWriter", "EJournal", .target(name: "EJournalClient", condition: .when(traits: [posting])), "Folders", "FeedbackForm", "FormExport", "FormValidation", "JSONOutput", "PluginFiles", "PluginRegistry", "WebService", "WholeFiles", "YAMLFiles", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // The read path as a libFuzzer target; built normally, it replays inputs (see its main.swift).
        .executableTarget(name: "DocxFuzz", dependencies: ["Docx", "Folders", "FeedbackForm", "FormValidation", "JSONOutput", "PluginRegistry"]),
        // What only the tests use (the check that each output speaks one language); no product links it.
        .target(name: "TestSupport", dependencies: ["Messages"], path: "Tests/Support"),
        .testTarget(name: "MessagesTests", dependencies: ["Messages", "TestSupport"]),
        .testTarget(name: "XMLStreamTests", dependencies: ["XMLStream"]),
        .testTarget(name: "ZipArchiveTests", dependencies: ["ZipArchive"]),
        .testTarget(name: "WholeFilesTests", dependencies: ["WholeFiles"]),
        .testTarget(name: "DocxTests", dependencies: ["Messages", "Docx", "XMLStream", "ZipArchive"]),
        .testTarget(name: "JSONOutputTests", dependencies: ["JSONOutput"]),
        .testTarget(name: "DocxWriterTests", dependencies: ["DocxWriter", "Docx"]),
        .testTarget(name: "FeedbackFormTests", dependencies: ["Messages", "FeedbackForm", "Docx", "DocxWriter", "PluginRegistry"]),
        .testTarget(name: "FormExportTests", dependencies: ["Digests", "Messages", "FormExport", "FeedbackForm", "EJournal", "YAMLFiles"]),
        .testTarget(name: "PluginTests", dependencies: ["Messages", "PluginFiles", "YAMLFiles", "PluginRegistry", "FeedbackForm", "DocxWriter", "ENPlugin"]),
        .testTarget(name: "FormValidationTests", dependencies: ["Messages", "FormValidation", "FeedbackForm", "Docx", "DocxWriter", "PluginRegistry", "XMLStream", "YAMLFiles"]),
        .testTarget(name: "WebServiceTests", dependencies: ["Messages", "WebService", "Docx", "FeedbackForm", "FormExport", "FormValidation", "JSONOutput", "PluginRegistry"]),
        // The eJournal tests run a stand-in eJournal on loopback (Hummingbird).
        .testTarget(name: "CLITests", dependencies: ["docxforms", "Messages", "TestSupport", .product(name: "Hummingbird", package: "hummingbird"),
                                                     .product(name: "HTTPTypes", package: "swift-http-types"),
                                                     .product(name: "Logging", package: "swift-log"), .product(name: "NIOCore", package: "swift-nio")]),
    ] + subjects.map { .target(name: "\($0)Plugin", dependencies: ["FeedbackForm"], path: "Plugins/\($0)") }
)

for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("MemberImportVisibility"),
        .enableUpcomingFeature("InternalImportsByDefault"),
    ]
}
