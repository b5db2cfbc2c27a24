import BenchmarkSupport

/// `vpcreach-bench [--sizes S,M,L,XL|none] [--repeat N] [--write DIR] [--hostile RULES]
/// [--repeated PARTS] [--seed N] [--input FILE]...`.
struct BenchmarkOptions {
    var sizes = BenchmarkSize.all
    var repeats = 1
    var writeDirectory: String?
    /// Rules of the hostile security group to import and ask about; 0 skips it.
    var hostileRules = 0
    /// Parts per object of the repeated-parts networks to time; 0 skips them.
    var repeatedParts = 0
    var seed: UInt64 = 7
    /// Terraform JSON files of the user's to time besides (or instead of) the generated ones.
    var inputPaths: [String] = []

    static let usage = """
        usage: vpcreach-bench [--sizes S,M,L,XL|none] [--repeat N] [--write DIR] [--hostile RULES]
                              [--repeated PARTS] [--seed N] [--input FILE]...
          --sizes    which generated networks to run (default: all four; none for only the others)
          --repeat   run each phase N times and report the median time (default 1)
          --write    also write DIR/SIZE-state.json and DIR/SIZE-plan.json for the CLI
                     (and DIR/repeated-CASE-PARTS.json with --repeated)
          --hostile  also import a security group with RULES rules and ask `why` (e.g. 1000000)
          --repeated also time networks where PARTS resources (and twice as many) each add one
                     part to the same object: routes to one table, rules, associations, and
                     diff from half as many parts (e.g. 20000)
          --seed     the generator's seed (default 7)
          --input    also time the phases on FILE, `terraform show -json` output (repeatable;
                     diff compares a plan's prior state with its planned one, a state with itself)

        examples:
          swift run -c release vpcreach-bench --sizes S,M --repeat 3
          swift run -c release vpcreach-bench --sizes none --input plan.json --repeat 5
        """

    init(arguments: [String]) throws(BenchmarkError) {
        var remaining = arguments[...]
        func value(_ option: String) throws(BenchmarkError) -> String {
            guard let value = remaining.popFirst() else { throw .usage("\(option) needs a value") }
            return value
        }
        while let argument = remaining.popFirst() {
            switch argument {
            case "--sizes":
                var sizes: [BenchmarkSize] = []
                let names = try value(argument)
                for name in names.split(separator: ",") where names != "none" {
                    guard let size = BenchmarkSize.named(String(name)) else {
                        throw .usage("unknown size \(name); use S, M, L or XL")
                    }
                    sizes.append(size)
                }
                self.sizes = sizes
            case "--repeat":
                guard let count = Int(try value(argument)), count > 0 else {
                    throw .usage("--repeat needs a positive whole number")
                }
                repeats = count
            case "--write": writeDirectory = try value(argument)
            case "--hostile":
                guard let count = Int(try value(argument)), count >= 0 else {
                    throw .usage("--hostile needs a whole number of rules")
                }
                hostileRules = count
            case "--repeated":
                guard let count = Int(try value(argument)), count >= 0 else {
                    throw .usage("--repeated needs a whole number of parts")
                }
                repeatedParts = count
            case "--seed":
                guard let seed = UInt64(try value(argument)) else {
                    throw .usage("--seed needs a whole number")
                }
                self.seed = seed
            case "--input": inputPaths.append(try value(argument))
            case "--help", "-h": throw .help
            default: throw .usage("unknown argument \(argument)")
            }
        }
    }
}
