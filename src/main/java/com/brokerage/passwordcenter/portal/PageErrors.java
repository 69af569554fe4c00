package com.brokerage.passwordcenter.portal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.brokerage.passwordcenter.common.ApiError;
import com.brokerage.passwordcenter.common.ApiErrors;
import com.brokerage.passwordcenter.common.ApiException;
import com.brokerage.passwordcenter.common.ErrorCode;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * What a form shows after bad input: one message per field (next to the field,
 * {@code aria-describedby}) and at most one for the whole form, in the customer's
 * language and from the same texts as the JSON API's errors.
 */
public final class PageErrors {

	private final Map<String, String> fields = new LinkedHashMap<>();

	private ErrorCode code;

	private String general;

	static PageErrors none() {
		return new PageErrors();
	}

	/** Bean-validation failures: the constraint's message is the error code. */
	static PageErrors of(BindingResult result, ApiErrors errors, Locale locale) {
		PageErrors page = new PageErrors();
		for (FieldError error : result.getFieldErrors()) {
			if (!page.fields.containsKey(error.getField())) {
				page.add(codeOf(error), error.getField(), errors, locale);
			}
		}
		return page;
	}

	/** A message for the whole form that is not an API refusal. */
	static PageErrors general(String message) {
		PageErrors page = new PageErrors();
		page.general = message;
		return page;
	}

	static PageErrors of(ApiException ex, ApiErrors errors, Locale locale) {
		PageErrors page = new PageErrors();
		ApiError error = errors.of(ex.code(), ex.field(), locale, ex.arguments());
		page.code = ex.code();
		if (ex.field() != null) {
			page.fields.put(ex.field(), error.message());
		}
		else {
			page.general = error.message();
		}
		return page;
	}

	/**
	 * The same refusal for a page without the field: its message above the page (e.g. an
	 * account that cannot be changed, shown over the table).
	 */
	PageErrors asGeneral() {
		PageErrors page = new PageErrors();
		page.code = this.code;
		page.general = (this.general != null) ? this.general : this.fields.values().stream().findFirst().orElse(null);
		return page;
	}

	public boolean any() {
		return !this.fields.isEmpty() || this.general != null;
	}

	public boolean has(String field) {
		return this.fields.containsKey(field);
	}

	public String of(String field) {
		return this.fields.get(field);
	}

	/** The message for the whole form, or {@code null}. */
	public String general() {
		return this.general;
	}

	/**
	 * The code of a business refusal, so a page can offer the way on (unlock, reissue).
	 */
	public String code() {
		return (this.code != null) ? this.code.name() : null;
	}

	/** The ids an input's {@code aria-describedby} names: its hint and its error. */
	public String describedBy(String field, String hintId) {
		String error = has(field) ? field + "-error" : null;
		if (hintId == null) {
			return error;
		}
		return (error == null) ? hintId : hintId + " " + error;
	}

	private void add(ErrorCode errorCode, String field, ApiErrors errors, Locale locale) {
		this.fields.put(field, errors.of(errorCode, field, locale).message());
		if (this.code == null) {
			this.code = errorCode;
		}
	}

	private static ErrorCode codeOf(FieldError error) {
		try {
			return ErrorCode.valueOf(String.valueOf(error.getDefaultMessage()));
		}
		catch (IllegalArgumentException ex) {
			return ErrorCode.FIELD_INVALID;
		}
	}

}
