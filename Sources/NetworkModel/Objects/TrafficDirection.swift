/// Which way a rule faces: into the interface or subnet, or out of it.
public enum TrafficDirection: String, Sendable, Hashable, Codable, CaseIterable {
    case ingress
    case egress
}
