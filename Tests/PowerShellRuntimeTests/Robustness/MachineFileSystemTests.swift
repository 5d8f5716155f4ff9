import Foundation
import Testing
@testable import PowerShellRuntime
import ScriptTestSupport

/// Writing to a path writes what is there: a FIFO (or a device) is written through and stays
/// what it is — `> /dev/null` once replaced the device with a plain file.
@Suite struct MachineFileSystemTests {
    @Test func aFifoIsWrittenThroughAndStaysAFifo() throws {
        let dir = FileSystemSupport.normalize(NSTemporaryDirectory() + "/ll-fifo-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fifo = dir + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        // a reader for each of the three writes below (each opens and closes the FIFO)
        let received = ReceivedText()
        let reader = Thread {
            for _ in 0..<3 {
                guard let h = FileHandle(forReadingAtPath: fifo) else { return }
                received.append(String(decoding: h.readDataToEndOfFile(), as: UTF8.self))
                try? h.close()
            }
        }
        reader.start()
        let r = runScript("""
            'one' | Out-File \(fifo)
            'two' > \(fifo)
            Set-Content \(fifo) 'three'
            """)
        #expect(r.err == "")
        var st = stat()
        #expect(lstat(fifo, &st) == 0 && st.st_mode & S_IFMT == S_IFIFO)
        for _ in 0..<200 where received.text.count < 14 { usleep(10_000) }
        #expect(received.text == "one\ntwo\nthree\n")
    }

    final class ReceivedText: @unchecked Sendable {
        private let lock = NSLock()
        private var value = ""
        var text: String { lock.withLock { value } }
        func append(_ s: String) { lock.withLock { value += s } }
    }

    @Test func anExistingFileKeepsItsModeWhenRewritten() throws {
        let path = FileSystemSupport.normalize(NSTemporaryDirectory() + "/ll-mode-\(UInt32.random(in: 0...UInt32.max)).txt")
        FileManager.default.createFile(atPath: path, contents: Data("old".utf8), attributes: [.posixPermissions: 0o600])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = runScript("'new' | Set-Content \(path); 'more' >> \(path); 'last' > \(path)")
        #expect(r.err == "")
        #expect(MachineFileSystem().status(path)?.permissions == 0o600)
        #expect(FileManager.default.contents(atPath: path) == Data("last\n".utf8))
    }
}
