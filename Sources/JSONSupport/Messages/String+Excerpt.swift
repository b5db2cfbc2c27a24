extension String {
    /// The text as a message quotes it: whole when short, else its start and its length,
    /// so that a hostile 10 MB value cannot make a 10 MB error message.
    ///
    /// `excerpt()` of a 40-character value is the value; of a 10 MB one, its first 60
    /// characters followed by `… (10000000 bytes)`.
    public func excerpt(maximumLength: Int = 80) -> String {
        guard utf8.count > maximumLength else { return self }
        return "\(prefix(maximumLength * 3 / 4))… (\(utf8.count) bytes)"
    }
}
