import Foundation
import ProbityCore
@testable import ProbityRegisters

/// A deterministic register set shaped like the bench's size S (made-up firms and people):
/// suppliers from word lists, names typed with case, suffix, "The" and one-letter typos,
/// decoys that are not suppliers, contracts bunched on few days (so several share a day),
/// and one supplier listed twice under two ids. Rows come in date order, as generated
/// registers do; `shuffled` puts them in any order.
struct SyntheticRegisters {
    var hospitality: [String] = []
    var contracts: [String] = []
    var suppliers: [String] = []
    var interests: [String] = []

    static let headers: [RegisterKind: String] = [
        .hospitality: "entry_id,date,staff_id,staff_name,rank,provider,provider_kind,kind,description,value_gbp,decision,peer_reviewed",
        .contracts: "contract_id,supplier,award_date,value_gbp,decision_maker_staff_id",
        .suppliers: "supplier_id,name,company_number",
        .interests: "application_id,staff_id,staff_name,role,business_name,category,status,decided_on,last_reviewed",
    ]

    static let places = ["Northern", "Pennine", "Humber", "Severn", "Mersey", "Cotswold", "Fenland", "Wessex",
                         "Mendip", "Solent", "Chiltern", "Tamar"]
    static let trades = ["Fleet", "Data", "Kennel", "Textile", "Armour", "Catering", "Glazing", "Security",
                         "Forensic", "Medical", "Training", "Radio"]
    static let nouns = ["Services", "Solutions", "Systems", "Partners", "Supplies", "Holdings", "Consulting",
                        "Group"]

    /// `count` suppliers, about `rows` contracts and hospitality entries and `rows / 3` interests.
    init(seed: UInt64 = 1, supplierCount: Int = 300, rows: Int = 3000) {
        var rng = SplitMix64(seed: seed)
        var names: [String] = []
        var seen = Set<String>()
        while names.count < supplierCount {
            let name = "\(rng.pick(Self.places)) \(rng.pick(Self.trades)) \(rng.pick(Self.nouns))"
            if seen.insert(name).inserted { names.append(name) }
        }
        let decoys = (0..<40).map { "\(rng.pick(Self.places)) City Council \($0 % 7)" }
        for (i, name) in names.enumerated() {
            suppliers.append("SUP\(1000 + i),\(name) Ltd,\(String(format: "%08d", i))")
        }
        // The same firm twice under two ids, the larger id first: the smaller is matched.
        suppliers.append("SUP9002,Tamar Duplicate Holdings Ltd,09000002")
        suppliers.append("SUP9001,TAMAR DUPLICATE HOLDINGS LIMITED,09000001")
        names.append("Tamar Duplicate Holdings")

        let start = Int32(LocalDate(year: 2022, month: 1, day: 1)?.daysSinceEpoch ?? 0)
        let days = (0..<150).map { _ in start + Int32(rng.below(1000)) }.sorted()
        for i in 0..<rows {
            let name = Self.typed(rng.pick(names), &rng)
            let staff = rng.below(3) == 0 ? "" : "S\(rng.below(60))"
            let day = LocalDate(daysSinceEpoch: Int(days[i * days.count / rows]))
            contracts.append("C\(100_000 + i),\(Self.field(name)),\(day),\(rng.below(900_000) + 100).\(rng.below(100)),\(staff)")
        }
        let ranks = ["PC", "PS", "Insp", "Supt", "ACC", "DCC", "CC"]
        for i in 0..<rows {
            let provider = rng.below(5) == 0 ? rng.pick(decoys) : Self.typed(rng.pick(names), &rng)
            let day = LocalDate(daysSinceEpoch: Int(start) + i * 1100 / rows)
            let value = rng.below(4) == 0 ? "" : "\(rng.below(400)).\(rng.below(100))"
            let decision = rng.below(6) == 0 ? "declined" : "accepted"
            let reviewed = ["", "yes", "no"][rng.below(3)]
            hospitality.append("H\(200_000 + i),\(day),S\(rng.below(60)),\"SMITH, Jo\",\(rng.pick(ranks)),"
                               + "\(Self.field(provider)),business,hospitality,\"Dinner, \"\"Ivy\"\"\",\(value),"
                               + "\(decision),\(reviewed)")
        }
        let statuses = ["approved", "approved_with_conditions", "pending", "refused", "withdrawn"]
        let categories = ["other", "driver", "driving_instructor", "retail", "police_skills_training"]
        for i in 0..<(rows / 3) {
            let business = rng.below(3) == 0 ? rng.pick(decoys) : Self.typed(rng.pick(names), &rng)
            let reviewed = rng.below(4) == 0 ? "" : "\(LocalDate(daysSinceEpoch: Int(start) + Int(rng.below(1200))))"
            interests.append("BI\(300_000 + i),S\(rng.below(60)),Al Bo,Director,\(Self.field(business)),"
                             + "\(rng.pick(categories)),\(rng.pick(statuses)),2020-01-01,\(reviewed)")
        }
    }

    /// A supplier name as someone might type it.
    static func typed(_ name: String, _ rng: inout SplitMix64) -> String {
        switch rng.below(8) {
        case 0: return name.uppercased() + " LIMITED"
        case 1: return "The \(name) Ltd."
        case 2: return name + " & Co"
        case 3:  // one letter changed inside the longest word
            var words = name.split(separator: " ").map(String.init)
            guard let longest = words.indices.max(by: { words[$0].count < words[$1].count }) else { return name }
            var letters = Array(words[longest])
            letters[2 + rng.below(letters.count - 3)] = "x"
            words[longest] = String(letters)
            return words.joined(separator: " ")
        default: return name + " Ltd"
        }
    }

    static func field(_ text: String) -> String {
        text.contains(",") || text.contains("\"") ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    /// Every register's rows in a random order.
    func shuffled(seed: UInt64) -> SyntheticRegisters {
        var rng = SplitMix64(seed: seed)
        var copy = self
        copy.hospitality = rng.shuffle(hospitality)
        copy.contracts = rng.shuffle(contracts)
        copy.suppliers = rng.shuffle(suppliers)
        copy.interests = rng.shuffle(interests)
        return copy
    }

    func rows(_ register: RegisterKind) -> [String] {
        switch register {
        case .hospitality: return hospitality
        case .contracts: return contracts
        case .suppliers: return suppliers
        case .interests: return interests
        }
    }

    func readers() -> [RegisterKind: CSVReader] {
        var readers: [RegisterKind: CSVReader] = [:]
        for register in RegisterKind.allCases {
            let text = ([Self.headers[register] ?? ""] + rows(register)).joined(separator: "\r\n") + "\r\n"
            readers[register] = CSVReader(file: "\(register.rawValue).csv", data: Data(text.utf8))
        }
        return readers
    }

    func report(chunkSize: Int = 8 << 20) throws -> CrosscheckReport {
        let registers = try RegisterLoader(chunkSize: chunkSize).load(readers())
        return Crosschecker(rules: try CrosscheckRules.defaults).run(registers, asOf: RegisterFixtures.asOf)
    }
}
