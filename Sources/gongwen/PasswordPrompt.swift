import Foundation
import Gongwen
import GongwenOffice

#if canImport(Glibc)
    import Glibc
#endif

/// Reads a new password: on a terminal twice, without echo; piped, one line of standard input
/// (for scripts). It is never printed.
enum PasswordPrompt {
    static func newPassword() throws -> String {
        guard isatty(STDIN_FILENO) == 1 else {
            guard let line = readLine(strippingNewline: true), !line.isEmpty else {
                throw OfficeError(.passwordMissing)
            }
            return line
        }
        let first = try read(prompt: Label.newPasswordPrompt.text(in: ErrorReport.language))
        let second = try read(prompt: Label.againPrompt.text(in: ErrorReport.language))
        guard first == second else { throw OfficeError(.passwordsDiffer) }
        return first
    }

    private static func read(prompt: String) throws -> String {
        FileHandle.standardError.write(Data(prompt.utf8))
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine(strippingNewline: true) ?? ""
    }
}
