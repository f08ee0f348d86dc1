package it.zona;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ZonaApplication {
    public static void main(String[] args) {
        SpringApplication.run(ZonaApplication.class, args);
    }
}
