package com.brokerage.passwordcenter.common;

/**
 * A copy of a failure fit for the log: every cause's type and stack trace, but no message
 * that could carry input — a parser's, a driver's or a library's message may quote a
 * request body, a parameter or a bound value, and any of those may be a secret. Only our
 * own messages, which name and never quote ({@link ProcessDataException},
 * {@link ApiException}), are kept.
 */
final class RedactedFailure extends RuntimeException {

	/**
	 * Deeper cause chains are cut: a cycle or a pathological chain must not hang the log.
	 */
	private static final int MAX_DEPTH = 16;

	private RedactedFailure(String message, Throwable cause) {
		super(message, cause, false, true);
	}

	static RedactedFailure of(Throwable failure) {
		return copy(failure, 0);
	}

	private static RedactedFailure copy(Throwable failure, int depth) {
		Throwable cause = failure.getCause();
		RedactedFailure copiedCause = (cause != null && cause != failure && depth < MAX_DEPTH) ? copy(cause, depth + 1)
				: null;
		RedactedFailure copy = new RedactedFailure(describe(failure), copiedCause);
		copy.setStackTrace(failure.getStackTrace());
		return copy;
	}

	private static String describe(Throwable failure) {
		String type = failure.getClass().getName();
		if (failure instanceof ProcessDataException || failure instanceof ApiException) {
			return type + ": " + failure.getMessage();
		}
		return type + " (message withheld: it may quote input)";
	}

}
