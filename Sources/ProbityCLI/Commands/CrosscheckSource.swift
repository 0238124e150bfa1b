import ProbityBundle
import ProbityCore
import ProbityRegisters

/// What `crosscheck --assessment FILE` takes from the assessment: the register files it names
/// (checked to lie in its folder, as `score` checks them) and the assessment itself, for its
/// period and workforce. Empty without `--assessment`.
struct CrosscheckSource {
    var assessment: Assessment?
    var files = ResolvedRegisterFiles()

    init(_ arguments: ParsedArguments, _ context: CommandContext, command: String) throws {
        guard let name = arguments.value("--assessment") else { return }
        let document = try AssessmentDocument.load(path: context.resolve(name), displayName: name)
        assessment = document.assessment
        guard let registers = document.assessment.registers else {
            throw UsageError("\(TerminalText.excerpt(name, limit: 120)) names no registers; give the four register options instead",
                             command: command)
        }
        let provider = RegisterCrosscheck(allowedFolders: arguments.all(CommonOptions.allowFolder.name).map(context.resolve))
        files = try provider.resolve(registers, file: document.file, baseDirectory: document.folder,
                                     requireAll: false)
    }

    /// The register's name as the assessment wrote it, for messages and the report.
    func name(of kind: RegisterKind) -> String? {
        guard let registers = assessment?.registers else { return nil }
        switch kind {
        case .hospitality: return registers.hospitality
        case .contracts: return registers.contracts
        case .suppliers: return registers.suppliers
        case .interests: return registers.interests
        }
    }
}
