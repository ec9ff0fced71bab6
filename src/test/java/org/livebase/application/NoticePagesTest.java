package org.livebase.application;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.livebase.testsupport.Browser;
import org.livebase.testsupport.Workflows.Parties;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NoticePagesTest {

    @Test
    void anyone_may_object_on_the_notice_page_and_only_the_city_officer_reads_the_contact() {
        Parties p = Parties.make();
        long id = p.underNotice();
        Browser visitor = Browser.anonymous();

        visitor.get("/notices").then().statusCode(200)
                .body(containsString("id=\"notice-" + id + "\""))
                .body(containsString(p.base().name));
        visitor.submit("/notices", "/notices/" + id + "/objections",
                Map.of("name", "张先生", "contact", "zhang@example.cn", "reason", "该基地实际面积不足"))
                .then().statusCode(303)
                .header("Location", containsString("/notices?thanks=" + id));
        visitor.get("/notices?thanks=" + id).then().statusCode(200)
                .body(containsString("感谢您的反馈"))
                .body(not(containsString("zhang@example.cn")));

        String page = "/applications/" + id;
        Browser.signedIn(p.cityOfficer()).get(page).then().statusCode(200)
                .body(containsString("该基地实际面积不足"))
                .body(containsString("zhang@example.cn"));
        Browser.signedIn(p.districtOfficer()).get(page).then().statusCode(200)
                .body(containsString("该基地实际面积不足"))
                .body(not(containsString("zhang@example.cn")));
        Browser.signedIn(p.agency()).get(page).then().statusCode(200)
                .body(containsString("待处理异议"))
                .body(not(containsString("该基地实际面积不足")))
                .body(not(containsString("zhang@example.cn")));
    }

    @Test
    void an_objection_without_a_reason_comes_back_with_the_message_and_what_was_typed() {
        Parties p = Parties.make();
        long id = p.underNotice();

        Browser.anonymous().submit("/notices", "/notices/" + id + "/objections", Map.of("name", "李女士", "reason", ""))
                .then().statusCode(200)
                .body(containsString("value=\"李女士\""))
                .body(containsString("id=\"e-notice-" + id + "-reason\""))
                .body(containsString("必填"));
        assertEquals(0L, objections(id));
    }

    @Test
    void an_objection_needs_the_csrf_token_and_a_notice_that_runs() {
        Parties p = Parties.make();
        long id = p.underNotice();
        long draft = p.draft();
        Map<String, String> objection = Map.of("name", "王先生", "reason", "有异议");

        Browser.anonymous().forge("/notices/" + id + "/objections", objection).then().statusCode(400);
        Browser.anonymous().submit("/notices", "/notices/" + draft + "/objections", objection).then().statusCode(404);
        assertEquals(0L, objections(id));
    }

    private static long objections(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Objection.count("application.id", id));
    }
}
