/// A ZIP archive whose entries are stored, not compressed: enough for an Office Open XML
/// package, written without any library. Every entry carries its CRC-32; the timestamp is fixed
/// (1980-01-01 00:00, the ZIP epoch) so the same workbook gives the same bytes.
public struct StoredZip: Sendable {
    public struct Entry: Sendable {
        public var name: String
        public var bytes: [UInt8]

        public init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    /// The archive: local headers and data, the central directory, the end record.
    public func bytes() -> [UInt8] {
        var archive: [UInt8] = []
        var directory: [UInt8] = []
        for entry in entries {
            let name = Array(entry.name.utf8)
            let crc = CRC32.checksum(entry.bytes)
            let offset = UInt32(archive.count)
            archive += le32(0x0403_4B50) + header(name: name, crc: crc, size: UInt32(entry.bytes.count)) + name + entry.bytes
            directory += le32(0x0201_4B50) + le16(20) + header(name: name, crc: crc, size: UInt32(entry.bytes.count))
                + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + name
        }
        let directoryOffset = UInt32(archive.count)
        let count = UInt16(entries.count)
        return archive + directory + le32(0x0605_4B50) + le16(0) + le16(0) + le16(count) + le16(count)
            + le32(UInt32(directory.count)) + le32(directoryOffset) + le16(0)
    }

    /// The fields local and central headers share: version needed, flags (bit 11: UTF-8 names),
    /// method 0 (stored), time, date, CRC, sizes, name length, extra length.
    func header(name: [UInt8], crc: UInt32, size: UInt32) -> [UInt8] {
        le16(20) + le16(0x0800) + le16(0) + le16(0) + le16(0x0021) + le32(crc) + le32(size) + le32(size)
            + le16(UInt16(name.count)) + le16(0)
    }

    func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }

    func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
}
