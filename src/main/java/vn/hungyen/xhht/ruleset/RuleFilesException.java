package vn.hungyen.xhht.ruleset;

import org.springframework.http.HttpStatus;
import vn.hungyen.xhht.system.ApiException;

/** Files a rule author sent that cannot be a rule set (a bad name, not a zip, too large): a 400 with words. */
public class RuleFilesException extends ApiException {

    RuleFilesException(String key, Object... args) {
        super(HttpStatus.BAD_REQUEST, key, args);
    }
}
