/// The red mark (发文机关标志 or 纪要标志) stays on one line: a name too long for the text width at
/// the mark's size is set narrower — characters scaled horizontally, their height kept — as official
/// practice condenses a long organisation's mark rather than wrapping it.
public enum MarkFit {
    /// The horizontal scale in percent (100 when the mark fits as it is).
    public static func scale(_ content: [Inline]) -> Int {
        let width = TextWidth.guarded(content.plainText) * Double(PageGeometry.markCharacter)
        guard width > Double(PageGeometry.textWidth) else { return 100 }
        // Word accepts 1–600 %; below a third the mark would be unreadable anyway, and then it wraps.
        return max(33, Int((Double(PageGeometry.textWidth) * 100 / width).rounded(.down)))
    }
}
