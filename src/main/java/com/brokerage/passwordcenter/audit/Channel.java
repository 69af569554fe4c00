package com.brokerage.passwordcenter.audit;

/**
 * Where a change came from: the customer's web/API, the phone line, a branch counter, or
 * the system itself.
 */
public enum Channel {

	WEB, PHONE, BRANCH, SYSTEM

}
