package com.brokerage.passwordcenter.audit;

public enum ActorType {

	CUSTOMER, AGENT, CLERK, OPERATOR, SYSTEM

}
