package com.brokerage.passwordcenter;

import com.brokerage.passwordcenter.master.ImportCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PasswordCenterApplication {

	public static void main(String[] args) {
		if (ImportCommand.isRequested(args)) {
			// docs/operations.md "Importing customers": a command, no web server
			System.exit(ImportCommand.launch(PasswordCenterApplication.class, args));
		}
		SpringApplication.run(PasswordCenterApplication.class, args);
	}

}
