-- Votes by party for one assembly constituency in every election, for its trend chart: assembly
-- results for AE, the votes counted in the segment for LS (postal ballots are counted for the
-- whole seat, so a segment's LS votes leave them out). Each party under one code
-- (parties.same_as: ADS is ADAL), so that a bloc's parties can be added up in every election.
-- $1 ac_no.
WITH v AS (
	SELECT r.election_id, coalesce(p.same_as, r.party) AS party, sum(r.votes)::INTEGER AS votes
	FROM results r
	JOIN elections e USING (election_id)
	LEFT JOIN parties p ON p.party = r.party
	WHERE r.ac_no = $1 AND r.level = CASE WHEN e.kind = 'AE' THEN 'AC' ELSE 'SEG' END
	GROUP BY ALL
),
t AS (
	SELECT c.election_id, sum(c.valid_votes)::INTEGER AS valid_votes
	FROM contests c
	JOIN elections e USING (election_id)
	WHERE c.ac_no = $1 AND c.level = CASE WHEN e.kind = 'AE' THEN 'AC' ELSE 'SEG' END
	GROUP BY 1
)
SELECT v.election_id, v.party, v.votes, t.valid_votes
FROM v JOIN t USING (election_id)
ORDER BY v.election_id, v.votes DESC, v.party
