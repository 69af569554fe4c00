package com.brokerage.passwordcenter.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SSLContext;

/**
 * The app's nodes in a run: one, or several on one PostgreSQL database (a Camunda
 * cluster, docs/operations.md), each its own JVM in its own directory on its own port.
 * The nodes share the first node's dev PKI (one CA, as one deployment has), so a device
 * certificate and the server's certificate are good on any node. The driver spreads
 * customers over the nodes as a load balancer with sticky sessions would: one customer's
 * calls go to one node; the jobs (mails, SMS, timers) run on whichever node acquires
 * them.
 */
final class Nodes implements AutoCloseable {

	private final List<AppProcess> apps;

	private final List<BenchHttp> clients;

	private final Path serverCa;

	private Nodes(List<AppProcess> apps, Path serverCa) throws Exception {
		this.apps = apps;
		this.serverCa = serverCa;
		this.clients = new ArrayList<>();
		for (AppProcess app : apps) {
			this.clients.add(new BenchHttp(app.baseUrl(), BenchHttp.tls(serverCa, null, null)));
		}
	}

	/**
	 * Starts {@code count} nodes one after the other (the first makes the schema and the
	 * PKI); node {@code i} listens on {@code port + 2i} (its mail sink on the next port).
	 */
	static Nodes start(AppLaunch launch, Path directory, int port, int count, List<String> arguments) throws Exception {
		List<AppProcess> apps = new ArrayList<>();
		Path pki = directory.resolve("data/pki").toAbsolutePath();
		try {
			for (int i = 0; i < count; i++) {
				List<String> nodeArguments = new ArrayList<>(arguments);
				if (count > 1) {
					// a stable name per node: its job locks are its own
					// (docs/operations.md)
					nodeArguments.add("--password-center.node.name=bench-" + (i + 1));
				}
				if (i > 0) {
					nodeArguments.add("--password-center.certificate.dev-pki.directory=" + pki);
				}
				Path nodeDirectory = (i == 0) ? directory : directory.resolve("node-" + (i + 1));
				apps.add(AppProcess.start(launch, nodeDirectory, port + 2 * i, nodeArguments));
			}
		}
		catch (Exception ex) {
			for (AppProcess app : apps) {
				app.close();
			}
			throw ex;
		}
		return new Nodes(apps, pki.resolve("ca.pem"));
	}

	int size() {
		return this.apps.size();
	}

	AppProcess first() {
		return this.apps.get(0);
	}

	/** The operator's and the driver's client of the first node. */
	BenchHttp http() {
		return this.clients.get(0);
	}

	/** The node that serves customer (or call) {@code i}. */
	BenchHttp http(int i) {
		return this.clients.get(Math.floorMod(i, this.clients.size()));
	}

	/**
	 * A client of customer {@code i}'s node with this TLS context (a device certificate).
	 */
	BenchHttp http(int i, SSLContext tls) {
		return new BenchHttp(this.apps.get(Math.floorMod(i, this.apps.size())).baseUrl(), tls);
	}

	List<BenchHttp> all() {
		return List.copyOf(this.clients);
	}

	Path serverCa() {
		return this.serverCa;
	}

	/** Slow password hashes all nodes have done so far. */
	double hashes() throws Exception {
		double total = 0;
		for (BenchHttp client : this.clients) {
			total += PasswordCenterBenchmark.hashes(client);
		}
		return total;
	}

	/** CPU seconds all nodes' processes have used so far. */
	double cpuSeconds() throws Exception {
		return sum(AppProcess::cpuSeconds);
	}

	/** Live heap of all nodes together, in MiB. */
	double liveHeapMib() throws Exception {
		return sum(AppProcess::liveHeapMib);
	}

	/** RSS of all nodes together, in MiB. */
	double rssMib() throws Exception {
		return sum(AppProcess::rssMib);
	}

	private double sum(Measure measure) throws Exception {
		double total = 0;
		for (AppProcess app : this.apps) {
			total += measure.of(app);
		}
		return total;
	}

	/** One reading of one node's process. */
	private interface Measure {

		double of(AppProcess app) throws Exception;

	}

	@Override
	public void close() throws InterruptedException {
		for (AppProcess app : this.apps) {
			app.close();
		}
	}

}
