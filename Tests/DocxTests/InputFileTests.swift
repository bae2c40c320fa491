import Foundation
import Testing
@testable import Docx

/// A file is read whole into memory, however its size is known: from the file
/// system, or (a pipe, a FIFO) only by reading to the end.
@Suite struct InputFileTests {
    @Test func aFileIsReadWholeAndUnchanged() throws {
        let path = fixturePath("docx/python-docx.docx")
        let expected = try #require(FileManager.default.contents(atPath: path))
        let same = try InputFile.read(path, maxBytes: 1 << 20) == [UInt8](expected)
        #expect(same)
    }

    /// A pipe tells no size: the first read fills one byte and the rest
    /// arrives in chunks. The fixture is larger than a pipe's buffer, so the
    /// writer runs beside the reader.
    @Test func aPipeIsReadWholeAndItsSizeLimited() throws {
        let expected = [UInt8](try #require(FileManager.default.contents(atPath: fixturePath("docx/python-docx.docx"))))
        for (maxBytes, whole) in [(1 << 20, true), (1000, false)] {
            let pipe = Pipe()
            let writer = Thread {
                try? pipe.fileHandleForWriting.write(contentsOf: expected)
                try? pipe.fileHandleForWriting.close()
            }
            writer.start()
            let path = "/proc/self/fd/\(pipe.fileHandleForReading.fileDescriptor)"
            if whole {
                let same = try InputFile.read(path, maxBytes: maxBytes) == expected
                #expect(same)
            } else {
                #expect { _ = try InputFile.read(path, maxBytes: maxBytes) } throws: {
                    ($0 as! DocxError).kind == .limitExceeded(.fileSize, found: nil, allowed: maxBytes)
                }
                // Let the writer finish: nothing else reads the pipe now.
                while (try? pipe.fileHandleForReading.read(upToCount: 1 << 16))?.isEmpty == false {}
            }
            while !writer.isFinished { usleep(1000) }
        }
    }
}
