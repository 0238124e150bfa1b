/// The paths of the four register files.
public struct RegisterPaths: Sendable, Hashable {
    public var hospitality: String
    public var contracts: String
    public var suppliers: String
    public var interests: String

    public init(hospitality: String, contracts: String, suppliers: String, interests: String) {
        self.hospitality = hospitality
        self.contracts = contracts
        self.suppliers = suppliers
        self.interests = interests
    }

    public subscript(register: RegisterKind) -> String {
        switch register {
        case .hospitality: return hospitality
        case .contracts: return contracts
        case .suppliers: return suppliers
        case .interests: return interests
        }
    }
}
