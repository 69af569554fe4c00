package com.brokerage.passwordcenter.certificate;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;

import com.brokerage.passwordcenter.demo.DemoProfile;

import org.apache.commons.logging.Log;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Generates the {@link DevPki} when the demo profile is active.
 * <p>
 * Why an {@link EnvironmentPostProcessor} (registered in
 * {@code META-INF/spring.factories}) and not a {@code @Profile("demo")} bean: the demo's
 * HTTPS connector and its SSL bundle read {@code server.p12} and {@code ca.pem} while the
 * context is being built, and bean creation order gives no guarantee that a generating
 * bean runs before them. A post-processor runs once the configuration files and profiles
 * are known but before any bean exists, so the files are in place for every reader. It
 * runs after Spring Boot's config data processor (lowest precedence), so
 * {@code spring.profiles.active} from any source has been applied.
 */
class DevPkiEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String DIRECTORY_PROPERTY = "password-center.certificate.dev-pki.directory";

	static final String ENABLED_PROPERTY = "password-center.certificate.dev-pki.enabled";

	private final Log log;

	DevPkiEnvironmentPostProcessor(DeferredLogFactory logs) {
		this.log = logs.getLog(DevPkiEnvironmentPostProcessor.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.acceptsProfiles(Profiles.of(DemoProfile.NAME))
				|| !environment.getProperty(ENABLED_PROPERTY, Boolean.class, true)) {
			return;
		}
		Path directory = Path.of(environment.getProperty(DIRECTORY_PROPERTY, "./data/pki"));
		try {
			List<String> written = new DevPki(directory,
					environment.getProperty("password-center.notification.mail.from", "no-reply@brokerage.example"))
				.ensure();
			if (!written.isEmpty()) {
				this.log.info("Dev PKI (demo only) written to " + directory.toAbsolutePath().normalize() + ": "
						+ String.join(", ", written));
			}
		}
		catch (IOException | GeneralSecurityException | RuntimeException ex) {
			throw new IllegalStateException("cannot create the dev PKI under " + directory, ex);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
