-- Votes by party in every unit of every election, for the forecast (src/lib/model/forecast):
-- assembly results by AC (level AC), Lok Sabha results by assembly segment (SEG) and by seat
-- as declared (PC, ac_no 0), each party under one code (parties.same_as: ADS is ADAL). A unit's
-- total is the sum of its rows (every candidate and NOTA), so it needs no other table. `top` is
-- the party's best candidate (independents are one code, IND, but never one candidate; and allies
-- in a "friendly fight" stand against each other): who actually won is decided on it.
SELECT
	r.election_id,
	r.level,
	r.pc_no,
	coalesce(r.ac_no, 0) AS ac_no,
	coalesce(p.same_as, r.party) AS party,
	sum(r.votes)::DOUBLE AS votes,
	max(r.votes)::DOUBLE AS top
FROM results r
LEFT JOIN parties p ON p.party = r.party
GROUP BY ALL
ORDER BY r.election_id, r.level, r.pc_no, ac_no, party
