-- Votes and share of every party in each AC segment of one PC for one election (the data behind a
-- segment's tooltip and the seat's share chart). $1 pc_no, $2 election_id.
SELECT
	r.ac_no,
	r.party,
	string_agg(r.candidate, ' / ' ORDER BY r.votes DESC, r.candidate) AS candidate,
	sum(r.votes)::INTEGER AS votes,
	round(100.0 * sum(r.votes) / any_value(c.valid_votes), 2)::DOUBLE AS share
FROM results r
JOIN elections e USING (election_id)
JOIN contests c ON c.election_id = r.election_id AND c.level = r.level AND c.ac_no = r.ac_no
WHERE r.pc_no = $1 AND r.election_id = $2 AND r.level = CASE WHEN e.kind = 'AE' THEN 'AC' ELSE 'SEG' END
GROUP BY r.ac_no, r.party
ORDER BY r.ac_no, votes DESC, r.party
