package com.brokerage.passwordcenter.common;

/**
 * A business refusal the customer can act on. Carries a stable code, the field at fault
 * (if any) and message arguments; never a secret.
 */
public class ApiException extends RuntimeException {

	private final ErrorCode code;

	private final String field;

	private final transient Object[] arguments;

	public ApiException(ErrorCode code) {
		this(code, null);
	}

	public ApiException(ErrorCode code, String field, Object... arguments) {
		super(code.name() + (field != null ? " (" + field + ")" : ""));
		this.code = code;
		this.field = field;
		this.arguments = arguments;
	}

	public ErrorCode code() {
		return this.code;
	}

	public String field() {
		return this.field;
	}

	public Object[] arguments() {
		return this.arguments;
	}

}
