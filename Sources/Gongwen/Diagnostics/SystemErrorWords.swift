import Foundation

/// The words of an error the system gave (a file that cannot be read or written, a program that
/// cannot start), for the messages that carry them: the C library's own description of the
/// errno when there is one (`No such file or directory`, which `LibYAMLWords` puts in Chinese).
enum SystemErrorWords {
    static func of(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
            let posix = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(posix.rawValue))
        }
        return nsError.localizedDescription
    }
}
