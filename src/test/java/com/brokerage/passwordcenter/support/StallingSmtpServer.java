package com.brokerage.passwordcenter.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A real SMTP server that stalls a send in flight: it greets, answers {@code EHLO} (so
 * the mail health's probe, which only connects, passes) and then never answers
 * {@code MAIL FROM}. A client that reached {@code MAIL FROM} is a job that is sending
 * right now, so {@link #awaitSends} tells a test that the job executor has locked that
 * job. It listens on {@code 127.0.0.2}, so a demo node's own mail sink can keep
 * {@code 127.0.0.1} on the same port ({@code spring.mail.port}): the node sends here when
 * {@code spring.mail.host=127.0.0.2}.
 */
public final class StallingSmtpServer implements AutoCloseable {

	public static final String HOST = "127.0.0.2";

	private final ServerSocket server;

	private final List<Socket> clients = new CopyOnWriteArrayList<>();

	private final Semaphore sends = new Semaphore(0);

	public StallingSmtpServer() {
		try {
			this.server = new ServerSocket();
			this.server.bind(new InetSocketAddress(InetAddress.getByName(HOST), 0));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		daemon(this::accept, "stalling-smtp-" + port());
	}

	public int port() {
		return this.server.getLocalPort();
	}

	/**
	 * Waits until {@code count} more sends have reached {@code MAIL FROM}.
	 * @return when they had
	 */
	public Instant awaitSends(int count, Duration within) throws InterruptedException {
		if (!this.sends.tryAcquire(count, within.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new AssertionError("no send reached MAIL FROM within " + within);
		}
		return Instant.now();
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				this.clients.add(client);
				daemon(() -> converse(client), "stalling-smtp-client");
			}
			catch (IOException ex) {
				// closed: done
			}
		}
	}

	private void converse(Socket client) {
		try (client) {
			OutputStream out = client.getOutputStream();
			BufferedReader in = new BufferedReader(
					new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
			reply(out, "220 stalling ESMTP");
			String line;
			while ((line = in.readLine()) != null) {
				String command = line.toUpperCase();
				if (command.startsWith("MAIL")) {
					this.sends.release();
					// never answered: read and drop whatever comes until the client gives
					// up
					while (in.readLine() != null) {
						// stalled
					}
					return;
				}
				if (command.startsWith("QUIT")) {
					reply(out, "221 bye");
					return;
				}
				reply(out, "250 ok");
			}
		}
		catch (IOException ex) {
			// the client gave up, died, or the server stopped
		}
	}

	private static void reply(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	private static void daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		thread.start();
	}

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
