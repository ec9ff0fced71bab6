package org.livebase.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The prefecture-level cities of {@code generate/cities.txt}, with their provinces and region codes. */
final class Places {

    record CityRow(String code, String nameZh, String nameEn, String provinceZh, String provinceEn, String region) {

        String shortName() {
            return nameZh.endsWith("市") ? nameZh.substring(0, nameZh.length() - 1) : nameZh;
        }
    }

    private Places() {
    }

    static List<CityRow> cities() {
        List<CityRow> cities = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Places.class.getResourceAsStream("/generate/cities.txt"), StandardCharsets.UTF_8))) {
            String province = null;
            String provinceZh = null;
            String provinceEn = null;
            int place = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(" ", 4);
                if (parts[0].equals("=")) {
                    province = parts[1];
                    provinceZh = parts[2];
                    provinceEn = parts[3];
                    place = 0;
                } else {
                    String[] city = line.split(" ", 3);
                    place++;
                    cities.add(new CityRow(city[0], city[1], city[2], provinceZh, provinceEn,
                            province + String.format("%02d", place) + "00"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cities;
    }
}
