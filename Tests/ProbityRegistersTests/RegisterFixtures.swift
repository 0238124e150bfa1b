import Foundation
import ProbityCore
@testable import ProbityRegisters

/// Small synthetic registers (no real people or firms) exercising every check and boundary.
enum RegisterFixtures {
    static let suppliers = """
    supplier_id,name,company_number\r
    SUP1,Northern Fleet Services Ltd,00000001\r
    SUP2,Apex Data Solutions Ltd,00000002\r
    SUP3,Kestrel Kennel Ltd,00000003\r

    """
    static let contracts = """
    contract_id,supplier,award_date,value_gbp,decision_maker_staff_id\r
    C1,NORTHERN FLEET SERVICES LIMITED,2024-01-10,1000.00,S9\r
    C2,Apex Data Solutions,2025-01-10,500,S2\r
    C3,Kestrel Kennel Ltd,2024-06-01,10,S3\r

    """
    static let hospitality = """
    entry_id,date,staff_id,staff_name,rank,provider,provider_kind,kind,description,value_gbp,decision,peer_reviewed\r
    H1,2024-01-10,S1,"SMITH, Jo",PC,The Northern Fleet Services Ltd.,contractor,hospitality,"Dinner at ""The Ivy"", Leeds",45.00,accepted,\r
    H2,2024-01-11,S2,Al Bo,Supt,Apex Data Solutions Ltd,business,gratuity,Lunch,20,accepted,no\r
    H3,2023-06-01,S3,Cy Do,PC,Kestrel Kennel Ltd,business,hospitality,Tickets,30,accepted,\r
    H4,2024-06-02,S3,Cy Do,PC,Kestrel Kennel Ltd,business,hospitality,Tickets,30,accepted,\r
    H5,2024-05-01,S3,Cy Do,PC,Kestrel Kennel Ltd,business,hospitality,Tickets,30,declined,\r
    H6,2024-02-01,S4,Ed Fu,CC,Leeds City Council,public,hospitality,Reception,300,accepted,no\r
    H7,2024-02-02,S5,Gi Ho,DCC,Leeds City Council,public,hospitality,Reception,60,accepted,yes\r
    H8,2024-02-03,S6,Io Ju,ACC,Leeds City Council,public,hospitality,Reception,24.99,accepted,\r
    H9,2024-02-04,S6,Io Ju,ACC,Leeds City Council,public,hospitality,Reception,,declined,\r
    H10,2024-01-01,S1,"SMITH, Jo",PC,Northern Fleet Solutions Ltd,business,hospitality,Golf,100,accepted,\r

    """
    static let interests = """
    application_id,staff_id,staff_name,role,business_name,category,status,decided_on,last_reviewed\r
    BI1,S2,Al Bo,Director,Apex Data Solutions Ltd,other,approved,2020-01-01,2025-01-01\r
    BI2,S7,Ka Lu,Shareholder,Northern Fleet Servcies,other,pending,2020-01-01,\r
    BI3,S8,Mo Ny,Director,Kestrel Kennel Ltd,other,refused,2020-01-01,\r
    BI4,S10,Ol Pa,Driver,Ride Share,driver,approved,2020-01-01,2024-03-31\r
    BI5,S11,Qu Ra,Instructor,Learn Driving,driving_instructor,approved_with_conditions,2020-01-01,2024-03-30\r
    BI6,S12,Sa Te,Trainer,Tactical Training,police_skills_training,refused,2020-01-01,\r
    BI7,S13,Ul Vo,Volunteer,Rotary Club,other,approved,2020-01-01,\r
    BI8,S14,Wy Xa,Employee,Corner Shop,retail,withdrawn,2020-01-01,\r

    """

    static func readers(hospitality: String = hospitality, contracts: String = contracts,
                        suppliers: String = suppliers, interests: String = interests) -> [RegisterKind: CSVReader] {
        [.hospitality: CSVReader(file: "hospitality.csv", data: Data(hospitality.utf8)),
         .contracts: CSVReader(file: "contracts.csv", data: Data(contracts.utf8)),
         .suppliers: CSVReader(file: "suppliers.csv", data: Data(suppliers.utf8)),
         .interests: CSVReader(file: "interests.csv", data: Data(interests.utf8))]
    }

    static let asOf = LocalDate(year: 2025, month: 3, day: 31) ?? LocalDate(daysSinceEpoch: 0)

    static func report(_ readers: [RegisterKind: CSVReader] = readers(), workforce: Int? = nil,
                       rules: CrosscheckRules? = nil) throws -> CrosscheckReport {
        let registers = try RegisterLoader().load(readers)
        return Crosschecker(rules: try rules ?? CrosscheckRules.defaults).run(registers, asOf: asOf, workforce: workforce)
    }
}
