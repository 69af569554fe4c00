package com.brokerage.passwordcenter.customer;

/** A person identified by a national ID, or a company by its unified business number. */
public enum CustomerKind {

	PERSON, COMPANY

}
