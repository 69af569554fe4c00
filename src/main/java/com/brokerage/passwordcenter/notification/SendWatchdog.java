package com.brokerage.passwordcenter.notification;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * One daemon thread that ends outbound calls past their deadline: it closes an SMTP
 * socket or cancels an SMS provider request from outside, because a thread blocked in a
 * socket read cannot end it itself. Jakarta Mail's write timeouts use it too.
 */
@Component
class SendWatchdog implements DisposableBean {

	private final ScheduledThreadPoolExecutor scheduler;

	SendWatchdog() {
		this.scheduler = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, "outbound-watchdog");
			thread.setDaemon(true);
			return thread;
		});
		// most deadlines are cancelled long before they are due: do not keep them
		this.scheduler.setRemoveOnCancelPolicy(true);
	}

	ScheduledFuture<?> after(Duration delay, Runnable action) {
		return this.scheduler.schedule(action, delay.toMillis(), TimeUnit.MILLISECONDS);
	}

	ScheduledExecutorService executor() {
		return this.scheduler;
	}

	@Override
	public void destroy() {
		this.scheduler.shutdownNow();
	}

}
