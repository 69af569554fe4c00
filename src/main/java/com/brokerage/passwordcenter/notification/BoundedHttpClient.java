package com.brokerage.passwordcenter.notification;

import java.net.URI;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.Cancellable;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The Twilio SDK's HTTP client with our bounds. The SDK sets its own request config on
 * every request (connect 30.5 s, no response timeout), so an interceptor puts ours back;
 * the {@link SendWatchdog} cancels a request that takes longer than {@code timeouts.send}
 * as a whole; and a request is tried once (the SDK would repeat a 5xx), because the job's
 * retry schedule is the one schedule of every send. With a base URL it sends to that
 * origin (a Twilio-compatible gateway, a test server) instead of
 * {@code https://*.twilio.com}: the SDK has no setting for that, so each request is
 * copied with its URL rebased.
 */
class BoundedHttpClient extends NetworkHttpClient {

	/** The request the calling thread is sending, so the watchdog can cancel it. */
	private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

	private final URI base;

	private final NotificationProperties.Timeouts timeouts;

	private final SendWatchdog watchdog;

	/**
	 * @param baseUrl another origin than Twilio's, or {@code null}
	 */
	BoundedHttpClient(String baseUrl, NotificationProperties.Timeouts timeouts, SendWatchdog watchdog) {
		super(builder(timeouts));
		this.base = (baseUrl != null) ? URI.create(baseUrl.replaceAll("/+$", "")) : null;
		this.timeouts = timeouts;
		this.watchdog = watchdog;
	}

	@Override
	public Response reliableRequest(Request request) {
		return makeRequest(request);
	}

	@Override
	public Response makeRequest(Request request) {
		Deadline deadline = new Deadline();
		ScheduledFuture<?> expiry = this.watchdog.after(this.timeouts.send(), deadline::expire);
		CURRENT.set(deadline);
		try {
			return super.makeRequest((this.base != null) ? new RebasedRequest(request, this.base) : request);
		}
		finally {
			CURRENT.remove();
			expiry.cancel(false);
		}
	}

	private static HttpClientBuilder builder(NotificationProperties.Timeouts timeouts) {
		Timeout connect = Timeout.of(timeouts.connect());
		Timeout read = Timeout.of(timeouts.read());
		RequestConfig config = RequestConfig.custom()
			.setConnectionRequestTimeout(connect)
			.setResponseTimeout(read)
			.build();
		return HttpClientBuilder.create()
			.useSystemProperties()
			.disableAutomaticRetries()
			.setDefaultRequestConfig(config)
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDefaultConnectionConfig(ConnectionConfig.custom()
					.setConnectTimeout(connect)
					.setSocketTimeout(read)
					// a pooled connection the provider closed meanwhile is replaced, not
					// tried
					.setValidateAfterInactivity(TimeValue.ofSeconds(1))
					.build())
				.setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(read).setSoKeepAlive(true).build())
				.setMaxConnPerRoute(20)
				.setMaxConnTotal(100)
				.build())
			.addExecInterceptorFirst("password-center-bounds", (request, scope, chain) -> {
				// the SDK's per-request config (connect 30.5 s) would override the
				// defaults
				scope.clientContext.setRequestConfig(config);
				Deadline deadline = CURRENT.get();
				if (deadline != null && scope.execRuntime instanceof Cancellable exchange) {
					deadline.watch(exchange);
				}
				return chain.proceed(request, scope);
			});
	}

	/** Cancels the exchange once expired, whichever of the two comes first. */
	private static final class Deadline {

		private final AtomicReference<Cancellable> exchange = new AtomicReference<>();

		private final AtomicBoolean expired = new AtomicBoolean();

		void watch(Cancellable exchange) {
			this.exchange.set(exchange);
			if (this.expired.get()) {
				exchange.cancel();
			}
		}

		void expire() {
			this.expired.set(true);
			Cancellable current = this.exchange.get();
			if (current != null) {
				current.cancel();
			}
		}

	}

	static final class RebasedRequest extends Request {

		private final URI base;

		RebasedRequest(Request original, URI base) {
			super(original.getMethod(), original.getUrl());
			this.base = base;
			if (original.getAuthStrategy() != null) {
				setAuth(original.getAuthStrategy());
			}
			else if (original.getUsername() != null) {
				setAuth(original.getUsername(), original.getPassword());
			}
			getQueryParams().putAll(original.getQueryParams());
			getPostParams().putAll(original.getPostParams());
			getHeaderParams().putAll(original.getHeaderParams());
			setUserAgentExtensions(original.getUserAgentExtensions());
			setContentType(original.getContentType());
			setBody(original.getBody());
			setFormParameters(original.getFormParameters());
		}

		@Override
		protected String buildURL() {
			// after the SDK applied region and edge to the Twilio host: keep the path,
			// swap the origin
			String path = URI.create(super.buildURL()).getRawPath();
			String basePath = (this.base.getRawPath() != null) ? this.base.getRawPath() : "";
			return this.base.getScheme() + "://" + this.base.getRawAuthority() + basePath + path;
		}

	}

}
