package org.galen.cluster;

import static org.codelibs.opensearch.runner.OpenSearchRunner.newConfigs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * One node of a local OpenSearch cluster, in this JVM, until the process is stopped: {@code
 * LocalNode DIR CLUSTER INDEX HTTP_PORT TRANSPORT_PORT ALL_TRANSPORT_PORTS} where the last lists
 * every node's transport port (comma-separated, in node order), so the nodes find each other on
 * loopback and the first start elects a cluster manager among all of them.
 */
public final class LocalNode {
  /** The k-NN (Lucene engine) and neural-search (hybrid query, normalization processor) plugins. */
  private static final String PLUGINS = "org.opensearch.knn.plugin.KNNPlugin,"
      + "org.opensearch.neuralsearch.plugin.NeuralSearch";

  private LocalNode() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 6) {
      System.err.println("usage: LocalNode DIR CLUSTER INDEX HTTP_PORT TRANSPORT_PORT ALL_TRANSPORT_PORTS");
      System.exit(2);
    }
    String directory = args[0];
    String cluster = args[1];
    int index = Integer.parseInt(args[2]);
    String httpPort = args[3];
    String transportPort = args[4];
    List<String> seeds = new ArrayList<>();
    List<String> managers = new ArrayList<>();
    String[] ports = args[5].split(",");
    for (int i = 0; i < ports.length; i++) {
      seeds.add("127.0.0.1:" + ports[i]);
      managers.add("node-" + i);
    }
    OpenSearchRunner runner = new OpenSearchRunner();
    runner.onBuild((number, settings) -> {
      settings.put("node.name", "node-" + index);
      settings.put("http.port", httpPort);
      settings.put("transport.port", transportPort);
      settings.put("network.host", "127.0.0.1");
      settings.putList("discovery.seed_hosts", seeds);
      settings.putList("cluster.initial_cluster_manager_nodes", managers);
      // A laptop's disk is often fuller than OpenSearch's defaults allow for allocating shards.
      settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
    }).build(newConfigs().clusterName(cluster).numOfNode(1).basePath(directory).pluginTypes(PLUGINS));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        runner.close();
      } catch (Exception e) {
        System.err.println("closing the node: " + e.getMessage());
      } finally {
        stopped.countDown();
      }
    }));
    System.out.println("node-" + index + " started: http://127.0.0.1:" + httpPort);
    stopped.await();
  }
}
