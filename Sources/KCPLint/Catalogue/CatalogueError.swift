/// A problem in a catalogue or configuration file, located in the YAML.
public struct CatalogueProblem: Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is.
    public var location: CatalogueLocation
    /// What is wrong.
    public var message: String
    /// A second position that explains the first (libyaml's context, a first definition).
    public var note: (message: String, location: CatalogueLocation)? {
        get { noteStorage.map { ($0.message, $0.location) } }
        set { noteStorage = newValue.map { NoteStorage(message: $0.message, location: $0.location) } }
    }

    private var noteStorage: NoteStorage?

    private struct NoteStorage: Sendable, Hashable {
        var message: String
        var location: CatalogueLocation
    }

    /// Creates a problem.
    public init(
        location: CatalogueLocation,
        message: String,
        note: (message: String, location: CatalogueLocation)? = nil
    ) {
        self.location = location
        self.message = message
        self.note = note
    }

    /// `file:line:column: error: message` (and the note on its own line).
    public var description: String {
        var text = "\(location): error: \(message)"
        if let note { text += "\n\(note.location): note: \(note.message)" }
        return text
    }
}

/// A catalogue could not be loaded: every problem found, in file order.
public struct CatalogueError: Error, Sendable, CustomStringConvertible {
    /// The problems, sorted by file and position.
    public var problems: [CatalogueProblem]

    /// Creates an error from its problems.
    public init(problems: [CatalogueProblem]) {
        self.problems = problems
    }

    /// One problem per line.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
