package com.brokerage.passwordcenter.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import com.brokerage.passwordcenter.reissue.ReissueLinkNotifier;

import org.springframework.stereotype.Component;

/** The reissue link, as a signed email, on the configured site (R-REISSUE-6). */
@Component
class ReissueLinkDelivery implements ReissueLinkNotifier {

	private final EmailSender email;

	private final String siteBaseUrl;

	ReissueLinkDelivery(EmailSender email, NotificationProperties properties) {
		this.email = email;
		String base = properties.siteBaseUrl();
		this.siteBaseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	@Override
	public void sendReissueLink(String email, String customerName, Instant appliedAt, String sitePath,
			Duration validity, Locale locale) {
		if (!sitePath.startsWith("/")) {
			throw new IllegalArgumentException("A site path starts with /");
		}
		this.email.sendReissueLinkEmail(email, customerName, appliedAt, this.siteBaseUrl + sitePath, validity, locale);
	}

}
