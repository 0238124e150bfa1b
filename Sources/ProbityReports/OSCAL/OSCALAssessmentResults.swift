/// An OSCAL 1.1 assessment-results document: `{"assessment-results": {...}}`.
public struct OSCALAssessmentResults: Sendable, Hashable, Codable {
    public var assessmentResults: Document

    enum CodingKeys: String, CodingKey {
        case assessmentResults = "assessment-results"
    }

    public struct Document: Sendable, Hashable, Codable {
        public var uuid: String
        public var metadata: OSCALMetadata
        public var importAP: ImportAP
        public var results: [OSCALResult]
        public var backMatter: OSCALBackMatter?

        enum CodingKeys: String, CodingKey {
            case uuid, metadata, results
            case importAP = "import-ap"
            case backMatter = "back-matter"
        }
    }

    /// The assessment plan the results follow; Probity points it at the assessment file.
    public struct ImportAP: Sendable, Hashable, Codable {
        public var href: String
        public var remarks: String?
    }
}
