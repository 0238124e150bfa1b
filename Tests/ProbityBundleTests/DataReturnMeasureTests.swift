import ProbityCore
import ProbityBundle
import Testing

/// Every count and amount of every plugin's data return says whether it is a flow over the
/// period or a level at a date, so comparisons and national rates never guess from wording.
@Suite struct DataReturnMeasureTests {
    static let descriptors: [PluginDescriptor] = PluginRegistry.instances.map { type(of: $0).descriptor }

    @Test func everyCountAndAmountDeclaresItsMeasure() {
        for descriptor in Self.descriptors {
            let fields = descriptor.dataReturn.fields
            let undeclared = fields.filter { $0.isNumeric && $0.measure == nil }.map { $0.path }
            #expect(undeclared.isEmpty, "\(descriptor.area): declare .flow or .level for \(undeclared.joined(separator: ", "))")
            let misplaced = fields.filter { !$0.isNumeric && $0.measure != nil }.map { $0.path }
            #expect(misplaced.isEmpty, "\(descriptor.area): only counts and amounts have a measure")
        }
    }

    /// The standard national rules count over the period only figures whose prefix names a
    /// declared flow total (their outcome breakdowns included).
    @Test func theStandardOutlierFiguresAreDeclaredFlows() throws {
        let schemas = Dictionary(uniqueKeysWithValues: Self.descriptors.map { ($0.area, $0.dataReturn) })
        for figure in try NationalRules.standard().outliers.figures {
            #expect(schemas[figure.area]?.field(figure.path)?.measure == .flow, "\(figure)")
        }
    }
}
