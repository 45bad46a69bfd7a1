/// How far the signature (发文机关署名) and the date (成文日期) stand in from the right margin, in
/// characters of body text, as GB/T 9704 §7.3.5.2 places them: the signature two characters in,
/// the date's first character two characters right of the signature's first; when the date is
/// the longer, the date ends two characters in and the signature moves left. Widths are measured
/// as LibreOffice sets them (`TextWidth.guarded`: 2026年11月20日 is 8¼ characters, not 7).
public struct ClosingIndents: Equatable, Sendable {
    /// The signature's right indent, in characters.
    public let signature: Double
    /// The date's right indent, in characters.
    public let date: Double

    /// The indents for the document's signature and date, or nil when it lacks either.
    public init?(_ blocks: [Block]) {
        var signature: [Inline]?
        var date: [Inline]?
        for block in blocks {
            if case .paragraph(let paragraph) = block {
                if paragraph.role == .signature { signature = paragraph.content }
                if paragraph.role == .date { date = paragraph.content }
            }
        }
        guard let signature, let date else { return nil }
        self.init(signatureWidth: TextWidth.guarded(signature.plainText), dateWidth: TextWidth.guarded(date.plainText))
    }

    /// The indents for a signature and a date of these widths (characters).
    init(signatureWidth: Double, dateWidth: Double) {
        if signatureWidth - 2 >= dateWidth {
            // The signature is long: it keeps two characters; the date starts two in from its start.
            (signature, date) = (2, 2 + signatureWidth - 2 - dateWidth)
        } else {
            (signature, date) = (2 + dateWidth + 2 - signatureWidth, 2)
        }
    }
}
