-- Votes by party in every booth of one AC for one election with booth results, with each booth's
-- valid votes and electors (the booth-level baseline of the what-if), each party under one code
-- (parties.same_as: ADS is ADAL). $1 election_id, $2 ac_no.
SELECT
	r.part_no,
	coalesce(p.same_as, r.party) AS party,
	sum(r.votes)::INTEGER AS votes,
	any_value(b.valid_votes)::INTEGER AS valid_votes,
	any_value(b.electors)::INTEGER AS electors
FROM booth_results r
JOIN booths b ON b.election_id = r.election_id AND b.ac_no = r.ac_no AND b.part_no = r.part_no
LEFT JOIN parties p ON p.party = r.party
WHERE r.election_id = $1 AND r.ac_no = $2
GROUP BY r.part_no, coalesce(p.same_as, r.party)
ORDER BY r.part_no, votes DESC, party
