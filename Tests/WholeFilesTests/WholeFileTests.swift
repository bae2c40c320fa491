import Foundation
import Testing
import WholeFiles

@Suite struct WholeFileTests {
    /// A fresh folder for one test.
    private func folder() throws -> String {
        let path = NSTemporaryDirectory() + "wholefile-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        return path
    }

    private func names(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    private func mode(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func writesTheBytesAndLeavesNoTemporaryFile() throws {
        let dir = try folder()
        try WholeFile.write(Array("eerste\n".utf8), to: dir + "/out.json")
        try WholeFile.write(Array("tweede\n".utf8), to: dir + "/out.json")
        #expect(FileManager.default.contents(atPath: dir + "/out.json") == Data("tweede\n".utf8))
        #expect(try names(dir) == ["out.json"])
    }

    @Test func isCreatedWithTheModeGivenFromTheStart() throws {
        let dir = try folder()
        let file = try WholeFile(path: dir + "/login.json", mode: 0o600)
        // Before the commit, only the temporary file exists, already private.
        let temporary = try #require(try names(dir).first)
        #expect(temporary.hasPrefix("login.json.partial-"))
        #expect(try mode(dir + "/" + temporary) == 0o600)
        try file.commit()
        #expect(try mode(dir + "/login.json") == 0o600)
    }

    @Test func aFileDroppedWithoutCommitLeavesTheTargetAsItWas() throws {
        let dir = try folder()
        try WholeFile.write(Array("oud".utf8), to: dir + "/receipts.json")
        do {
            let file = try WholeFile(path: dir + "/receipts.json")
            try file.write(Array("half".utf8))
        }
        #expect(FileManager.default.contents(atPath: dir + "/receipts.json") == Data("oud".utf8))
        #expect(try names(dir) == ["receipts.json"])
    }

    @Test func aFolderThatDoesNotExistIsTheSystemsError() throws {
        let dir = try folder()
        let error = #expect(throws: WholeFileError.self) {
            try WholeFile.write([1, 2, 3], to: dir + "/missing/out.csv")
        }
        #expect(error?.code == ENOENT)
        #expect(try names(dir).isEmpty)
    }

    @Test func aTargetThatCannotBeReplacedKeepsNothingBeside() throws {
        let dir = try folder()
        try FileManager.default.createDirectory(atPath: dir + "/taken", withIntermediateDirectories: false)
        FileManager.default.createFile(atPath: dir + "/taken/inside", contents: Data())
        #expect(throws: WholeFileError.self) {
            try WholeFile.write(Array("x".utf8), to: dir + "/taken")
        }
        #expect(try names(dir) == ["taken"])
    }
}
