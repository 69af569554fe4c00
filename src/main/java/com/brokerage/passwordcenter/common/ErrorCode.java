package com.brokerage.passwordcenter.common;

import org.springframework.http.HttpStatus;

/**
 * Stable error codes of the JSON API. Clients branch on {@code code}; the message (zh-TW
 * or English) comes from {@code messages*.properties} under {@code error.<CODE>}.
 */
public enum ErrorCode {

	// request shape
	MALFORMED_REQUEST(HttpStatus.BAD_REQUEST), UNKNOWN_FIELD(HttpStatus.BAD_REQUEST),
	WRONG_TYPE(HttpStatus.BAD_REQUEST), BODY_TOO_LARGE(HttpStatus.BAD_REQUEST), FIELD_REQUIRED(HttpStatus.BAD_REQUEST),
	FIELD_INVALID(HttpStatus.BAD_REQUEST), UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
	METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED), NOT_FOUND(HttpStatus.NOT_FOUND),

	// strict request shape: a key twice, anything after the JSON value, an answer type we
	// cannot give
	DUPLICATE_FIELD(HttpStatus.BAD_REQUEST), TRAILING_CONTENT(HttpStatus.BAD_REQUEST),
	NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE),

	// identity
	INVALID_NATIONAL_ID(HttpStatus.BAD_REQUEST), INVALID_BIRTH_DATE(HttpStatus.BAD_REQUEST),

	// captcha (R-LOGIN-1)
	CAPTCHA_REQUIRED(HttpStatus.BAD_REQUEST), CAPTCHA_INVALID(HttpStatus.BAD_REQUEST),

	// login (R-LOGIN)
	INVALID_CREDENTIALS(HttpStatus.UNAUTHORIZED), LOGIN_LOCKED_UNLOCK_AVAILABLE(HttpStatus.LOCKED),
	LOGIN_LOCKED_REISSUE_ONLY(HttpStatus.LOCKED),

	// passwords (R-PWD)
	PASSWORD_TOO_SHORT(HttpStatus.BAD_REQUEST), PASSWORD_TOO_LONG(HttpStatus.BAD_REQUEST),
	PASSWORD_HAS_SPACE(HttpStatus.BAD_REQUEST), PASSWORD_HAS_FULL_WIDTH(HttpStatus.BAD_REQUEST),
	PASSWORD_HAS_SYMBOL(HttpStatus.BAD_REQUEST), PASSWORD_CONFIRMATION_MISMATCH(HttpStatus.BAD_REQUEST),
	PASSWORD_SAME_AS_OLD(HttpStatus.BAD_REQUEST), WITHDRAWAL_PASSWORD_LENGTH(HttpStatus.BAD_REQUEST),
	WITHDRAWAL_PASSWORD_INVALID_CHARACTER(HttpStatus.BAD_REQUEST),

	// common passwords and context words (R-PWD-6, issue 16)
	PASSWORD_TOO_COMMON(HttpStatus.BAD_REQUEST),

	// online reissue (R-REISSUE)
	IDENTITY_MISMATCH(HttpStatus.BAD_REQUEST), REISSUE_DAILY_LIMIT_REACHED(HttpStatus.TOO_MANY_REQUESTS),
	REISSUE_NOT_FOUND(HttpStatus.NOT_FOUND), REISSUE_STEP_CONFLICT(HttpStatus.CONFLICT), REISSUE_ENDED(HttpStatus.GONE),
	ACCOUNT_NOT_ELIGIBLE(HttpStatus.BAD_REQUEST), CHANNEL_NOT_ON_FILE(HttpStatus.BAD_REQUEST),
	PASSCODE_WRONG(HttpStatus.BAD_REQUEST), PASSCODE_VOIDED(HttpStatus.GONE), PASSCODE_EXPIRED(HttpStatus.GONE),
	PASSCODE_RESEND_TOO_EARLY(HttpStatus.TOO_MANY_REQUESTS), INITIAL_PASSWORD_WRONG(HttpStatus.BAD_REQUEST),

	// online reissue without certificate (R-REISSUE-5/6)
	CONTACT_DATA_INCOMPLETE(HttpStatus.UNPROCESSABLE_ENTITY), LINK_INVALID(HttpStatus.NOT_FOUND),
	LINK_EXPIRED(HttpStatus.GONE), LINK_USED(HttpStatus.GONE), LINK_RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS),

	// unlock (R-UNLOCK, R-LOGIN-3/4)
	UNLOCK_NO_CERTIFICATE(HttpStatus.FORBIDDEN), UNLOCK_NOT_LOCKED(HttpStatus.CONFLICT),
	UNLOCK_REISSUE_ONLY(HttpStatus.CONFLICT),

	// change (R-CHANGE) and unification (R-UNIFY)
	OLD_PASSWORD_WRONG(HttpStatus.BAD_REQUEST), OLD_WITHDRAWAL_PASSWORD_WRONG(HttpStatus.BAD_REQUEST),
	ACCOUNT_NOT_FOUND(HttpStatus.NOT_FOUND), ACCOUNT_NOT_CHANGEABLE(HttpStatus.FORBIDDEN),
	WITHDRAWAL_PASSWORD_NOT_AVAILABLE(HttpStatus.BAD_REQUEST), UNIFIED_CHANGE_REQUIRED(HttpStatus.CONFLICT),
	PER_ACCOUNT_CHANGE_REQUIRED(HttpStatus.CONFLICT), ALREADY_UNIFIED(HttpStatus.CONFLICT),
	UNIFICATION_NOT_FOUND(HttpStatus.NOT_FOUND), UNIFICATION_STEP_CONFLICT(HttpStatus.CONFLICT),
	UNIFICATION_ENDED(HttpStatus.GONE),

	// password expiry enforced (R-CHANGE-2, issue 19): only the change is open
	PASSWORD_EXPIRED(HttpStatus.FORBIDDEN),

	// session and access
	NOT_AUTHENTICATED(HttpStatus.UNAUTHORIZED), ACCESS_DENIED(HttpStatus.FORBIDDEN),
	CSRF_TOKEN_INVALID(HttpStatus.FORBIDDEN),

	// transport (R-REISSUE-12)
	TLS_REQUIRED(HttpStatus.FORBIDDEN),

	// the database is gone or too slow: try again after Retry-After
	// (DatabaseUnavailableAnswer)
	SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE),
	// operators: the customer master (master.OperatorCustomerController)
	CUSTOMER_NOT_FOUND(HttpStatus.NOT_FOUND), ACCOUNT_OF_ANOTHER_CUSTOMER(HttpStatus.CONFLICT),

	INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR);

	private final HttpStatus status;

	ErrorCode(HttpStatus status) {
		this.status = status;
	}

	public HttpStatus status() {
		return this.status;
	}

	public String messageKey() {
		return "error." + name();
	}

}
