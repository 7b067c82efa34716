package com.frameworkfork.decision.api;

import java.net.URI;

import com.frameworkfork.decision.verdict.VerdictService;
import com.frameworkfork.decision.verdict.VerdictStats;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The verdict API: no session, no cookie, no CSRF token; errors as problem details. */
@RestController
@RequestMapping("/api/v1/verdicts")
class VerdictApiController {

    private final VerdictService verdictService;

    VerdictApiController(VerdictService verdictService) {
        this.verdictService = verdictService;
    }

    @PostMapping
    public ResponseEntity<VerdictResponse> create(@RequestBody JsonNode body) {
        RawAnswers raw = RawAnswers.fromJson(body);
        VerdictResponse verdict = VerdictResponse.of(verdictService.create(raw.answers(), raw.shapeProblems()));
        return ResponseEntity.created(URI.create(verdict.url())).body(verdict);
    }

    @GetMapping("/stats")
    public VerdictStatsResponse stats() {
        return VerdictStatsResponse.of(verdictService.stats());
    }

    @GetMapping("/{id}")
    public VerdictResponse find(@PathVariable String id) {
        return VerdictResponse.of(verdictService.find(id));
    }

    /** Only the four counts, without the percentages the pages use. */
    public record VerdictStatsResponse(long total, long django, long flask, long either) {

        static VerdictStatsResponse of(VerdictStats stats) {
            return new VerdictStatsResponse(stats.total(), stats.django(), stats.flask(), stats.either());
        }
    }
}
