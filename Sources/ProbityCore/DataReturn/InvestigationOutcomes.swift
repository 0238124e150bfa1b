/// The outcome fields of a group of investigations, as the data return asks them in every area
/// that counts investigations: how many are still continuing at the end of the period (a level)
/// and how many ended in each of four ways in it (flows). The paths are
/// `<prefix>.continuing`, `<prefix>.referredExternally`, `<prefix>.noFurtherAction`,
/// `<prefix>.managementAction` and `<prefix>.leftService`; they are a file format, so a group's
/// paths and meanings never change once a plugin declares it.
public struct InvestigationOutcomes: Sendable {
    public let continuing: DataReturnField
    public let referredExternally: DataReturnField
    public let noFurtherAction: DataReturnField
    public let managementAction: DataReturnField
    public let leftService: DataReturnField

    /// The group at `prefix`, its meanings naming `noun` (`investigations`, `disclosure
    /// investigations`). The other arguments finish the meanings where an area's return words
    /// them differently: whom a case is referred to, the lightest management action, what ended
    /// in no further action and how a person left the service.
    public init(
        _ prefix: String, _ noun: String, referredTo: String = "an external body (IPCC, another force)",
        warning: String = "a warning", noFurtherActionNote: String = "",
        leaving: String = " (dismissal, resignation, retirement)"
    ) {
        continuing = .count("\(prefix).continuing", .level, "\(noun) still continuing at the end of the period")
        referredExternally = .count("\(prefix).referredExternally", .flow, "\(noun) referred to \(referredTo)")
        noFurtherAction = .count("\(prefix).noFurtherAction", .flow, "\(noun) closed with no further action\(noFurtherActionNote)")
        managementAction = .count("\(prefix).managementAction", .flow, "\(noun) resolved through management advice or \(warning)")
        leftService = .count("\(prefix).leftService", .flow, "\(noun) after which the person left the service\(leaving)")
    }

    /// The fields in the order the return lists them; together they sum to the investigations opened.
    public var all: [DataReturnField] { [continuing, referredExternally, noFurtherAction, managementAction, leftService] }
}
