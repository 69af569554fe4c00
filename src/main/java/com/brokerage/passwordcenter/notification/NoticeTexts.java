package com.brokerage.passwordcenter.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.brokerage.passwordcenter.common.ChangedPassword;
import com.brokerage.passwordcenter.common.PasswordCenterProperties;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of every SMS and mail, from {@code notifications*.properties} in the
 * customer's language (zh-TW by default, English for a journey started in English):
 * durations as the configuration gives them ("40秒", "5分鐘", "24小時"), the passwords a
 * change touched, times in the brokerage's zone, the brand in that language.
 */
@Component
public class NoticeTexts {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

	private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");

	private final MessageSource messages;

	private final PasswordCenterProperties center;

	NoticeTexts(MessageSource messages, PasswordCenterProperties center) {
		this.messages = messages;
		this.center = center;
	}

	String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/**
	 * Hours, minutes and seconds that are not zero, each in the language's words; a part
	 * of a second counts as a whole one, so the text never promises less than the truth.
	 */
	public String duration(Duration duration, Locale locale) {
		if (duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("A validity is positive: " + duration);
		}
		long seconds = duration.toSeconds() + ((duration.toNanosPart() > 0) ? 1 : 0);
		String text = null;
		text = join(text, seconds / 3600, "notice.duration.hours", locale);
		text = join(text, (seconds % 3600) / 60, "notice.duration.minutes", locale);
		text = join(text, seconds % 60, "notice.duration.seconds", locale);
		return text;
	}

	/** "電子登入密碼及語音密碼", "web login password and voice password". */
	String passwords(Set<ChangedPassword> changed, Locale locale) {
		List<String> names = changed.stream().sorted().map((p) -> text("notice.password." + p.name(), locale)).toList();
		return switch (names.size()) {
			case 1 -> names.get(0);
			case 2 -> text("notice.list.two", locale, names.get(0), names.get(1));
			case 3 -> text("notice.list.three", locale, names.get(0), names.get(1), names.get(2));
			default -> throw new IllegalArgumentException("A change changes one to three passwords");
		};
	}

	/** To the minute, in the brokerage's zone (SMS). */
	String minute(Instant instant) {
		return MINUTE.format(instant.atZone(this.center.zone()));
	}

	/** To the second, in the brokerage's zone (mail). */
	String second(Instant instant) {
		return SECOND.format(instant.atZone(this.center.zone()));
	}

	String companyName(Locale locale) {
		return this.center.branding().companyName(locale);
	}

	String customerServicePhone() {
		return this.center.branding().customerServicePhone();
	}

	/** What every mail template shows: the brand and contacts in the mail's language. */
	Map<String, Object> brand(Locale locale) {
		PasswordCenterProperties.Branding branding = this.center.branding();
		Map<String, Object> variables = new HashMap<>();
		variables.put("companyName", branding.companyName(locale));
		variables.put("customerServicePhone", branding.customerServicePhone());
		variables.put("customerServicePhoneAlt", branding.customerServicePhoneAlt());
		variables.put("customerServiceHours", branding.customerServiceHours(locale));
		return variables;
	}

	private String join(String text, long amount, String key, Locale locale) {
		if (amount == 0) {
			return text;
		}
		String part = text(key, locale, amount);
		return (text == null) ? part : text("notice.duration.join", locale, text, part);
	}

}
