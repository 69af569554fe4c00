package com.brokerage.passwordcenter.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) on a free loopback port, for tests that mail through the
 * running app.
 */
public final class TestMail {

	private TestMail() {
	}

	public static GreenMail start() {
		return start(freePort());
	}

	/** On a given port, e.g. to bring "the SMTP server" back where the app expects it. */
	public static GreenMail start(int port) {
		ServerSetup setup = new ServerSetup(port, "127.0.0.1", "smtp");
		setup.setServerStartupTimeout(10_000);
		GreenMail greenMail = new GreenMail(setup);
		greenMail.start();
		return greenMail;
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

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
