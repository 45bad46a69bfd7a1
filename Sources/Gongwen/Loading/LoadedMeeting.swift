/// A meeting with what its file was read into: its text and YAML tree, which the proofreader
/// reads for each value's exact place.
public struct LoadedMeeting: Sendable {
    /// The meeting, with the loader's warnings.
    public var meeting: Meeting
    /// The file's parsed tree.
    let tree: YAMLTree
    /// The file's text.
    let text: String
}
