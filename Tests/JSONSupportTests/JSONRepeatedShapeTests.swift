import BenchmarkSupport
@_spi(Testing) import JSONSupport
import Testing

/// Objects that repeat the shape of the object before them in the same place have their
/// names recognised by their bytes, without a look-up or a duplicate check: neither the
/// values read nor the errors reported may change.
@Suite("Objects that repeat the names of an earlier object")
struct JSONRepeatedShapeTests {
    /// Arrays of objects, the later ones repeating, reordering, shortening or extending
    /// the earlier ones' names, with a duplicate name, and where it is reported.
    static let duplicates: [(text: String, position: String)] = [
        (#"[{"a":1,"b":2},{"a":1,"a":2}]"#, "1:23"),
        (#"[{"a":1,"b":2},{"b":1,"b":2}]"#, "1:23"),
        // After an object whose names were all different, the names predicted at the
        // place may repeat one another: `b` then `b`.
        (#"[{"a":1,"b":2},{"b":1},{"b":1,"b":2}]"#, "1:31"),
        (#"[{"id":1,"type":2},{"id":1,"type":2,"id":3}]"#, "1:37"),
        (#"[{"from_port":1,"to_port":2},{"from_port":1,"to_port":2,"to_port":3}]"#, "1:57"),
        (#"[{"ab":1},{"a\u0062":1,"ab":2}]"#, "1:24"),
        (#"[{"ab":1},{"ab":1,"a\u0062":2}]"#, "1:19"),
        (#"{"x":{"k":1,"l":2},"y":{"k":1,"l":2,"k":3}}"#, "1:37"),
    ]

    @Test("a name repeated within an object is a duplicate", arguments: duplicates)
    func duplicate(text: String, position expected: String) throws {
        let error = try #require(syntaxError(parsing: text))
        #expect(error.message.contains("duplicate member name"), "\(error.message)")
        #expect(position(of: error) == expected)
    }

    /// Names that share bytes with the name predicted for their position without being
    /// it: longer, shorter, escaped, or differing in one byte, around the 8-byte words
    /// the comparison reads.
    static let neighbours: [(earlier: String, later: String)] = [
        ("ab", "abc"), ("abc", "ab"), ("abcdefgh", "abcdefghi"), ("abcdefghi", "abcdefgh"),
        ("abcdefg", "abcdefG"), ("abcdefghijklmnop", "abcdefghijklmnoP"),
        ("security_group_id", "security_group_ids"), ("ab", #"a\"b"#), ("ab", #"a\\"#),
        ("é", "e"), ("", "a"), ("a", ""),
    ]

    @Test("a name like the predicted one is read as written", arguments: neighbours)
    func neighbour(earlier: String, later: String) throws {
        let text = #"[{"\#(earlier)":1,"z":2},{"\#(later)":3,"z":4},{"\#(earlier)":5,"z":6}]"#
        let elements = try #require(try JSONParser.parse(text).root.array)
        let decodedLater = try #require(try JSONParser.parse(#"["\#(later)"]"#).root[0]?.string)
        #expect(
            elements.map { $0.object?.keys } == [
                [earlier, "z"], [decodedLater, "z"], [earlier, "z"],
            ])
        #expect(elements[1][decodedLater] == .number(JSONNumber(3)))
        #expect(elements[2][earlier] == .number(JSONNumber(5)))
    }

    /// Past 24 names an object is indexed; past 256 the reader learns no names from it.
    @Test(
        "large objects repeated are indexed and checked like the first",
        arguments: [30, 300])
    func largeObjects(count: Int) throws {
        let names = (0..<count).map { "name\($0)" }
        let object = "{" + names.enumerated().map { #""\#($1)":\#($0)"# }.joined(separator: ",")
        let repeated = "[" + Array(repeating: object + "}", count: 3).joined(separator: ",") + "]"
        let elements = try #require(try JSONParser.parse(repeated).root.array)
        for element in elements {
            #expect(element["name29"] == .number(JSONNumber(29)))
            #expect(element["name0"] == .number(JSONNumber(0)))
            #expect(element.object?.count == count)
        }
        let withDuplicate = "[" + object + "}," + object + #","name3":99}]"#
        let error = try #require(syntaxError(parsing: withDuplicate))
        #expect(error.message.contains(#"duplicate member name "name3""#), "\(error.message)")
    }

    @Test("values and where they were read are the same for the first object and the next")
    func offsets() throws {
        let text = #"[{"a":"x","bb":[1,{"c":null}]}, {"a":"y","bb":[2,{"c":true}]}]"#
        let document = try JSONParser.parse(text)
        let elements = try #require(document.root.array)
        let members = elements.compactMap { $0.object?.members }
        #expect(members.map { $0.map(\.key) } == [["a", "bb"], ["a", "bb"]])
        #expect(members[1].map(\.keyOffset) == [33, 41])
        #expect(elements[1]["bb"]?[1]?["c"] == .bool(true))
    }
}

/// The generated plan of the benchmark's smallest size, parsed with names recognised by
/// their bytes and without: the same values, keys and offsets.
@Suite("A generated plan read with and without recognising names")
struct JSONRepeatedShapeGeneratedPlanTests {
    @Test("a plan parses to the same document either way, on one thread and on two")
    func generatedPlan() throws {
        let plan = TerraformPlanGenerator(size: .small).generate().plan
        for twoThreads in [false, true] {
            var options = JSONParser.Options(parallelMinimumSize: twoThreads ? 0 : .max)
            let predicted = try JSONParser.parse(plan, options: options)
            options.predictsNames = false
            let unpredicted = try JSONParser.parse(plan, options: options)
            #expect(predicted.root == unpredicted.root)
            #expect(offsets(of: predicted.root) == offsets(of: unpredicted.root))
        }
    }

    /// Every value's and member name's offset, in document order.
    private func offsets(of value: JSONValue) -> [Int] {
        var result: [Int] = []
        var pending = [value]
        while let next = pending.popLast() {
            result.append(next.offset)
            if let elements = next.array { pending += elements.reversed() }
            for member in next.object?.members.reversed() ?? [] {
                result.append(member.keyOffset)
                pending.append(member.value)
            }
        }
        return result
    }
}
