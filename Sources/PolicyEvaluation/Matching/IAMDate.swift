/// Reads the dates IAM date conditions accept: ISO 8601 (`2025-01-31`,
/// `2025-01-31T12:00:00Z`, with optional seconds, fraction and offset) or seconds since
/// 1970 (`1738324800`), as seconds since 1970-01-01T00:00:00Z.
enum IAMDate {
    static func seconds(from text: String) -> Double? {
        if !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) {
            return ConditionValueReader.number(text)
        }
        let characters = Array(text)
        var index = 0
        func digits(_ count: Int) -> Int? {
            guard index + count <= characters.count else { return nil }
            var value = 0
            for character in characters[index..<index + count] {
                guard let digit = character.wholeNumberValue, character.isASCII else { return nil }
                value = value * 10 + digit
            }
            index += count
            return value
        }
        func expect(_ character: Character) -> Bool {
            guard index < characters.count, characters[index] == character else { return false }
            index += 1
            return true
        }
        guard let year = digits(4), expect("-"), let month = digits(2), expect("-"),
            let day = digits(2),
            (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day)
        else { return nil }
        var secondsOfDay = 0.0
        var offset = 0
        if index < characters.count {
            guard expect("T") || expect("t"), let hour = digits(2), expect(":"),
                let minute = digits(2),
                hour < 24, minute < 60
            else { return nil }
            var second = 0.0
            if expect(":") {
                guard let whole = digits(2), whole < 61 else { return nil }
                second = Double(whole)
                if expect(".") {
                    var scale = 0.1
                    let start = index
                    while index < characters.count, let digit = characters[index].wholeNumberValue {
                        second += Double(digit) * scale
                        scale /= 10
                        index += 1
                    }
                    guard index > start else { return nil }
                }
            }
            secondsOfDay = Double(hour * 3600 + minute * 60) + second
            if expect("Z") || expect("z") {
            } else if index < characters.count {
                let sign: Int
                if expect("+") { sign = 1 } else if expect("-") { sign = -1 } else { return nil }
                guard let offsetHours = digits(2), offsetHours < 24 else { return nil }
                _ = expect(":")
                guard let offsetMinutes = digits(2), offsetMinutes < 60 else { return nil }
                offset = sign * (offsetHours * 3600 + offsetMinutes * 60)
            }
            guard index == characters.count else { return nil }
        }
        return Double(daysFromCivil(year: year, month: month, day: day) * 86_400) + secondsOfDay
            - Double(offset)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's
    /// algorithm).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
