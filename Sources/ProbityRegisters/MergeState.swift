/// The register set's tables while chunks are merged into them in file order.
struct MergeState {
    var names = ByteInterner(capacity: 1 << 16)
    var staff = ByteInterner(capacity: 1 << 12)
    var values = ByteInterner(capacity: 64)
    var skipped: [SkippedRow] = []

    mutating func merge(_ context: RowDecodingContext) -> InternRemap {
        InternRemap(names: Self.merge(context.names, into: &names),
                    staff: Self.merge(context.staff, into: &staff),
                    values: Self.merge(context.values, into: &values))
    }

    private static func merge(_ local: ByteInterner, into global: inout ByteInterner) -> [Int32] {
        var remap = [Int32](repeating: 0, count: local.count)
        local.storage.withUnsafeBufferPointer { store in
            for i in 0..<local.count {
                let bytes = UnsafeBufferPointer(rebasing: store[local.range(i)])
                remap[i] = global.intern(bytes, hash: local.hashes[i])
            }
        }
        return remap
    }
}
