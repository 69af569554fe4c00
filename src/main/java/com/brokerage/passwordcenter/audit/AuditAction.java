package com.brokerage.passwordcenter.audit;

public enum AuditAction {

	LOGIN, LOGOUT, LOCK, UNLOCK, PASSWORD_CHANGE, WITHDRAWAL_PASSWORD_CHANGE, UNIFY, SPLIT, REISSUE_APPLY,
	REISSUE_VERIFY, REISSUE_COMPLETE, PASSCODE_SEND, LINK_SEND,

	// the customer master (master.CustomerImport, master.OperatorCustomerController)
	MASTER_IMPORT, MASTER_UPDATE, RETENTION_CLEANUP

}
