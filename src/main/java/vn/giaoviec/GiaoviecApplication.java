package vn.giaoviec;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GiaoviecApplication {

    public static void main(String[] args) {
        SpringApplication.run(GiaoviecApplication.class, args);
    }
}
