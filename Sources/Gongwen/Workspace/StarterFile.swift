import Foundation

/// The commented Chinese meeting file `gongwen init` writes for a clerk to fill in
/// (`Templates/starter.yaml`: every field of the contract, each with a note on how to write it).
public enum StarterFile {
    /// The file's text.
    public static var text: String { BuiltInFiles.text("starter.yaml") }

    /// The name used when none is given.
    public static let defaultName = "会议.yaml"

    /// Writes the starter file to `url`; an existing file there is never replaced.
    public static func write(to url: URL, displayName: String? = nil) throws(GongwenError) {
        try OutputFile.writeNew(Data(text.utf8), to: url, displayName: displayName)
    }
}
