import NetworkModel

/// Which data stores an environment depends on: every Redshift cluster and serverless
/// workgroup in its VPC or a VPC peered with it, and every store a required intent
/// leads to from it, less those the intents exclude.
enum DataStoreDependencies {
    static func stores(of environment: MWAAEnvironment, _ context: CheckContext) -> [Workload] {
        let snapshot = context.snapshot
        let intents = context.options.intents
        guard let vpc = environment.vpc?.id else { return [] }
        var vpcs: Set<ObjectID> = [vpc]
        for peering in snapshot.peeringConnections {
            let ends = [peering.requesterVPC.objectID, peering.accepterVPC.objectID]
            if ends.contains(vpc) { vpcs.formUnion(ends.compactMap { $0 }) }
        }
        func named(_ store: Workload, _ reference: String) -> Bool {
            store.id.rawValue == reference || store.awsID?.value == reference
        }
        let excluded = { (store: Workload) in
            intents.excludedDataStores.contains { named(store, $0) }
        }
        return snapshot.workloads.filter { store in
            guard store.kind.isDataStore, !excluded(store) else { return false }
            let required = intents.require.contains {
                (environment.workload.id.rawValue == $0.from
                    || environment.workload.awsID?.value == $0.from)
                    && named(store, $0.to)
            }
            if required { return true }
            guard store.kind == .redshiftCluster || store.kind == .redshiftServerlessWorkgroup
            else { return false }
            let storeVPCs = store.subnets.compactMap {
                $0.objectID.flatMap(context.index.subnet)?.vpc.objectID
            }
            return storeVPCs.contains(where: vpcs.contains)
        }
    }
}
