import NetworkModel

/// Short texts for model values in traces.
enum ModelDescription {
    static func traffic(_ traffic: Knowable<TrafficMatch>) -> String {
        traffic.value?.description ?? "(unknown traffic)"
    }
}
