package com.brokerage.passwordcenter.common;

import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The customer's language, carried with a journey: the request that starts it sets the
 * process variable {@value #VAR_LOCALE} from the request's locale (the portal's language
 * cookie, else {@code Accept-Language}), and every notice of the journey is written in
 * it. Only zh-TW (the default) and English exist.
 */
public final class CustomerLanguage {

	/** A language tag: {@code zh-TW} or {@code en}. */
	public static final String VAR_LOCALE = "locale";

	public static final Locale ZH_TW = Locale.TAIWAN;

	private CustomerLanguage() {
	}

	/** The language of the request being served (zh-TW outside a request). */
	public static String ofRequest() {
		return tag(LocaleContextHolder.getLocale());
	}

	/**
	 * The journey's language; zh-TW when the variable is absent (an instance started
	 * before the language was carried).
	 */
	public static Locale of(DelegateExecution execution) {
		return of(ProcessVariables.optional(execution, VAR_LOCALE, String.class).orElse(null));
	}

	public static Locale of(String tag) {
		return (tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en")) ? Locale.ENGLISH : ZH_TW;
	}

	public static String tag(Locale locale) {
		return of((locale != null) ? locale.toLanguageTag() : null).toLanguageTag();
	}

	public static boolean isEnglish(Locale locale) {
		return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
	}

}
