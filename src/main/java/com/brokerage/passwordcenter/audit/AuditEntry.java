package com.brokerage.passwordcenter.audit;

/** What a feature tells the audit trail; built with {@link #by}. */
public record AuditEntry(ActorType actorType, String actor, AuditAction action, Long customerRef, String subject,
		Long accountRef, Channel channel, String outcome, String processInstanceId, String detail) {

	public static AuditEntry by(ActorType actorType, String actor, AuditAction action, Channel channel,
			String outcome) {
		return new AuditEntry(actorType, actor, action, null, null, null, channel, outcome, null, null);
	}

	public AuditEntry customer(Long customerRef, String maskedId) {
		return new AuditEntry(this.actorType, this.actor, this.action, customerRef, maskedId, this.accountRef,
				this.channel, this.outcome, this.processInstanceId, this.detail);
	}

	public AuditEntry account(Long accountRef) {
		return new AuditEntry(this.actorType, this.actor, this.action, this.customerRef, this.subject, accountRef,
				this.channel, this.outcome, this.processInstanceId, this.detail);
	}

	public AuditEntry processInstance(String processInstanceId) {
		return new AuditEntry(this.actorType, this.actor, this.action, this.customerRef, this.subject, this.accountRef,
				this.channel, this.outcome, processInstanceId, this.detail);
	}

	public AuditEntry detail(String detail) {
		return new AuditEntry(this.actorType, this.actor, this.action, this.customerRef, this.subject, this.accountRef,
				this.channel, this.outcome, this.processInstanceId, detail);
	}

}
