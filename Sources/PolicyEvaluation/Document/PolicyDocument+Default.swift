extension PolicyDocument {
    /// The text of the policy AWS attaches to an endpoint created without one: full
    /// access for everyone, with no `Version`.
    public static let defaultEndpointPolicyText =
        #"{"Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}"#

    /// The most characters AWS accepts in an endpoint policy.
    public static let endpointPolicyCharacterLimit = 20_480

    /// The policy AWS attaches to an endpoint created without one, and what services
    /// without endpoint-policy support behave as.
    public static let defaultEndpointPolicy: PolicyDocument = {
        do {
            return try PolicyDocument(text: defaultEndpointPolicyText)
        } catch {
            preconditionFailure("the default endpoint policy does not parse: \(error)")
        }
    }()
}
