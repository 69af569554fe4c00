package com.brokerage.passwordcenter.reissue;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.common.ErrorCode;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * R-REISSUE-6: link attempts per client address (10 a minute by default), so link tokens
 * cannot be guessed. Each node counts on its own: with N nodes a client gets at most N
 * times the limit, still hopeless against 256-bit tokens.
 */
@Component
class LinkAttemptLimiter {

	private static final Logger log = LoggerFactory.getLogger(LinkAttemptLimiter.class);

	/** Beyond this many clients, buckets that are full again are dropped. */
	private static final int MAX_CLIENTS = 10_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final ReissueProperties.LinkAttempts limit;

	LinkAttemptLimiter(ReissueProperties properties) {
		this.limit = properties.linkAttempts();
	}

	/**
	 * Takes one attempt, or refuses with 429 LINK_RATE_LIMITED and the seconds to wait.
	 */
	void take(String clientAddress) {
		ConsumptionProbe probe = bucketOf((clientAddress != null) ? clientAddress : "unknown")
			.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			long seconds = TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1;
			log.info("link attempt refused: more than {} per {} from one client", this.limit.perClient(),
					this.limit.per());
			throw new ApiException(ErrorCode.LINK_RATE_LIMITED, null, seconds);
		}
	}

	private Bucket bucketOf(String client) {
		if (this.buckets.size() >= MAX_CLIENTS) {
			this.buckets.values().removeIf((bucket) -> bucket.getAvailableTokens() >= this.limit.perClient());
		}
		return this.buckets.computeIfAbsent(client,
				(key) -> Bucket.builder()
					.addLimit((bandwidth) -> bandwidth.capacity(this.limit.perClient())
						.refillGreedy(this.limit.perClient(), this.limit.per()))
					.build());
	}

}
