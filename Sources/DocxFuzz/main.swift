// DocxFuzz: the whole read path (container, XML, model, conversion, checks)
// as a libFuzzer target, and, built without the fuzzer, a replayer of inputs.
//
//   swift build --scratch-path .build-fuzz --product DocxFuzz \
//       -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
//   .build-fuzz/debug/DocxFuzz CORPUS_DIR [libFuzzer flags]     # fuzz
//   .build/debug/DocxFuzz FILE_OR_DIR...                        # replay (normal build)
//
// An input that starts with "PK" is read as a whole .docx; any other input is
// the main document part of a minimal package built around it, so most
// mutations reach the XML parser and the model instead of failing the zip.
import Docx
import FeedbackForm
import FormValidation
import JSONOutput
import PluginRegistry
#if canImport(Glibc)
import Glibc
#endif

private let reader: DocxReader = {
    // Small limits keep each execution quick; going over them is an answer too.
    var limits = ReadingLimits()
    limits.maxFileSize = 4 << 20
    limits.maxPartSize = 4 << 20
    limits.maxTotalSize = 16 << 20
    return DocxReader(limits: limits)
}()
private let forms = FormReader(reader: reader, converter: FormConverter(plugins: builtInPlugins), language: .nl)
private let templateCheck = TemplateCheck(plugins: builtInPlugins)

/// Runs one input through everything a form goes through.
private func exercise(_ input: [UInt8]) {
    let bytes = input.starts(with: [0x50, 0x4B]) ? input : StoredZip.wordPackage(document: input)
    guard let document = try? reader.read(bytes: bytes, name: "fuzz.docx") else { return }
    // The commands' and the page's own conversion; a document that is no form is its error entry.
    let entry = forms.entry(of: document, source: "fuzz.docx")
    if case .record(let record) = entry { _ = FormCheck().findings(in: record) }
    _ = try? JSONOutput(pretty: false).encode(entry)
    // The template check reports every field a document lacks: run it where
    // there are fields to compare (most mutated inputs have none).
    if document.contentControls.contains(where: { $0.control.tag != nil }) { _ = templateCheck.findings(in: document) }
    _ = try? JSONOutput(pretty: false).encode(document.body)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    exercise(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(_ argc: UnsafeMutablePointer<Int32>,
                       _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                       _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

// The shared values are made before the first input, so that libFuzzer's
// per-input leak check does not count them.
_ = (reader, forms, templateCheck)
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(runDriver(&argc, &argv, fuzzerTestOneInput))
#else
/// Replays files, and every file in folders, given as arguments.
var count = 0
for argument in CommandLine.arguments.dropFirst() {
    for path in Replay.files(argument) {
        guard let bytes = Replay.read(path) else {
            FileDescriptorOutput.error("DocxFuzz: cannot read \(path)\n")
            exit(2)
        }
        exercise(bytes)
        count += 1
    }
}
FileDescriptorOutput.error("DocxFuzz: replayed \(count) inputs without a crash\n")
#endif
