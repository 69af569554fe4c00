package com.brokerage.passwordcenter.master;

/**
 * A row that passed the checks of its own but conflicts with the database (an account of
 * another customer): its transaction rolls back, nothing of the customer is written.
 */
class RowRefusedException extends RuntimeException {

	private final String field;

	RowRefusedException(String field, String reason) {
		super(reason);
		this.field = field;
	}

	String field() {
		return this.field;
	}

}
