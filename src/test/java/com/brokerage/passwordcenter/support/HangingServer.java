package com.brokerage.passwordcenter.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real TCP server on a loopback port that accepts every connection and then fails its
 * client the slow way: {@link #silent()} never answers (a paused process, a black-holed
 * relay); {@link #dripping(String, Duration)} answers forever, one byte at a time, each
 * byte well within a read timeout (a server that answers every line slowly). It reads and
 * discards what the client writes, so the client's writes never block.
 */
public final class HangingServer implements AutoCloseable {

	private final ServerSocket server;

	private final String prefix;

	private final String drip;

	private final Duration perByte;

	private final List<Socket> clients = new CopyOnWriteArrayList<>();

	private final AtomicInteger accepted = new AtomicInteger();

	private HangingServer(int port, String prefix, String drip, Duration perByte) {
		try {
			this.server = new ServerSocket();
			this.server.setReuseAddress(true);
			this.server.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.prefix = prefix;
		this.drip = drip;
		this.perByte = perByte;
		Thread acceptor = new Thread(this::accept, "hanging-server-" + this.server.getLocalPort());
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** Accepts and never writes a byte. */
	public static HangingServer silent() {
		return silent(0);
	}

	public static HangingServer silent(int port) {
		return new HangingServer(port, null, null, null);
	}

	/**
	 * Writes {@code prefix} once, then {@code line} again and again, one byte per
	 * {@code perByte}: e.g. an SMTP greeting's continuation lines {@code "220-slow\r\n"},
	 * or an HTTP status line and then header lines.
	 */
	public static HangingServer dripping(String prefix, String line, Duration perByte) {
		return new HangingServer(0, prefix, line, perByte);
	}

	public int port() {
		return this.server.getLocalPort();
	}

	/** How many connections it took so far. */
	public int accepted() {
		return this.accepted.get();
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				this.accepted.incrementAndGet();
				this.clients.add(client);
				daemon(() -> discard(client), "hanging-server-read");
				if (this.drip != null) {
					daemon(() -> drip(client), "hanging-server-drip");
				}
			}
			catch (IOException ex) {
				// closed: done
			}
		}
	}

	private static void discard(Socket client) {
		byte[] buffer = new byte[4096];
		try (InputStream in = client.getInputStream()) {
			while (in.read(buffer) >= 0) {
				// what the client says does not matter
			}
		}
		catch (IOException ex) {
			// the client gave up, or the server stopped
		}
	}

	private void drip(Socket client) {
		byte[] first = this.prefix.getBytes(StandardCharsets.US_ASCII);
		byte[] line = this.drip.getBytes(StandardCharsets.US_ASCII);
		try {
			OutputStream out = client.getOutputStream();
			for (long i = 0; !client.isClosed(); i++) {
				out.write((i < first.length) ? first[(int) i] : line[(int) ((i - first.length) % line.length)]);
				out.flush();
				Thread.sleep(this.perByte.toMillis());
			}
		}
		catch (IOException ex) {
			// the client gave up, or the server stopped
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * Stops listening and drops every connection, e.g. to bring a real server back on the
	 * port.
	 */
	@Override
	public void close() {
		try {
			this.server.close();
		}
		catch (IOException ex) {
			// closing anyway
		}
		for (Socket client : this.clients) {
			try {
				client.close();
			}
			catch (IOException ex) {
				// closing anyway
			}
		}
	}

}
