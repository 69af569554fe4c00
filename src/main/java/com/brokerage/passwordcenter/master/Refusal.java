package com.brokerage.passwordcenter.master;

/**
 * Why one row was not imported: its line in the file, the field at fault and the reason.
 * Never holds the value itself (it may be a hash or a full ID).
 */
public record Refusal(int line, String field, String reason) {

	@Override
	public String toString() {
		return "line " + this.line + ": " + this.field + ": " + this.reason;
	}

}
