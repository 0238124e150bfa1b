/// Distinct strings read from the registers (names, staff ids or coded values), each stored
/// once; rows refer to them by index.
public struct StringTable: Sendable {
    var interner: ByteInterner

    init(_ interner: ByteInterner) { self.interner = interner }

    public var count: Int { interner.count }

    public subscript(index: Int) -> String { interner.string(index) }
    public subscript(ref: NameRef) -> String { interner.string(Int(ref.rawValue)) }
    public subscript(ref: StaffRef) -> String { interner.string(Int(ref.rawValue)) }
    public subscript(ref: ValueRef) -> String { interner.string(Int(ref.rawValue)) }

    /// The index of `text`, if any row holds it.
    public func index(of text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes in
            interner.find(bytes, hash: ByteInterner.hash(bytes)).map(Int.init)
        }
    }
}
