/// What an account may do in one folder of an office (`office.yaml` names them in Chinese).
public enum OfficeRole: String, Sendable, CaseIterable, Codable, Comparable {
    /// 文秘: writes meetings, saves drafts, sends them for review (送审).
    case clerk = "文秘"
    /// 审核: a leader who reads, comments, returns with a reason (退回) and signs (签发).
    case reviewer = "审核"
    /// 督查: reads every meeting of the folders granted, their summaries and ledger.
    case inspector = "督查"

    /// The role written in English in `office.yaml`, as an IT person may.
    public init?(name: String) {
        switch name {
        case "文秘", "clerk": self = .clerk
        case "审核", "reviewer": self = .reviewer
        case "督查", "inspector": self = .inspector
        default: return nil
        }
    }

    public static func < (lhs: OfficeRole, rhs: OfficeRole) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
