-- Votes by party in every PC of UP for one election: Lok Sabha results as declared; assembly
-- results summed over each PC's segments, each party under one code (parties.same_as: ADS is
-- ADAL). For projecting every seat (the backtest). $1 election_id.
WITH lvl AS (
	SELECT CASE WHEN kind = 'AE' THEN 'AC' ELSE 'PC' END AS level FROM elections WHERE election_id = $1
),
v AS (
	SELECT r.pc_no, coalesce(p.same_as, r.party) AS party, sum(r.votes)::INTEGER AS votes
	FROM results r
	LEFT JOIN parties p ON p.party = r.party
	WHERE r.election_id = $1 AND r.level = (SELECT level FROM lvl)
	GROUP BY r.pc_no, coalesce(p.same_as, r.party)
),
t AS (
	SELECT pc_no, sum(valid_votes)::INTEGER AS valid_votes, sum(electors)::INTEGER AS electors
	FROM contests
	WHERE election_id = $1 AND level = (SELECT level FROM lvl)
	GROUP BY pc_no
)
SELECT v.pc_no, v.party, v.votes, t.valid_votes, t.electors
FROM v JOIN t USING (pc_no)
ORDER BY v.pc_no, v.votes DESC, v.party
