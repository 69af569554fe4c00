package com.brokerage.passwordcenter.notification;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;

import javax.net.SocketFactory;

import jdk.net.ExtendedSocketOptions;

/**
 * SMTP sockets that never wait on Nagle's algorithm with delayed ACKs, on either side. A
 * server that writes a multi-line answer (EHLO) line by line holds back the second line
 * until the first is acknowledged, and the client delays that ACK by 40 ms: every mail
 * then took 40 ms longer and held its job's database connection that long
 * (docs/benchmarks; seen with the demo sink). So Nagle is off for what we write, and on
 * Linux the socket asks for an immediate ACK ({@code TCP_QUICKACK}, which the kernel
 * clears again) before each read. Set as {@code mail.smtp.socketFactory}.
 * <p>
 * With a send timeout, each socket is closed by the {@link SendWatchdog} that long after
 * it was made, unless closed before: Spring's mail sender opens one connection per send,
 * so that bounds a whole SMTP session, however slowly the server answers each line.
 */
final class NoDelaySocketFactory extends SocketFactory {

	/**
	 * A property of the platform (Linux has it), so asked once, not before every read.
	 */
	private static final boolean QUICK_ACK = new Socket().supportedOptions()
		.contains(ExtendedSocketOptions.TCP_QUICKACK);

	private final Duration sendTimeout;

	private final SendWatchdog watchdog;

	NoDelaySocketFactory() {
		this(null, null);
	}

	/**
	 * @param sendTimeout how long a connection may live; {@code null} for no bound
	 */
	NoDelaySocketFactory(Duration sendTimeout, SendWatchdog watchdog) {
		this.sendTimeout = sendTimeout;
		this.watchdog = watchdog;
	}

	@Override
	public Socket createSocket() throws IOException {
		QuickAckSocket socket = new QuickAckSocket();
		socket.setTcpNoDelay(true);
		if (this.sendTimeout != null) {
			socket.deadline = this.watchdog.after(this.sendTimeout, socket::closeQuietly);
		}
		return socket;
	}

	@Override
	public Socket createSocket(String host, int port) throws IOException {
		return connected(new InetSocketAddress(host, port), null);
	}

	@Override
	public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
		return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
	}

	@Override
	public Socket createSocket(InetAddress host, int port) throws IOException {
		return connected(new InetSocketAddress(host, port), null);
	}

	@Override
	public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
			throws IOException {
		return connected(new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
	}

	private Socket connected(InetSocketAddress remote, InetSocketAddress local) throws IOException {
		Socket socket = createSocket();
		if (local != null) {
			socket.bind(local);
		}
		socket.connect(remote);
		return socket;
	}

	private static final class QuickAckSocket extends Socket {

		private InputStream in;

		private volatile ScheduledFuture<?> deadline;

		@Override
		public synchronized InputStream getInputStream() throws IOException {
			if (this.in == null) {
				this.in = new FilterInputStream(super.getInputStream()) {
					@Override
					public int read() throws IOException {
						quickAck();
						return super.read();
					}

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						quickAck();
						return super.read(buffer, offset, length);
					}
				};
			}
			return this.in;
		}

		@Override
		public void close() throws IOException {
			ScheduledFuture<?> pending = this.deadline;
			if (pending != null) {
				pending.cancel(false);
			}
			super.close();
		}

		/** The deadline passed: a blocked read or write ends with a SocketException. */
		private void closeQuietly() {
			try {
				super.close();
			}
			catch (IOException ex) {
				// closing is all the deadline wants; nothing to tell
			}
		}

		private void quickAck() {
			if (QUICK_ACK && !isClosed()) {
				try {
					setOption(ExtendedSocketOptions.TCP_QUICKACK, true);
				}
				catch (IOException | UnsupportedOperationException ex) {
					// only a hint: the read works without it
				}
			}
		}

	}

}
