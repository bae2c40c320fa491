import Dispatch
import Folders
import Docx
import Synchronization
import FeedbackForm
#if canImport(Glibc)
import Glibc
#endif

/// The files a batch reads: files as given, folders expanded (recursively with
/// `recursive`) in name order to their forms, .docx, .docm and .dotx, and to
/// the files a form is often sent in by mistake (.doc, .pdf, .odt, .rtf),
/// which are read too so that each is reported with what to do. Every other
/// file in a folder (and Word's lock files `~$…`, hidden files) is counted as
/// skipped; none goes unmentioned.
struct InputFiles {
    static let extensions = [".docx", ".docm", ".dotx"]
    static let mistaken = [".doc", ".dot", ".pdf", ".odt", ".rtf"]

    private(set) var files: [String] = []
    private(set) var skipped = 0

    init(_ paths: [String], recursive: Bool) {
        for path in paths {
            if Folder.exists(path) { add(folder: path, recursive: recursive) } else { files.append(path) }
        }
    }

    private mutating func add(folder path: String, recursive: Bool) {
        guard let names = Folder.names(path) else {
            files.append(path)   // read, and reported as unreadable
            return
        }
        var found: [String] = [], folders: [String] = []
        for name in names {
            let full = path.hasSuffix("/") ? path + name : path + "/" + name
            let lowered = name.lowercased()
            if name.hasPrefix(".") || name.hasPrefix("~$") {
                if !Folder.exists(full) { skipped += 1 }
            } else if Folder.exists(full) {
                if recursive { folders.append(full) }
            } else if (InputFiles.extensions + InputFiles.mistaken).contains(where: { lowered.hasSuffix($0) }) {
                found.append(full)
            } else {
                skipped += 1
            }
        }
        files += found.sorted()
        for folder in folders.sorted() { add(folder: folder, recursive: true) }
    }
}

/// Converts many files on several cores with bounded memory: worker threads
/// take the files in order and convert up to a window of a few per worker
/// ahead of the caller, who receives the results in input order as each is
/// ready. The output does not depend on scheduling, at most one window of
/// records is in memory, and no worker waits for the slowest of a group.
/// With one job everything runs on the calling thread.
struct BatchConverter {
    let forms: FormReader
    let jobs: Int

    /// Calls `deliver` once per file, in input order, with its index and outcome.
    func run(_ files: [String], deliver: (Int, ConvertEntry) throws -> Void) rethrows {
        guard jobs > 1, files.count > 1 else {
            for (index, file) in files.enumerated() { try deliver(index, forms.entry(file: file)) }
            return
        }
        let pipeline = Pipeline(files: files, window: jobs * 4, workers: min(jobs, files.count), convert: forms.entry(file:))
        defer { pipeline.stop() }
        for index in files.indices { try deliver(index, pipeline.take(index)) }
    }
}

/// The files of one batch, converted by worker threads into a ring of
/// `window` slots. A worker takes a free slot (the `free` semaphore counts
/// them), then the next file; it fills the file's slot and signals it. The
/// caller takes the results in order, each freeing its slot, so a file's slot
/// is never reused before its result was taken. The semaphores order every
/// write of a slot before its read, visibly to ThreadSanitizer too.
private final class Pipeline: @unchecked Sendable {
    private let files: [String]
    private let window: Int
    private let convert: @Sendable (String) -> ConvertEntry
    private let slots: UnsafeMutableBufferPointer<ConvertEntry?>
    private let filled: [DispatchSemaphore]
    private let free: DispatchSemaphore
    private let next = Atomic(0)
    private let stopping = Atomic(false)
    private let workers = DispatchGroup()
    private let workerCount: Int

    /// Starts `workers` worker threads on `files`.
    init(files: [String], window: Int, workers count: Int, convert: @escaping @Sendable (String) -> ConvertEntry) {
        self.files = files
        self.window = window
        self.convert = convert
        slots = .allocate(capacity: window)
        slots.initialize(repeating: nil)
        filled = (0..<window).map { _ in DispatchSemaphore(value: 0) }
        // Made at zero and signalled up: libdispatch traps when a semaphore is
        // freed below the value it was made with, as this one is after a stop.
        free = DispatchSemaphore(value: 0)
        for _ in 0..<window { free.signal() }
        workerCount = count
        for _ in 0..<count {
            workers.enter()
            startThread { [self] in
                work()
                workers.leave()
            }
        }
    }

    deinit {
        _ = slots.deinitialize()
        slots.deallocate()
    }

    private func work() {
        while true {
            free.wait()
            let index = next.add(1, ordering: .relaxed).oldValue
            guard index < files.count, !stopping.load(ordering: .acquiring) else { return }
            slots[index % window] = convert(files[index])
            filled[index % window].signal()
        }
    }

    /// The result for file `index`, waiting until it is converted; call in order.
    func take(_ index: Int) -> ConvertEntry {
        filled[index % window].wait()
        let entry = slots[index % window].take()!
        free.signal()
        return entry
    }

    /// Lets every worker finish (those waiting for a slot see the stop) and waits for them.
    func stop() {
        stopping.store(true, ordering: .releasing)
        for _ in 0..<workerCount { free.signal() }
        workers.wait()
    }
}

/// Runs `body` on a thread of its own. Started on libdispatch's global queue
/// (Linux), the second worker began only about half a second after the first,
/// so a batch of a few hundred forms ran little faster on two jobs than on
/// one. Falls back to that queue when the system refuses a thread.
private func startThread(_ body: @escaping @Sendable () -> Void) {
    final class Work {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }
    let work = Unmanaged.passRetained(Work(body))
    var thread = pthread_t()
    let started = pthread_create(&thread, nil, { context in
        Unmanaged<Work>.fromOpaque(context!).takeRetainedValue().body()
        return nil
    }, work.toOpaque())
    guard started == 0 else {
        work.release()
        DispatchQueue.global().async(execute: body)
        return
    }
    pthread_detach(thread)
}
