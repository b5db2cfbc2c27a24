/// A command's arguments split into positional values, options with values and flags,
/// checked against what the command accepts.
struct ParsedArguments {
    var positionals: [String] = []
    var options: [String: [String]] = [:]
    var flags: Set<String> = []

    /// An option's last value (`--format json`).
    func value(_ name: String) -> String? { options[name]?.last }
}

/// The options and flags a command accepts.
struct ArgumentSpecification {
    var options: Set<String> = []
    var flags: Set<String> = []

    /// Parses `arguments`; `--name value`, `--name=value` and `--` are understood.
    /// Unknown options are usage errors that name the option and the command's help.
    func parse(_ arguments: [String], command: String) -> Result<ParsedArguments, UsageError> {
        var parsed = ParsedArguments()
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if flags.contains(name) {
                guard inlineValue == nil else {
                    return .failure(UsageError("\(name) takes no value", command: command))
                }
                parsed.flags.insert(name)
            } else if options.contains(name) {
                if let inlineValue {
                    parsed.options[name, default: []].append(inlineValue)
                } else if index < arguments.count {
                    parsed.options[name, default: []].append(arguments[index])
                    index += 1
                } else {
                    return .failure(UsageError("\(name) needs a value", command: command))
                }
            } else {
                return .failure(UsageError("unknown option \(name)", command: command))
            }
        }
        return .success(parsed)
    }
}

/// A mistake in how the command was called.
struct UsageError: Error, CustomStringConvertible {
    var message: String
    var command: String

    init(_ message: String, command: String) {
        self.message = message
        self.command = command
    }

    var description: String {
        "vpcreach \(command): \(message)\nRun `vpcreach help \(command)` for usage."
    }
}
