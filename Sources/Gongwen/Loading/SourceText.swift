import Foundation

/// The bytes of a meeting file checked to be text Gongwen can carry: UTF-8, no NUL, no BOM.
struct SourceText {
    /// The decoded text.
    let text: String

    /// Decodes `data`, or throws a diagnostic at the first byte that is not UTF-8 text.
    init(data: Data, file: String) throws(Diagnostic) {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw Diagnostic(
                at: SourceLocation(file: file, line: 1, column: 1),
                .fileEmpty)
        }
        // The standard library validates UTF-8 fast and memchr finds a NUL fast; the slow
        // scalar walk only runs to find the place of a fault.
        let decoded = bytes.withUnsafeBytes { raw -> String? in
            guard memchr(raw.baseAddress!, 0, raw.count) == nil else { return nil }
            return String(validating: raw.bindMemory(to: UInt8.self), as: UTF8.self)
        }
        if let decoded {
            text = decoded
            return
        }
        guard let bad = Self.firstInvalidScalar(in: bytes) else {
            text = String(decoding: bytes, as: UTF8.self)
            return
        }
        throw Diagnostic(at: Self.location(after: bytes.prefix(bad.offset), file: file), bad.problem)
    }

    private static func firstInvalidScalar(in bytes: Data) -> (offset: Int, problem: Message)? {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = UTF8.decode(encoded)
                if scalar.value == 0 {
                    return (offset, .nulByte)
                }
                offset += encoded.count
            case .error(let length):
                _ = length
                return (offset, .notUTF8)
            case .emptyInput:
                return nil
            }
        }
    }

    /// Line and column (in Unicode scalars) just after the UTF-8 bytes `prefix`.
    static func location<Bytes: Collection<UInt8>>(after prefix: Bytes, file: String) -> SourceLocation {
        var line = 1
        var column = 1
        for scalar in String(decoding: prefix, as: UTF8.self).unicodeScalars {
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
