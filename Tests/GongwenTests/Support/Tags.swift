import Testing

extension Tag {
    /// Runs an outside program that `.ci/run` installs (cmark-gfm); skipped, and said so, where it
    /// is missing, instead of failing for a reason that is not Gongwen's.
    @Tag static var needsCmarkGFM: Self
}

extension CommonMarkReader {
    /// Whether cmark-gfm is installed here.
    static var isInstalled: Bool { program != nil }
}
