package org.gongkai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Gongkai (公开): grassroots government affairs openness, one modular monolith. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Gongkai")
public class GongkaiApplication {

    public static void main(String[] args) {
        SpringApplication.run(GongkaiApplication.class, args);
    }
}
