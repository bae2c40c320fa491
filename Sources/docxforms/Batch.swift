import Dispatch
import Docx
import FeedbackForm
import FormExport
#if canImport(Glibc)
import Glibc
#endif

/// The files a batch reads: files as given, folders expanded (recursively with
/// `recursive`) to their .docx, .docm and .dotx files in name order, without
/// Word's lock files (`~$…`) and hidden files.
enum InputFiles {
    static let extensions = [".docx", ".docm", ".dotx"]

    static func expand(_ paths: [String], recursive: Bool) -> [String] {
        paths.flatMap { path -> [String] in
            isDirectory(path) ? folder(path, recursive: recursive) : [path]
        }
    }

    private static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    private static func folder(_ path: String, recursive: Bool) -> [String] {
        guard let names = InputFile.names(inFolder: path) else { return [path] }   // read later, and reported as unreadable
        var files: [String] = [], folders: [String] = []
        for name in names {
            guard !name.hasPrefix("."), !name.hasPrefix("~$") else { continue }
            let full = path.hasSuffix("/") ? path + name : path + "/" + name
            if isDirectory(full) {
                if recursive { folders.append(full) }
            } else if extensions.contains(where: { name.lowercased().hasSuffix($0) }) {
                files.append(full)
            }
        }
        return files.sorted() + folders.sorted().flatMap { folder($0, recursive: true) }
    }
}

/// Converts many files on several cores with bounded memory: files go in
/// windows of a few per worker; each window is converted in parallel and
/// handed over in input order before the next starts, so the output does not
/// depend on scheduling and at most one window of records is in memory.
struct BatchConverter {
    let reader: DocxReader
    let converter: FormConverter
    let jobs: Int

    /// Calls `deliver` once per file, in input order, with its index and outcome.
    func run(_ files: [String], deliver: (Int, ConvertEntry) throws -> Void) rethrows {
        let window = max(1, jobs * 4)
        var start = 0
        while start < files.count {
            let slice = Array(files[start..<min(start + window, files.count)])
            let results = convert(slice)
            for (offset, result) in results.enumerated() { try deliver(start + offset, result) }
            start += slice.count
        }
    }

    private func convert(_ files: [String]) -> [ConvertEntry] {
        let slots = ResultSlots(count: files.count)
        let reader = self.reader, converter = self.converter, workers = min(jobs, files.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < files.count {
                do throws(DocxError) {
                    let document = try reader.read(contentsOf: files[index])
                    slots.set(index, .record(converter.convert(document, source: files[index])))
                } catch {
                    slots.set(index, .failure(error))
                }
                index += workers
            }
        }
        return slots.all()
    }
}

/// One slot per file, each written by exactly one worker (worker `w` takes the
/// indices `w`, `w + workers`, …) and read only after `concurrentPerform` has
/// returned, which orders every write before the reads: no lock is needed.
/// (A `Mutex` here worked, but its futex is invisible to ThreadSanitizer, which
/// then reported the slots as a race.)
private final class ResultSlots: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<ConvertEntry?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        _ = slots.deinitialize()
        slots.deallocate()
    }

    func set(_ index: Int, _ result: ConvertEntry) {
        slots[index] = result
    }

    func all() -> [ConvertEntry] {
        slots.map { $0! }
    }
}
