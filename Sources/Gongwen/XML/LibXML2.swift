internal import CLibXML2

/// One-time set-up of libxml2, which must happen before threads use it.
enum LibXML2 {
    /// Initialises the library once; every entry point into the XML layer touches this first.
    static let ready: Void = {
        xmlInitParser()
    }()

    /// The message of a libxml2 error, trimmed of its trailing newline.
    static func message(_ error: UnsafePointer<xmlError>?) -> String {
        guard let error, let text = error.pointee.message else { return "malformed XML" }
        return String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var view = self[...]
        while let first = view.first, set.contains(first) { view = view.dropFirst() }
        while let last = view.last, set.contains(last) { view = view.dropLast() }
        return String(view)
    }
}

extension Set where Element == Character {
    static let whitespacesAndNewlines: Set<Character> = [" ", "\t", "\n", "\r"]
}
