extension Array {
    /// OSCAL forbids empty arrays: nil when there is nothing in it.
    var nonEmptyArray: [Element]? { isEmpty ? nil : self }
}
