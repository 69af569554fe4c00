package com.brokerage.passwordcenter.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) on a free loopback port, for tests that mail through the
 * running app.
 */
public final class TestMail {

	private static final int BELOW_EPHEMERAL_FROM = 20000;

	private static final int BELOW_EPHEMERAL_TO = 32768;

	private TestMail() {
	}

	public static GreenMail start() {
		return start(freePort());
	}

	/** On a given port, e.g. to bring "the SMTP server" back where the app expects it. */
	public static GreenMail start(int port) {
		for (int attempt = 1;; attempt++) {
			ServerSetup setup = new ServerSetup(port, "127.0.0.1", "smtp");
			setup.setServerStartupTimeout(10_000);
			GreenMail greenMail = new GreenMail(setup);
			try {
				greenMail.start();
				return greenMail;
			}
			catch (IllegalStateException ex) {
				// a connection still closing may hold the port for a moment
				if (attempt == 5) {
					throw ex;
				}
				sleep(1000);
			}
		}
	}

	/** A mail's text as the customer's mail program shows it: its text/plain parts. */
	public static String plainText(Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		StringBuilder text = new StringBuilder();
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				text.append(plainText(multipart.getBodyPart(i)));
			}
		}
		return text.toString();
	}

	/**
	 * A free loopback port below the kernel's ephemeral range (Linux: 32768 and up), so
	 * that no outgoing connection can take it while a test has its server down: a port
	 * from {@code new ServerSocket(0)} can be taken by a client's connect() (even a
	 * connect() to that very port, which then connects to itself) and a server brought
	 * back on it fails to bind.
	 */
	public static int freePort() {
		for (int attempt = 0; attempt < 1000; attempt++) {
			int port = ThreadLocalRandom.current().nextInt(BELOW_EPHEMERAL_FROM, BELOW_EPHEMERAL_TO);
			try (ServerSocket socket = new ServerSocket()) {
				socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
				return port;
			}
			catch (IOException ex) {
				// taken: try another
			}
		}
		throw new IllegalStateException("no free port in " + BELOW_EPHEMERAL_FROM + "-" + BELOW_EPHEMERAL_TO);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
