import JSONSupport
import Testing

@Suite("Objects")
struct JSONObjectTests {
    @Test("members keep the order they were written in")
    func order() throws {
        let document = try JSONParser.parse(#"{"zeta":1,"alpha":2,"mid":3}"#)
        let object = try #require(document.root.object)
        #expect(object.keys == ["zeta", "alpha", "mid"])
        #expect(object.count == 3)
        #expect(object.members.map(\.value) == [1, 2, 3])
    }

    @Test("lookup finds every member, in small and large objects", arguments: [3, 8, 9, 200])
    func lookup(size: Int) throws {
        let text = "{" + (0..<size).map { "\"k\($0)\":\($0)" }.joined(separator: ",") + "}"
        let object = try #require(JSONParser.parse(text).root.object)
        for index in 0..<size {
            #expect(object["k\(index)"] == .number(index))
        }
        #expect(object["missing"] == nil)
        #expect(object.position(ofKey: "k\(size - 1)") == size - 1)
    }

    @Test("setting a new key appends it; setting an existing key replaces in place")
    func setting() {
        var object: JSONObject = ["b": 1, "a": 2]
        object["c"] = 3
        object["b"] = "changed"
        #expect(object.keys == ["b", "a", "c"])
        #expect(object["b"] == "changed")
    }

    @Test("setting nil removes the member, in small and large objects", arguments: [4, 40])
    func removing(size: Int) {
        var object = JSONObject((0..<size).map { (key: "k\($0)", value: .number($0)) })
        object["k1"] = nil
        #expect(object.count == size - 1)
        #expect(object["k1"] == nil)
        #expect(object["k2"] == 2)
        #expect(object.keys.first == "k0")
    }

    @Test("a repeated key in code keeps the first position and the last value")
    func repeatedKeyInCode() {
        let object = JSONObject([(key: "a", value: 1), (key: "b", value: 2), (key: "a", value: 3)])
        #expect(object.keys == ["a", "b"])
        #expect(object["a"] == 3)
    }

    @Test("objects are equal with the same keys in the same order and equal values")
    func equality() {
        let ab: JSONObject = ["a": 1, "b": 2]
        #expect(ab == ["a": 1, "b": 2.0])
        #expect(ab != ["b": 2, "a": 1])
        #expect(ab != ["a": 1])
    }

    @Test("a member knows where its name was written")
    func keyOffset() throws {
        let document = try JSONParser.parse("{\n  \"vpc_id\": \"vpc-1\"\n}")
        let member = try #require(document.root.object?.member(forKey: "vpc_id"))
        #expect(member.keyOffset == 4)
        #expect(document.location(of: member) == SourceLocation(line: 2, column: 3))
        #expect(document.location(of: member.value) == SourceLocation(line: 2, column: 13))
    }
}
