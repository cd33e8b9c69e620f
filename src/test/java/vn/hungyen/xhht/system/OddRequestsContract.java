package vn.hungyen.xhht.system;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import vn.hungyen.xhht.testing.NewInstallation;

/**
 * Requests that used to reach the database and give a 500 there, on PostgreSQL above all (issue 16, item 8): a
 * NUL character in a query, a comment or a unit's name, a date of year +5874898. Each is a 400 with words.
 */
abstract class OddRequestsContract extends NewInstallation {

    @Test
    void aNulCharacterInAQueryACommentOrAUnitNameIsA400WithWords() throws Exception {
        for (String[] query : new String[][] {{"/api/findings", "code", "\u0000"}, {"/api/reports", "unit", "H\u0000"},
            {"/findings", "code", "a\u0000b"}}) {
            mvc.perform(get(query[0]).param(query[1], query[2])).andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("ký tự NUL")));
        }
        mvc.perform(post("/api/findings/1/comments").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"ghi chú\\u0000\"}"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("NUL")));
        mvc.perform(put("/api/units/H_VANLAM").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"UBND huyện\\u0000Văn Lâm\",\"kind\":\"DISTRICT\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/units/H_VANLAM?lang=en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\\u0000\"}"))
                .andExpect(content().string(containsString("NUL character")));
    }

    @Test
    void aDateBeyondTheYear9999IsA400SayingWhatADateIs() throws Exception {
        for (String path : new String[] {"/api/notices?asOf=+5874898-01-01", "/api/completeness?asOf=+5874898-01-01",
            "/api/notices?since=-0001-01-01", "/api/notices?asOf=12345-01-01"}) {
            mvc.perform(get(path)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(containsString("yyyy-MM-dd")));
        }
        mvc.perform(get("/notices").param("asOf", "+5874898-01-01")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/notices").param("asOf", "2016-01-10")).andExpect(status().isOk());
    }
}
