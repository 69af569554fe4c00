package com.brokerage.passwordcenter.reissue;

/** R-REISSUE-3: which way the application goes, decided by the device certificate. */
public enum ReissuePath {

	WITH_CERTIFICATE(ReissueProcess.WITH_CERTIFICATE), WITHOUT_CERTIFICATE(ReissueProcess.WITHOUT_CERTIFICATE);

	private final String processId;

	ReissuePath(String processId) {
		this.processId = processId;
	}

	public String processId() {
		return this.processId;
	}

}
