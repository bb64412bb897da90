internal import CLibYAML

/// One libyaml parsing event, converted to Swift values (no C type escapes this file).
enum YAMLEvent: Sendable {
    /// The start of the stream.
    case streamStart
    /// The end of the stream.
    case streamEnd
    /// The start of a document (explicit `---` or implicit).
    case documentStart(SourceSpan)
    /// The end of a document.
    case documentEnd
    /// A scalar with its anchor and span.
    case scalar(YAMLScalar, anchor: String?, span: SourceSpan)
    /// An alias `*name`.
    case alias(String, span: SourceSpan)
    /// The start of a sequence.
    case sequenceStart(tag: String?, anchor: String?, span: SourceSpan)
    /// The end of a sequence.
    case sequenceEnd(SourceSpan)
    /// The start of a mapping.
    case mappingStart(tag: String?, anchor: String?, span: SourceSpan)
    /// The end of a mapping.
    case mappingEnd(SourceSpan)
}

/// Runs libyaml's event parser over a UTF-8 text. All C state lives inside `parse(bytes:handler:)`.
enum LibYAMLParser {
    /// Feeds the events of `bytes` to `handler` until the stream ends, `handler` returns false, `handler`
    /// throws, or libyaml reports an error (thrown as a located `YAMLError`).
    static func parse(
        bytes: [UInt8],
        handler: (YAMLEvent) throws(YAMLError) -> Bool
    ) throws(YAMLError) {
        let mapper = YAMLPositionMapper(bytes: bytes)
        // libyaml wants a non-NULL pointer even for an empty input.
        let storage = bytes.isEmpty ? [0] : bytes
        // A leading byte order mark is skipped here (see YAMLPositionMapper).
        let skipped = mapper.bodyOffset
        let length = bytes.count - skipped
        var failure: YAMLError?
        storage.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) != 0 else {
                failure = YAMLError(message: "libyaml could not be initialised", position: .init(line: 1, column: 1))
                return
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, base + skipped, length)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) != 0 else {
                    failure = error(of: parser, bytes: bytes, mapper: mapper)
                    return
                }
                defer { yaml_event_delete(&event) }
                let isStreamEnd = event.type == YAML_STREAM_END_EVENT
                guard let converted = convert(event, mapper: mapper) else { continue }
                do throws(YAMLError) {
                    guard try handler(converted), !isStreamEnd else { return }
                } catch {
                    failure = error
                    return
                }
            }
        }
        if let failure { throw failure }
    }

    // MARK: - Events

    private static func convert(_ event: yaml_event_t, mapper: YAMLPositionMapper) -> YAMLEvent? {
        let span = SourceSpan(
            start: position(of: event.start_mark, mapper: mapper),
            end: position(of: event.end_mark, mapper: mapper)
        )
        switch event.type {
        case YAML_STREAM_START_EVENT:
            return .streamStart
        case YAML_STREAM_END_EVENT:
            return .streamEnd
        case YAML_DOCUMENT_START_EVENT:
            return .documentStart(span)
        case YAML_DOCUMENT_END_EVENT:
            return .documentEnd
        case YAML_ALIAS_EVENT:
            return .alias(cString(event.data.alias.anchor) ?? "", span: span)
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            var value = ""
            if let pointer = data.value {
                // Copy with the length: a double-quoted "\0" puts a NUL inside the value.
                value = String(decoding: UnsafeBufferPointer(start: pointer, count: Int(data.length)), as: UTF8.self)
            }
            let scalar = YAMLScalar(value: value, style: style(data.style), tag: tagName(data.tag))
            return .scalar(scalar, anchor: cString(data.anchor), span: span)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            return .sequenceStart(tag: tagName(data.tag), anchor: cString(data.anchor), span: span)
        case YAML_SEQUENCE_END_EVENT:
            return .sequenceEnd(span)
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            return .mappingStart(tag: tagName(data.tag), anchor: cString(data.anchor), span: span)
        case YAML_MAPPING_END_EVENT:
            return .mappingEnd(span)
        default:
            return nil
        }
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }

    /// The tag as written: `tag:yaml.org,2002:str` (what libyaml resolves `!!str` to) becomes `!!str`.
    private static func tagName(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let tag = cString(pointer) else { return nil }
        let corePrefix = "tag:yaml.org,2002:"
        if tag.hasPrefix(corePrefix) { return "!!" + tag.dropFirst(corePrefix.count) }
        return tag
    }

    /// A NUL-terminated libyaml string (anchor or tag names, which cannot contain NUL).
    private static func cString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private static func position(of mark: yaml_mark_t, mapper: YAMLPositionMapper) -> SourcePosition {
        mapper.position(line: Int(mark.line), column: Int(mark.column), index: Int(mark.index))
    }

    // MARK: - Errors

    private static func error(of parser: yaml_parser_t, bytes: [UInt8], mapper: YAMLPositionMapper) -> YAMLError {
        var message = parser.problem.map { String(cString: $0) } ?? "unknown libyaml error"
        switch parser.error {
        case YAML_READER_ERROR:
            // No mark: the reader decodes ahead of the scanner. problem_offset is a byte offset.
            if parser.problem_value >= 0 {
                let value = String(parser.problem_value, radix: 16, uppercase: true)
                let isCodePoint = message.contains("character")
                message +=
                    isCodePoint
                    ? " (U+\(String(repeating: "0", count: max(0, 4 - value.count)) + value))"
                    : " (byte 0x\(value.count < 2 ? "0" + value : value))"
            }
            let position = LineTable(bytes).position(ofByte: Int(parser.problem_offset) + mapper.bodyOffset)
            return YAMLError(message: message, position: position)
        case YAML_MEMORY_ERROR:
            return YAMLError(message: "libyaml ran out of memory", position: SourcePosition(line: 1, column: 1))
        default:
            var note: YAMLError.Note?
            if let context = parser.context.map({ String(cString: $0) }) {
                note = YAMLError.Note(message: context, position: position(of: parser.context_mark, mapper: mapper))
            }
            return YAMLError(message: message, position: position(of: parser.problem_mark, mapper: mapper), note: note)
        }
    }
}
