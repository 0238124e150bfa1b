/// Maps a chunk's local interner indices to the register set's tables.
struct InternRemap: Sendable {
    var names: [Int32]
    var staff: [Int32]
    var values: [Int32]

    func name(_ ref: NameRef) -> NameRef { NameRef(rawValue: names[Int(ref.rawValue)]) }
    func staff(_ ref: StaffRef) -> StaffRef { StaffRef(rawValue: staff[Int(ref.rawValue)]) }
    func value(_ ref: ValueRef) -> ValueRef { ValueRef(rawValue: values[Int(ref.rawValue)]) }
}
