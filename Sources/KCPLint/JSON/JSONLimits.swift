/// Resource limits the JSON reader enforces, so a hostile payload cannot exhaust memory or time.
///
/// Exceeding a limit is a `json-limit` problem and no document is produced.
public struct JSONLimits: Sendable, Hashable {
    /// Largest accepted input, in bytes (BOM included). Default 64 MiB.
    ///
    /// Inputs larger than 128 MiB are always refused, whatever this value, because the document keeps each
    /// value in 16 bytes (a container holds fewer than 2^26 children, and `n` children take at least `2n - 1`
    /// bytes).
    public var maxBytes: Int
    /// Deepest accepted nesting of arrays and objects; the outermost container is at depth 1. Default 256.
    public var maxDepth: Int
    /// Longest accepted string (keys included), counted in encoded bytes between the quotes. Default 1 MiB.
    public var maxStringBytes: Int

    /// Creates limits; every argument defaults to the value of ``JSONLimits/default``.
    public init(maxBytes: Int = 64 << 20, maxDepth: Int = 256, maxStringBytes: Int = 1 << 20) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxStringBytes = maxStringBytes
    }

    /// The default limits: 64 MiB input, depth 256, 1 MiB per string.
    public static let `default` = JSONLimits()
}
