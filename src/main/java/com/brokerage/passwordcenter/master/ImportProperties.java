package com.brokerage.passwordcenter.master;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** The customer import: a progress line every {@code progressEvery} rows. */
@Validated
@ConfigurationProperties("password-center.import")
public record ImportProperties(@Min(1) @DefaultValue("10000") int progressEvery) {
}
