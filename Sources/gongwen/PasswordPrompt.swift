import Foundation
import Gongwen

#if canImport(Glibc)
    import Glibc
#endif

/// Reads a new password: on a terminal twice, without echo; piped, one line of standard input
/// (for scripts). It is never printed.
enum PasswordPrompt {
    static func newPassword() throws -> String {
        guard isatty(STDIN_FILENO) == 1 else {
            guard let line = readLine(strippingNewline: true) else { throw OfficeCommandError(.passwordTooShort(8)) }
            return line
        }
        let first = try read(prompt: ErrorReport.language.pick("New password: ", "新密码："))
        let second = try read(prompt: ErrorReport.language.pick("Again: ", "再输入一次："))
        guard first == second else { throw OfficeCommandError(.passwordsDiffer) }
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

/// A refusal of an office command, printed in the run's language with exit status 1.
struct OfficeCommandError: Error {
    let message: Message
    init(_ message: Message) { self.message = message }
}
