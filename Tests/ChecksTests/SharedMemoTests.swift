import Dispatch
import Synchronization
import Testing

@testable import Checks

@Suite("Values worked out once and shared by threads")
struct SharedMemoTests {
    @Test("a key asked for again gets the value made the first time, without making it again")
    func madeOnce() {
        let memo = SharedMemo<String, Int>()
        var made: [String] = []
        for key in ["a", "b", "a", "a", "b"] {
            let value = memo.value(for: key) {
                made.append(key)
                return key.utf8.first.map(Int.init) ?? 0
            }
            #expect(value == Int(key.utf8.first!))
        }
        #expect(made == ["a", "b"])
    }

    @Test("threads asking for the same keys at once all get the right values")
    func sharedByThreads() {
        let memo = SharedMemo<Int, Int>()
        let wrong = Atomic(0)
        DispatchQueue.concurrentPerform(iterations: 2000) { index in
            let key = index % 37
            if memo.value(for: key, making: { key * key }) != key * key {
                wrong.add(1, ordering: .relaxed)
            }
        }
        #expect(wrong.load(ordering: .relaxed) == 0)
    }
}
