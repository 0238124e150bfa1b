import ProbityCore
/// What decoding rows of one chunk needs: the chunk's own interners (merged into the
/// register set's tables afterwards) and a scratch buffer for undoubling quotes.
struct RowDecodingContext: Sendable {
    /// The file's header, by field index, for messages.
    let headers: [String]
    var names = ByteInterner(capacity: 4096)
    var staff = ByteInterner(capacity: 1024)
    var values = ByteInterner(capacity: 64)
    var scratch: [UInt8] = []

    init(headers: [String]) {
        self.headers = headers
    }

    /// The typed organisation name exactly as written (spaces kept); empty when absent.
    mutating func name(_ record: CSVRecord, _ index: Int) -> NameRef {
        guard index >= 0 else { return NameRef(rawValue: names.intern(UnsafeBufferPointer(start: nil, count: 0))) }
        return NameRef(rawValue: record.withValue(index, scratch: &scratch, trim: false) { names.intern($0) })
    }

    /// A staff id, trimmed; nil when absent or blank.
    mutating func staffID(_ record: CSVRecord, _ index: Int) -> StaffRef? {
        guard index >= 0 else { return nil }
        let ref = record.withValue(index, scratch: &scratch, trim: true) { $0.isEmpty ? nil : staff.intern($0) }
        return ref.map { StaffRef(rawValue: $0) }
    }

    /// A coded value, trimmed (blank and absent are the empty value).
    mutating func value(_ record: CSVRecord, _ index: Int) -> ValueRef {
        guard index >= 0 else { return ValueRef(rawValue: values.intern(UnsafeBufferPointer(start: nil, count: 0))) }
        return ValueRef(rawValue: record.withValue(index, scratch: &scratch, trim: true) { values.intern($0) })
    }

    /// A required, non-blank row id.
    func rowID(_ record: CSVRecord, _ index: Int) throws(RegisterError) -> RowID {
        let text = record.string(index, trim: true)
        guard !text.isEmpty else { throw RegisterError.emptyValue(location(record, index), column: headers[index]) }
        return RowID(text)
    }

    mutating func requiredStaff(_ record: CSVRecord, _ index: Int) throws(RegisterError) -> StaffRef {
        guard let ref = staffID(record, index) else {
            throw RegisterError.emptyValue(location(record, index), column: headers[index])
        }
        return ref
    }

    /// A date; nil when the column is absent or the field blank.
    func day(_ record: CSVRecord, _ index: Int) throws(RegisterError) -> LocalDate? {
        guard index >= 0 else { return nil }
        let bytes = record.trimmed(index)
        if bytes.isEmpty { return nil }
        guard let day = LocalDate.parse(bytes) else {
            throw RegisterError.invalidDate(location(record, index), column: headers[index], value: record.string(index))
        }
        return day
    }

    func requiredDay(_ record: CSVRecord, _ index: Int) throws(RegisterError) -> LocalDate {
        guard let day = try day(record, index) else {
            throw RegisterError.emptyValue(location(record, index), column: headers[index])
        }
        return day
    }

    /// An amount in pence; nil when the column is absent or the field blank.
    func pence(_ record: CSVRecord, _ index: Int) throws(RegisterError) -> Int64? {
        guard index >= 0 else { return nil }
        let bytes = record.trimmed(index)
        if bytes.isEmpty { return nil }
        guard let pence = Amount.pence(bytes) else {
            throw RegisterError.invalidAmount(location(record, index), column: headers[index], value: record.string(index))
        }
        return pence
    }

    /// The location of field `index`: its line and the column of its first character.
    func location(_ record: CSVRecord, _ index: Int) -> SourceLocation {
        record.location(index)
    }
}
