package vn.hungyen.xhht.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hungyen.xhht.unit.RuleBook;

@RestController
@RequestMapping("/api/evaluation")
@Tag(name = "Evaluation", description = "When the findings were made, and with which rules")
class EvaluationController {

    private final Evaluation evaluation;
    private final RuleBook rules;

    EvaluationController(Evaluation evaluation, RuleBook rules) {
        this.evaluation = evaluation;
        this.rules = rules;
    }

    @GetMapping
    @Operation(summary = "The last evaluation: as of which day, with which rules, how many findings",
            description = "204 No Content before the first evaluation.")
    ResponseEntity<EvaluationInfo> last() {
        return evaluation.last().map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PostMapping
    @Operation(summary = "Judge all stored reports again with the rules in use",
            description = "The rules in use are compiled again with the unit register. Edits of the rule folder "
                    + "are previewed and activated with /api/rules/preview and /api/rules/reload.")
    EvaluationInfo reevaluate() {
        rules.reload();
        return evaluation.last().orElseGet(evaluation::run);
    }
}
