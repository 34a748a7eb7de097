-- The whole seat (PC) in every election: Lok Sabha results as declared (with postal ballots where
-- the source has them); assembly results summed by party over the PC's segments. $1 pc_no.
WITH src AS (
	SELECT
		r.election_id,
		e.kind,
		e.year,
		r.party,
		CASE WHEN e.kind = 'LS' THEN r.candidate END AS candidate,
		sum(r.votes)::INTEGER AS votes
	FROM results r
	JOIN elections e USING (election_id)
	WHERE r.pc_no = $1 AND r.level = CASE WHEN e.kind = 'AE' THEN 'AC' ELSE 'PC' END
	GROUP BY ALL
),
totals AS (
	SELECT
		c.election_id,
		sum(c.valid_votes)::INTEGER AS valid_votes,
		sum(c.electors)::INTEGER AS electors,
		sum(c.postal_votes)::INTEGER AS postal_votes,
		-- 'reported' (ECI 2024) or 'derived' (TCPD total − ElectionLens EVM votes, 2009–2019)
		min(c.postal_source) AS postal_source
	FROM contests c
	JOIN elections e USING (election_id)
	WHERE c.pc_no = $1 AND c.level = CASE WHEN e.kind = 'AE' THEN 'AC' ELSE 'PC' END
	GROUP BY 1
),
ranked AS (
	SELECT *, row_number() OVER (PARTITION BY election_id ORDER BY votes DESC, party) AS rank
	FROM src
	WHERE party <> 'NOTA'
)
SELECT
	w.election_id,
	w.kind,
	w.year,
	w.candidate AS winner,
	w.party AS winner_party,
	w.votes AS winner_votes,
	r.candidate AS runner_up,
	r.party AS runner_up_party,
	r.votes AS runner_up_votes,
	(w.votes - r.votes)::INTEGER AS margin,
	round(100.0 * (w.votes - r.votes) / t.valid_votes, 2)::DOUBLE AS margin_pct,
	t.valid_votes,
	t.electors,
	t.postal_votes,
	t.postal_source,
	round(100.0 * t.valid_votes / t.electors, 2)::DOUBLE AS turnout_pct
FROM ranked w
JOIN ranked r ON r.election_id = w.election_id AND r.rank = 2
JOIN totals t ON t.election_id = w.election_id
WHERE w.rank = 1
ORDER BY w.year DESC
