-- Every booth of one AC in one election: who led, by how much, turnout, the three leading parties,
-- and the votes of "our" side (a party, or an alliance's parties together) against the strongest
-- party outside it, from which booth classes are computed. $1 election_id, $2 ac_no,
-- $3 our parties as a comma-separated list (e.g. 'SP' or 'SP,INC').
WITH ours AS (
	SELECT unnest(string_split($3, ',')) AS party
),
votes AS (
	SELECT part_no, party, candidate, votes
	FROM booth_results
	WHERE election_id = $1 AND ac_no = $2
),
ranked AS (
	SELECT *, row_number() OVER (PARTITION BY part_no ORDER BY votes DESC, party) AS rank
	FROM votes
	WHERE party <> 'NOTA'
),
side AS (
	SELECT
		part_no,
		coalesce(sum(votes) FILTER (WHERE party IN (SELECT party FROM ours)), 0)::INTEGER AS ours_votes,
		max(votes) FILTER (WHERE party NOT IN (SELECT party FROM ours) AND party <> 'NOTA')::INTEGER AS best_other_votes,
		arg_max(party, votes) FILTER (WHERE party NOT IN (SELECT party FROM ours) AND party <> 'NOTA') AS best_other_party
	FROM votes
	GROUP BY part_no
),
top3 AS (
	SELECT part_no, string_agg(party || ' ' || votes, ' · ' ORDER BY rank) AS top3
	FROM ranked
	WHERE rank <= 3
	GROUP BY part_no
)
SELECT
	b.part_no,
	b.booth_name,
	b.booth_name_hi,
	b.electors,
	b.voters,
	b.valid_votes,
	round(100.0 * b.voters / nullif(b.electors, 0), 2)::DOUBLE AS turnout_pct,
	b.complete,
	b.lon,
	b.lat,
	b.geometry_source,
	w.party AS winner_party,
	w.candidate AS winner,
	w.votes AS winner_votes,
	r.party AS runner_up_party,
	r.votes AS runner_up_votes,
	(w.votes - coalesce(r.votes, 0))::INTEGER AS margin,
	round(100.0 * (w.votes - coalesce(r.votes, 0)) / nullif(b.valid_votes, 0), 2)::DOUBLE AS margin_pct,
	s.ours_votes,
	round(100.0 * s.ours_votes / nullif(b.valid_votes, 0), 2)::DOUBLE AS ours_share,
	s.best_other_party,
	coalesce(s.best_other_votes, 0)::INTEGER AS best_other_votes,
	t.top3
FROM booths b
LEFT JOIN ranked w ON w.part_no = b.part_no AND w.rank = 1
LEFT JOIN ranked r ON r.part_no = b.part_no AND r.rank = 2
LEFT JOIN side s ON s.part_no = b.part_no
LEFT JOIN top3 t ON t.part_no = b.part_no
WHERE b.election_id = $1 AND b.ac_no = $2
ORDER BY b.part_no
