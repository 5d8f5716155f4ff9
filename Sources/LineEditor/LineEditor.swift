@preconcurrency import CLibEdit
import Foundation

/// What one read of a line gave.
public enum LineInput: Equatable {
    case line(String)
    /// Ctrl-C: the line was dropped.
    case interrupted
    /// Ctrl-D on an empty line (or the terminal went away).
    case endOfFile
}

/// A line editor on libedit's native API: prompt, emacs keys, history with prefix search on
/// Up/Down and Ctrl-R, Tab completion through `completer`, Ctrl-L to clear the screen.
/// Use it only when standard input and output are terminals.
public final class LineEditor {
    private let editLine: OpaquePointer
    private let libeditHistory: OpaquePointer
    public let history: HistoryFile
    private let completer: (_ line: String, _ cursor: Int) -> CompletionReply
    private var promptBuffer: UnsafeMutablePointer<CChar>
    private var navigator = HistoryNavigator()
    /// The line as it was after a Tab that changed nothing (a second Tab on it lists the candidates).
    private var unchangedAfterTab: String?

    /// - Parameter completer: given the line and the cursor (Character offset), the candidates.
    public init?(program: String, history: HistoryFile, completer: @escaping (_ line: String, _ cursor: Int) -> CompletionReply) {
        cle_set_ctype_locale()  // without it libedit drops every non-ASCII character
        guard let el = cle_init(program), let h = cle_hist_init() else { return nil }
        editLine = el
        libeditHistory = h
        self.history = history
        self.completer = completer
        promptBuffer = strdup("> ")
        cle_hist_setsize(h, Int32(history.limit))
        for entry in history.entries { cle_hist_enter(h, entry) }
        cle_set_editor(el, "emacs")
        cle_set_hist(el, h)
        cle_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())
        cle_set_prompt(el, lineEditorPrompt)
        cle_add_fn(el, "ll-complete", "Complete the word before the cursor", lineEditorComplete)
        cle_add_fn(el, "ll-history-older", "Older history entry starting with the typed text", lineEditorOlder)
        cle_add_fn(el, "ll-history-newer", "Newer history entry starting with the typed text", lineEditorNewer)
        cle_add_fn(el, "ll-reverse-search", "Search the history backwards as you type (bck-i-search)", lineEditorReverseSearch)
        cle_bind(el, "^I", "ll-complete")
        for key in ["\\e[A", "\\eOA", "^P"] { cle_bind(el, key, "ll-history-older") }
        for key in ["\\e[B", "\\eOB", "^N"] { cle_bind(el, key, "ll-history-newer") }
        cle_bind(el, "^R", "ll-reverse-search")
        cle_bind(el, "^L", "ed-clear-screen")
        cle_bind(el, "\\e[3~", "ed-delete-next-char")
        cle_bind(el, "\\e[H", "ed-move-to-beg")
        cle_bind(el, "\\e[F", "ed-move-to-end")
        cle_bind(el, "\\e[1~", "ed-move-to-beg")
        cle_bind(el, "\\e[4~", "ed-move-to-end")
        cle_bind(el, "\\e[1;5C", "em-next-word")
        cle_bind(el, "\\e[1;5D", "ed-prev-word")
        cle_source_editrc(el)  // ~/.editrc may rebind keys
        var fds: [Int32] = [-1, -1]
        if pipe(&fds) == 0 {
            for fd in fds { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
            _ = cle_install_resize(el, fds[0], fds[1], lineEditorResized)
        }
    }

    deinit {
        el_end(editLine)
        history_end(libeditHistory)
        free(promptBuffer)
    }

    /// Shows `prompt` and reads one line (a recalled multi-line entry comes back whole).
    public func readLine(prompt: String) -> LineInput {
        free(promptBuffer)
        promptBuffer = strdup(prompt)
        navigator.reset()
        unchangedAfterTab = nil
        // a resize while a command ran: take the new width before drawing the prompt
        if cle_take_resize() != 0 { el_resize(editLine) }
        var count: Int32 = 0
        errno = 0
        searchInterrupted = false
        guard let raw = el_gets(editLine, &count) else {
            if count < 0 || errno == EINTR || searchInterrupted {
                el_reset(editLine)
                writeOut("\n")
                return .interrupted
            }
            writeOut("\n")
            return .endOfFile
        }
        var text = String(cString: raw)
        if text.hasSuffix("\n") { text.removeLast() }
        return .line(text)
    }

    /// Records an accepted command (memory, libedit's list for Ctrl-R, and the file).
    public func addHistory(_ entry: String) {
        history.add(entry)
        cle_hist_enter(libeditHistory, entry)
    }

    // MARK: key commands (called from the C callbacks below)

    fileprivate var prompt: UnsafeMutablePointer<CChar> { promptBuffer }

    fileprivate func complete() -> UInt8 {
        let (line, before) = currentLine()
        let cursor = before.count
        let reply = completer(line, cursor)
        let start = max(0, min(reply.replacementStart, cursor))
        let word = String(before.dropFirst(start))
        let repeated = unchangedAfterTab == line
        switch TabCompletion.action(for: reply, word: word, repeated: repeated) {
        case .replace(let text):
            if !word.isEmpty { el_deletestr(editLine, Int32(word.unicodeScalars.count)) }
            _ = text.withCString { el_insertstr(editLine, $0) }
            // Extended to a common prefix of several: the next Tab lists them.
            unchangedAfterTab = reply.candidates.count > 1 ? currentLine().0 : nil
            return UInt8(CC_REFRESH)
        case .list(let items):
            unchangedAfterTab = nil
            writeOut("\n" + TabCompletion.listing(items, width: terminalWidth()).joined(separator: "\n") + "\n")
            return UInt8(CC_REDISPLAY)
        case .bell:
            unchangedAfterTab = line
            return UInt8(CC_REFRESH_BEEP)
        }
    }

    fileprivate func recall(older: Bool) -> UInt8 {
        let (line, _) = currentLine()
        let entries = history.entries
        guard let text = older ? navigator.older(in: entries, line: line) : navigator.newer(in: entries, line: line) else {
            return UInt8(CC_REFRESH_BEEP)
        }
        let length = cle_wline_length(editLine)
        el_cursor(editLine, length - cle_wline_cursor(editLine))
        if length > 0 { el_deletestr(editLine, length) }
        if !text.isEmpty { _ = text.withCString { el_insertstr(editLine, $0) } }
        return UInt8(CC_REFRESH)
    }

    /// The terminal changed size while a line was being edited: the terminal has laid the prompt
    /// and the line out again at its new width (tmux and most terminals rewrap), so the cursor
    /// goes back to where the prompt now starts, clears what follows, and libedit draws the prompt
    /// and the line again at the new width.
    fileprivate func resized() {
        let width = terminalWidth()
        let (_, before) = currentLine()
        let prompt = promptRow
        // (a recalled multi-line entry: each of its lines starts a row)
        let rows = Self.rows(prompt + before, width: width) - 1
        writeOut("\r" + (rows > 0 ? "\u{1B}[\(rows)A" : "") + "\u{1B}[J")
        el_resize(editLine)
        _ = cle_refresh(editLine)
    }

    /// Terminal cells `text` takes: escape sequences (colours) take none, wide characters two.
    static func displayWidth(_ text: String) -> Int {
        var cells = 0
        var inEscape = false
        var afterESC = false
        for scalar in text.unicodeScalars {
            if afterESC {
                afterESC = false
                inEscape = scalar == "["
                continue
            }
            if inEscape {
                if (0x40...0x7E).contains(scalar.value) { inEscape = false }
                continue
            }
            if scalar.value == 0x1B { afterESC = true; continue }
            let w = cle_wcwidth(wchar_t(bitPattern: scalar.value))
            cells += max(0, Int(w))
        }
        return cells
    }

    /// Ctrl-C during a Ctrl-R search.
    private var searchInterrupted = false

    /// Ctrl-R: PSReadLine's reverse search. The matching entry is shown on the line and
    /// `bck-i-search: TEXT_` under it; Enter runs the entry, Escape or Ctrl-G puts the line back as
    /// it was, any other key keeps the entry on the line and does what it does. LicenseLab draws
    /// this itself (libedit's own search labels it "bck:"), then has libedit draw the line again.
    fileprivate func reverseSearch() -> UInt8 {
        let width = terminalWidth()
        let prompt = promptRow
        let (original, before) = currentLine()
        var search = ReverseSearch(entries: history.entries)
        // from the cursor to the start of the prompt's row
        var rowsToStart = Self.rows(prompt + before, width: width) - 1
        func redraw() {
            let line = search.match ?? original
            var out = "\r" + (rowsToStart > 0 ? "\u{1B}[\(rowsToStart)A" : "") + "\u{1B}[J"
            out += prompt + line.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n" + search.status
            writeOut(out)
            rowsToStart = Self.rows(prompt + line, width: width) + Self.rows(search.status, width: width) - 1
        }
        func finish(with line: String) {
            writeOut("\r" + (rowsToStart > 0 ? "\u{1B}[\(rowsToStart)A" : "") + "\u{1B}[J")
            let length = cle_wline_length(editLine)
            el_cursor(editLine, length - cle_wline_cursor(editLine))
            if length > 0 { el_deletestr(editLine, length) }
            if !line.isEmpty { _ = line.withCString { el_insertstr(editLine, $0) } }
            _ = cle_refresh(editLine)
        }
        redraw()
        while true {
            var key: wchar_t = 0
            guard el_wgetc(editLine, &key) == 1 else {
                // Ctrl-C (or the terminal went away): the line is dropped, as Ctrl-C does
                finish(with: original)
                searchInterrupted = true
                return UInt8(CC_EOF)
            }
            switch key {
            case 0x0D, 0x0A:                                  // Enter: run the entry (the editor's own Enter)
                finish(with: search.match ?? original)
                var enter: [wchar_t] = [0x0D, 0]
                el_wpush(editLine, &enter)
                return UInt8(CC_REFRESH)
            case 0x1B where cle_input_pending(40) != 0:      // a key's escape sequence (End, arrows): as another key
                finish(with: search.match ?? original)
                var escape: [wchar_t] = [0x1B, 0]
                el_wpush(editLine, &escape)
                return UInt8(CC_REFRESH)
            case 0x07, 0x1B:                                  // Ctrl-G, Escape: back as it was
                finish(with: original)
                return UInt8(CC_REFRESH)
            case 0x12:                                        // Ctrl-R again
                search.older()
            case 0x08, 0x7F:                                  // Backspace
                search.backspace()
            default:
                if key >= 0x20, let scalar = Unicode.Scalar(UInt32(bitPattern: key)) {
                    search.type(Character(scalar))
                } else {
                    // another key: keep the entry and let the editor handle the key
                    finish(with: search.match ?? original)
                    var pushed: [wchar_t] = [key, 0]
                    el_wpush(editLine, &pushed)
                    return UInt8(CC_REFRESH)
                }
            }
            if !search.found { writeOut("\u{07}") }
            redraw()
        }
    }

    /// The prompt's last line: the one that shares a row with the text (a prompt may have several).
    private var promptRow: String {
        String(cString: promptBuffer).split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? ""
    }

    /// Terminal rows `text` takes from the start of a row (at least one; line breaks start rows).
    static func rows(_ text: String, width: Int) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { total, part in
            total + max(1, (displayWidth(String(part)) + width - 1) / max(1, width))
        }
    }

    /// The whole line and the part before the cursor.
    private func currentLine() -> (String, String) {
        guard let buffer = cle_line_buffer(editLine) else { return ("", "") }
        let length = Int(cle_line_length(editLine))
        let cursor = Int(cle_line_cursor(editLine))
        let bytes = UnsafeRawBufferPointer(start: buffer, count: max(0, length))
        let line = String(decoding: bytes, as: UTF8.self)
        let before = String(decoding: bytes.prefix(max(0, min(cursor, length))), as: UTF8.self)
        return (line, before)
    }

    private func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    private func writeOut(_ text: String) {
        fflush(stdout)
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { raw in write(STDOUT_FILENO, raw.baseAddress! + offset, raw.count - offset) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { return }
            offset += n
        }
    }
}

private func editor(_ el: OpaquePointer?) -> LineEditor? {
    guard let el, let data = cle_get_clientdata(el) else { return nil }
    return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
}

private func lineEditorPrompt(_ el: OpaquePointer?) -> UnsafeMutablePointer<CChar>? {
    editor(el)?.prompt
}

private func lineEditorResized(_ el: OpaquePointer?) {
    editor(el)?.resized()
}

private func lineEditorReverseSearch(_ el: OpaquePointer?, _ key: Int32) -> UInt8 {
    editor(el)?.reverseSearch() ?? UInt8(CC_ERROR)
}

private func lineEditorComplete(_ el: OpaquePointer?, _ key: Int32) -> UInt8 {
    editor(el)?.complete() ?? UInt8(CC_ERROR)
}

private func lineEditorOlder(_ el: OpaquePointer?, _ key: Int32) -> UInt8 {
    editor(el)?.recall(older: true) ?? UInt8(CC_ERROR)
}

private func lineEditorNewer(_ el: OpaquePointer?, _ key: Int32) -> UInt8 {
    editor(el)?.recall(older: false) ?? UInt8(CC_ERROR)
}
