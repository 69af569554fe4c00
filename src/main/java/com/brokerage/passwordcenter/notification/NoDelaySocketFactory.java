package com.brokerage.passwordcenter.notification;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;

import javax.net.SocketFactory;

/**
 * SMTP sockets with Nagle's algorithm off. The client writes the end of a mail's data
 * (".") as a small segment right after the body; with Nagle on it waits for the ACK of
 * the body, which the server delays by up to 40 ms: every mail then took 40 ms longer and
 * held its job's database connection that long (docs/benchmarks). Set as
 * {@code mail.smtp.socketFactory}.
 */
final class NoDelaySocketFactory extends SocketFactory {

	private final SocketFactory sockets = SocketFactory.getDefault();

	@Override
	public Socket createSocket() throws IOException {
		return noDelay(this.sockets.createSocket());
	}

	@Override
	public Socket createSocket(String host, int port) throws IOException {
		return noDelay(this.sockets.createSocket(host, port));
	}

	@Override
	public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
		return noDelay(this.sockets.createSocket(host, port, localHost, localPort));
	}

	@Override
	public Socket createSocket(InetAddress host, int port) throws IOException {
		return noDelay(this.sockets.createSocket(host, port));
	}

	@Override
	public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
			throws IOException {
		return noDelay(this.sockets.createSocket(address, port, localAddress, localPort));
	}

	private static Socket noDelay(Socket socket) throws IOException {
		socket.setTcpNoDelay(true);
		return socket;
	}

}
