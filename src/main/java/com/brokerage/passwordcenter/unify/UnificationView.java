package com.brokerage.passwordcenter.unify;

/**
 * A unification request as the API shows it: the masked national ID the form shows
 * (R-UNIFY-1), its status, and the step it waits in ({@code ENTER_UNIFIED_PASSWORD} or
 * {@code ENDED}).
 */
public record UnificationView(String applicationId, String nationalId, UnificationStatus status, String step) {

	static final String STEP_ENTER_UNIFIED_PASSWORD = "ENTER_UNIFIED_PASSWORD";

	static final String STEP_ENDED = "ENDED";

}
