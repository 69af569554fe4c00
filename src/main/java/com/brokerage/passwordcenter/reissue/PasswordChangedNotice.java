package com.brokerage.passwordcenter.reissue;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.brokerage.passwordcenter.common.ChangedPassword;
import com.brokerage.passwordcenter.common.CustomerLanguage;
import com.brokerage.passwordcenter.common.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What a "password changed" notice states, as the change left it in its process: whose
 * passwords, which of them, when the change happened (not when the notice is sent: a
 * retried send still tells the moment of the change) and in which language.
 *
 * @param customerRef the customer whose passwords changed
 * @param changed the passwords the change touched
 * @param changedAt the moment of the change
 * @param locale the language of the journey
 */
public record PasswordChangedNotice(Long customerRef, Set<ChangedPassword> changed, Instant changedAt, Locale locale) {

	public static final String VAR_CUSTOMER_REF = "customerRef";

	/** ISO-8601 instant, e.g. {@code 2026-12-01T08:30:00.123Z}. */
	public static final String VAR_CHANGED_AT = "changedAt";

	/** {@link ChangedPassword} names, comma-separated. */
	public static final String VAR_CHANGED_PASSWORDS = "changedPasswords";

	/** The variables the change sets; the language is set when the journey starts. */
	public static Map<String, Object> variables(Long customerRef, Set<ChangedPassword> changed, Instant changedAt) {
		return Map.of(VAR_CUSTOMER_REF, customerRef, VAR_CHANGED_PASSWORDS, ChangedPassword.toVariable(changed),
				VAR_CHANGED_AT, changedAt.toString());
	}

	public static PasswordChangedNotice of(DelegateExecution execution) {
		String changedAt = ProcessVariables.required(execution, VAR_CHANGED_AT, String.class);
		String changed = ProcessVariables.required(execution, VAR_CHANGED_PASSWORDS, String.class);
		try {
			return new PasswordChangedNotice(ProcessVariables.required(execution, VAR_CUSTOMER_REF, Long.class),
					ChangedPassword.fromVariable(changed), Instant.parse(changedAt), CustomerLanguage.of(execution));
		}
		catch (DateTimeParseException | IllegalArgumentException ex) {
			throw ProcessVariables.malformed(execution, VAR_CHANGED_AT + "' or '" + VAR_CHANGED_PASSWORDS,
					ex.getClass().getSimpleName());
		}
	}

}
