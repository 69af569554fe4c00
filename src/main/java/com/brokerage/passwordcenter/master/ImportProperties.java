package com.brokerage.passwordcenter.master;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The customer import: a progress line every {@code progressEvery} rows;
 * {@code chunkSize} accepted rows written per transaction (one disk flush each, not one
 * per row).
 */
@Validated
@ConfigurationProperties("password-center.import")
public record ImportProperties(@Min(1) @DefaultValue("10000") int progressEvery,
		@Min(1) @Max(10000) @DefaultValue("500") int chunkSize) {
}
