/// Where each logical column of a register sits in one file's header.
struct ResolvedColumns: Sendable {
    let register: RegisterKind
    /// Field index per logical column, in `register.columns` order; -1 when absent (optional).
    let indices: [Int]

    init(register: RegisterKind, header: [String], mapping: ColumnMapping, file: String) throws(RegisterError) {
        self.register = register
        var indices: [Int] = []
        let folded = header.map { $0.lowercased() }
        for column in register.columns {
            let wanted = mapping.header(for: column.name, in: register).trimmingSpaces
            let index = header.firstIndex(of: wanted) ?? folded.firstIndex(of: wanted.lowercased()) ?? -1
            if index < 0, column.isRequired {
                throw RegisterError.missingColumn(file: file, column: column.name, header: wanted)
            }
            indices.append(index)
        }
        self.indices = indices
    }

    /// The field index of `column`, -1 when the file lacks it.
    func index(_ column: String) -> Int {
        guard let i = register.columns.firstIndex(where: { $0.name == column }) else { return -1 }
        return indices[i]
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
