package com.brokerage.passwordcenter.common;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code password-center.trusted-proxies}: the reverse proxies (IP addresses or CIDR
 * ranges) whose {@code X-Forwarded-For} is believed. Empty (the default): no header is
 * believed, the client is the TCP peer. A host name or a malformed range fails at start.
 */
@Validated
@ConfigurationProperties("password-center")
public record ProxyProperties(@DefaultValue List<String> trustedProxies) {

}
