#if canImport(FoundationEssentials)
    public import FoundationEssentials
#else
    public import Foundation
#endif

extension Validator {
    /// Validates a payload given as `Data` (a request body in a service).
    public func validate(_ data: Data, options: ValidationOptions = ValidationOptions()) -> ValidationResult {
        validate([UInt8](data), options: options)
    }
}

extension ValidationOptions {
    /// Creates options with the clock given as a `Date`.
    public init(kind: String? = nil, language: Language = .en, date: Date) {
        self.init(kind: kind, language: language, now: Int64(date.timeIntervalSince1970.rounded(.down)))
    }
}
