-- Every assembly segment of one PC in every election: winner, runner-up, margin, turnout and the
-- vote shares of SP, BJP, INC and BSP. Assembly elections read AC results; Lok Sabha elections
-- read the votes counted in each segment (EVM only and without electors, so turnout is NULL).
-- A party's share is NULL where it had no candidate (SP in Kanpur in 2024, in alliance with INC),
-- so that "did not contest" is never shown as 0.0%.
-- $1 pc_no.
WITH unit AS (
	SELECT c.election_id, e.year, e.kind, c.level, c.ac_no, a.ac_name, a.ac_name_hi, c.valid_votes, c.electors
	FROM contests c
	JOIN elections e USING (election_id)
	JOIN acs a ON a.ac_no = c.ac_no
	WHERE c.pc_no = $1 AND c.level = CASE WHEN e.kind = 'AE' THEN 'AC' ELSE 'SEG' END
),
src AS (
	SELECT r.election_id, r.ac_no, r.candidate, r.party, r.votes
	FROM results r
	JOIN unit u ON r.election_id = u.election_id AND r.level = u.level AND r.ac_no = u.ac_no
),
ranked AS (
	SELECT *, row_number() OVER (PARTITION BY election_id, ac_no ORDER BY votes DESC, party, candidate) AS rank
	FROM src
	WHERE party <> 'NOTA'
),
shares AS (
	SELECT
		election_id,
		ac_no,
		sum(votes) FILTER (WHERE party = 'SP') AS sp,
		sum(votes) FILTER (WHERE party = 'BJP') AS bjp,
		sum(votes) FILTER (WHERE party = 'INC') AS inc,
		sum(votes) FILTER (WHERE party = 'BSP') AS bsp
	FROM src
	GROUP BY ALL
)
SELECT
	u.election_id,
	u.year,
	u.kind,
	u.ac_no,
	u.ac_name,
	u.ac_name_hi,
	w.candidate AS winner,
	w.party AS winner_party,
	w.votes AS winner_votes,
	r.candidate AS runner_up,
	r.party AS runner_up_party,
	r.votes AS runner_up_votes,
	(w.votes - coalesce(r.votes, 0))::INTEGER AS margin,
	round(100.0 * (w.votes - coalesce(r.votes, 0)) / u.valid_votes, 2)::DOUBLE AS margin_pct,
	u.valid_votes,
	u.electors,
	round(100.0 * u.valid_votes / u.electors, 2)::DOUBLE AS turnout_pct,
	round(100.0 * sh.sp / u.valid_votes, 2)::DOUBLE AS sp_share,
	round(100.0 * sh.bjp / u.valid_votes, 2)::DOUBLE AS bjp_share,
	round(100.0 * sh.inc / u.valid_votes, 2)::DOUBLE AS inc_share,
	round(100.0 * sh.bsp / u.valid_votes, 2)::DOUBLE AS bsp_share
FROM unit u
JOIN ranked w ON w.election_id = u.election_id AND w.ac_no = u.ac_no AND w.rank = 1
LEFT JOIN ranked r ON r.election_id = u.election_id AND r.ac_no = u.ac_no AND r.rank = 2
JOIN shares sh ON sh.election_id = u.election_id AND sh.ac_no = u.ac_no
ORDER BY u.year DESC, u.ac_no
