package com.brokerage.passwordcenter.unify;

/** Where a unification request stands. */
public enum UnificationStatus {

	/** Waiting for the customer's form. */
	OPEN,
	/** Every account has the new password (the notice may still be on its way). */
	UNIFIED,
	/** The customer cancelled; nothing changed. */
	CANCELLED,
	/** The form was left unfinished; nothing changed. */
	ABANDONED

}
