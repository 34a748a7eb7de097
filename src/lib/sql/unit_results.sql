-- Winner, runner-up, margin, turnout and one party's vote share for every unit (AC or PC) of
-- one election. $1 election_id, $2 unit ('AC' | 'PC'), $3 source level of the rows to read
-- ('AC' assembly results, 'SEG' Lok Sabha segments, 'PC' Lok Sabha PCs), $4 party for party_share:
-- a party, an alliance of the election, or parties joined by '+' (unified codes, parties.same_as),
-- whose votes are added up (a bloc: INDIA in LS2024, SP+INC in any election).
-- Assembly results read at PC level ($2 = 'PC', $3 = 'AC') are summed by party over the PC's ACs.
WITH votes AS (
	SELECT
		CASE WHEN $2 = 'AC' THEN ac_no ELSE pc_no END AS unit_no,
		party,
		CASE WHEN $2 = 'PC' AND $3 = 'AC' THEN NULL ELSE candidate END AS candidate,
		sum(votes)::INTEGER AS votes
	FROM results
	WHERE election_id = $1 AND level = $3
	GROUP BY ALL
),
totals AS (
	SELECT
		CASE WHEN $2 = 'AC' THEN ac_no ELSE pc_no END AS unit_no,
		sum(valid_votes)::INTEGER AS valid_votes,
		CASE WHEN count(electors) = count(*) THEN sum(electors)::INTEGER END AS electors,
		sum(postal_votes)::INTEGER AS postal_votes
	FROM contests
	WHERE election_id = $1 AND level = $3
	GROUP BY 1
),
ranked AS (
	SELECT *, row_number() OVER (PARTITION BY unit_no ORDER BY votes DESC, party, candidate) AS rank
	FROM votes
	WHERE party <> 'NOTA'
),
chosen AS (
	SELECT unit_no, sum(votes)::INTEGER AS votes
	FROM votes
	WHERE party = $4
		OR party IN (SELECT party FROM alliances WHERE election_id = $1 AND alliance = $4)
		OR party IN (
			SELECT party FROM parties
			WHERE list_contains(string_split($4, '+'), coalesce(same_as, party))
		)
	GROUP BY 1
)
SELECT
	t.unit_no,
	w.party AS winner_party,
	w.candidate AS winner,
	w.votes AS winner_votes,
	r.party AS runner_up_party,
	r.candidate AS runner_up,
	r.votes AS runner_up_votes,
	(w.votes - coalesce(r.votes, 0))::INTEGER AS margin,
	round(100.0 * (w.votes - coalesce(r.votes, 0)) / t.valid_votes, 2)::DOUBLE AS margin_pct,
	round(100.0 * w.votes / t.valid_votes, 2)::DOUBLE AS winner_share,
	coalesce(c.votes, 0)::INTEGER AS party_votes,
	round(100.0 * coalesce(c.votes, 0) / t.valid_votes, 2)::DOUBLE AS party_share,
	t.valid_votes,
	t.electors,
	t.postal_votes,
	round(100.0 * t.valid_votes / t.electors, 2)::DOUBLE AS turnout_pct
FROM totals t
JOIN ranked w ON w.unit_no = t.unit_no AND w.rank = 1
LEFT JOIN ranked r ON r.unit_no = t.unit_no AND r.rank = 2
LEFT JOIN chosen c ON c.unit_no = t.unit_no
ORDER BY t.unit_no
