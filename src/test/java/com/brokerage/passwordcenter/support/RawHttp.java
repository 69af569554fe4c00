package com.brokerage.passwordcenter.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, byte for byte as written: no client library normalises
 * {@code %2F}, {@code ..} or {@code ;jsessionid=} away, as an attacker's tool would not.
 * One request per connection ({@code Connection: close}); the answer is read to the end,
 * chunked bodies joined.
 */
public final class RawHttp {

	private final int port;

	private final String localAddress;

	public RawHttp(int port) {
		this(port, null);
	}

	/**
	 * @param localAddress the loopback address to send from (e.g. {@code 127.0.0.2}), so
	 * the server sees another peer
	 */
	public RawHttp(int port, String localAddress) {
		this.port = port;
		this.localAddress = localAddress;
	}

	/** The answer: status, headers (names in lower case) and body as UTF-8. */
	public record Answer(int status, Map<String, String> headers, String body) {

		public String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

	/**
	 * @param head the request line and headers, without the final blank line and without
	 * Host / Connection / Content-Length (added here)
	 * @param body sent as is; with a {@code Transfer-Encoding: chunked} head it must be
	 * chunked already
	 */
	public Answer send(String head, byte[] body) {
		try (Socket socket = new Socket()) {
			if (this.localAddress != null) {
				socket.bind(new InetSocketAddress(this.localAddress, 0));
			}
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 5000);
			socket.setSoTimeout(60_000);
			StringBuilder request = new StringBuilder(head).append("\r\nHost: localhost:")
				.append(this.port)
				.append("\r\nConnection: close\r\n");
			if (body != null && !head.toLowerCase(Locale.ROOT).contains("transfer-encoding:")) {
				request.append("Content-Length: ").append(body.length).append("\r\n");
			}
			request.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			if (body != null) {
				out.write(body);
			}
			out.flush();
			return parse(socket.getInputStream().readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Answer send(String head, String body) {
		return send(head, (body != null) ? body.getBytes(StandardCharsets.UTF_8) : null);
	}

	private static Answer parse(byte[] raw) throws IOException {
		String all = new String(raw, StandardCharsets.ISO_8859_1);
		int end = all.indexOf("\r\n\r\n");
		if (end < 0) {
			throw new IOException("no HTTP answer: " + all);
		}
		String[] lines = all.substring(0, end).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
					lines[i].substring(colon + 1).trim(), (a, b) -> a + ", " + b);
		}
		byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = dechunk(body);
		}
		return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
	}

	private static byte[] dechunk(byte[] chunked) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		InputStream in = new java.io.ByteArrayInputStream(chunked);
		while (true) {
			StringBuilder size = new StringBuilder();
			for (int c = in.read(); c != '\n'; c = in.read()) {
				if (c < 0) {
					return out.toByteArray();
				}
				if (c != '\r') {
					size.append((char) c);
				}
			}
			int length = Integer.parseInt(size.toString().split(";")[0].trim(), 16);
			if (length == 0) {
				return out.toByteArray();
			}
			out.write(in.readNBytes(length));
			in.readNBytes(2);
		}
	}

}
