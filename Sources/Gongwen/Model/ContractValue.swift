/// A value of the data contract chosen from a fixed list (`status`, `part`): its English name as
/// written in files, and the Chinese names a clerk may write instead.
public protocol ContractValue: RawRepresentable, CaseIterable where RawValue == String {
    /// The Chinese names that stand for this value, the one documents show first.
    var chineseNames: [String] { get }
}

extension TaskStatus: ContractValue {}
extension SpeechPartKey: ContractValue {}
