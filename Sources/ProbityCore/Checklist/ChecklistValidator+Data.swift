/// Checks on the content of statuses, grades and items that once lived in a separate Python
/// checker (`scripts/check_checklists.py`), so one validator checks checklists.
extension ChecklistValidator {
    /// A status excluded from the score has no credit; every other has a credit from 0 to 1.
    func statusCredits() -> [Diagnostic] {
        checklist.answerStatuses.enumerated().compactMap { index, status in
            let path: [JSONPathComponent] = [.key("answerStatuses"), .index(index), .key("credit")]
            if status.excludedFromScore == true {
                return status.credit == nil ? nil : error(path, "\(status.id.rawValue) is excluded from the score, so it has no credit; remove it")
            }
            guard let credit = status.credit else {
                return error(path, "\(status.id.rawValue) counts towards the score, so it needs a credit between 0 and 1")
            }
            return (0...1).contains(credit) ? nil : error(path, "must be between 0 and 1, found \(NumberFormatting.number(credit))")
        }
    }

    /// Grade ids are unique within a scale and thresholds lie between 0 and 100.
    func gradeIDs() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for (scaleIndex, scale) in checklist.gradeScales.enumerated() {
            var seen: Set<GradeID> = []
            for (index, grade) in scale.grades.enumerated() {
                let path: [JSONPathComponent] = [.key("gradeScales"), .index(scaleIndex), .key("grades"), .index(index)]
                if !seen.insert(grade.id).inserted { problems.append(error(path + [.key("id")], "duplicate grade id \"\(grade.id)\" in \(scale.id)")) }
                if !(0...100).contains(grade.minScore) {
                    problems.append(error(path + [.key("minScore")], "must be between 0 and 100, found \(NumberFormatting.number(grade.minScore))"))
                }
            }
        }
        return problems
    }

    /// Each item says what good looks like and what evidence shows it; tags are lowercase and
    /// hyphenated, each once; a page is a positive number.
    func itemData() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for (areaIndex, area) in checklist.areas.enumerated() {
            for (itemIndex, item) in area.items.enumerated() {
                let path: [JSONPathComponent] = [.key("areas"), .index(areaIndex), .key("items"), .index(itemIndex)]
                if item.goodPractice.trimmingCharacters(in: .whitespaces).isEmpty {
                    problems.append(error(path + [.key("goodPractice")], "\(item.id) does not say what good practice looks like"))
                }
                if item.evidenceKinds.isEmpty {
                    problems.append(error(path + [.key("evidenceKinds")], "\(item.id) names no evidence kind that would show the practice"))
                }
                if let page = item.source.page, page <= 0 {
                    problems.append(error(path + [.key("source"), .key("page")], "must be a positive page number, found \(page)"))
                }
                problems += tagProblems(item.tags ?? [], path: path + [.key("tags")])
            }
        }
        return problems
    }

    func tagProblems(_ tags: [String], path: [JSONPathComponent]) -> [Diagnostic] {
        var seen: Set<String> = []
        return tags.enumerated().compactMap { index, tag in
            if !seen.insert(tag).inserted { return error(path + [.index(index)], "tag \"\(tag)\" is listed twice") }
            let words = tag.split(separator: "-", omittingEmptySubsequences: false)
            let wellFormed = !words.isEmpty && words.allSatisfy { word in
                !word.isEmpty && word.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
            }
            return wellFormed ? nil : error(path + [.index(index)], "tag \"\(tag)\" must be lowercase words joined by hyphens (media-training)")
        }
    }
}
