-- Votes by party in every assembly segment of one PC, for every election: assembly results for
-- AE, votes counted in the segment for LS, with valid votes and electors. The baselines of the
-- what-if are built from these rows, each party under one code whatever code the election's source
-- used (parties.same_as: ADS is ADAL), so that it counts for its alliance. $1 pc_no.
SELECT
	r.election_id,
	r.ac_no,
	coalesce(p.same_as, r.party) AS party,
	sum(r.votes)::INTEGER AS votes,
	any_value(c.valid_votes)::INTEGER AS valid_votes,
	any_value(c.electors)::INTEGER AS electors
FROM results r
JOIN elections e USING (election_id)
JOIN contests c ON c.election_id = r.election_id AND c.level = r.level AND c.ac_no = r.ac_no
LEFT JOIN parties p ON p.party = r.party
WHERE r.pc_no = $1 AND r.level = CASE WHEN e.kind = 'AE' THEN 'AC' ELSE 'SEG' END
GROUP BY r.election_id, r.ac_no, coalesce(p.same_as, r.party)
ORDER BY r.election_id, r.ac_no, votes DESC, party
