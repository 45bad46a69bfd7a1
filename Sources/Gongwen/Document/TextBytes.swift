extension String {
    /// The pieces between each `separator` (an ASCII character), empty pieces kept.
    ///
    /// Splits UTF-8 bytes rather than `Character`s: an ASCII byte never falls inside another
    /// character's encoding, and the grapheme walk of `split` was a tenth of all render time.
    func pieces(separatedBy separator: Unicode.Scalar) -> [Substring] {
        precondition(separator.isASCII, "only an ASCII separator can be found byte by byte")
        let byte = UInt8(separator.value)
        guard containsByte(where: { $0 == byte }) else { return [self[...]] }
        return utf8.split(separator: byte, omittingEmptySubsequences: false).map { Substring($0) }
    }

    /// The lines of the text; a line break is `\n` or `\r\n`.
    var lines: [Substring] {
        pieces(separatedBy: "\n").map { $0.utf8.last == UInt8(ascii: "\r") ? $0.dropLast() : $0 }
    }

    /// Whether any UTF-8 byte of the text passes `test`; a loop over contiguous bytes, where
    /// `utf8.contains` steps an iterator byte by byte over every value of every document.
    func containsByte(where test: (UInt8) -> Bool) -> Bool {
        var text = self
        return text.withUTF8 { $0.contains(where: test) }
    }
}
