package com.brokerage.passwordcenter.customer;

/** The business lines 業種 a customer may hold accounts in. */
public enum BusinessLine {

	SECURITIES("證券"), FUTURES("期貨"), SUB_BROKERAGE("複委託(海外)"), WEALTH_MANAGEMENT("財富管理"), STOCK_AFFAIRS("股代");

	private final String label;

	BusinessLine(String label) {
		this.label = label;
	}

	/** The zh-TW name the manual uses. */
	public String label() {
		return this.label;
	}

	/** R-PWD-2, R-CHANGE-3: only futures accounts carry an online withdrawal password. */
	public boolean hasWithdrawalPassword() {
		return this == FUTURES;
	}

}
