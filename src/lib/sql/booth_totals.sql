-- Totals over an AC's booth rows, per party: what the booth table adds up to, for checking it
-- against the declared result. $1 election_id, $2 ac_no.
SELECT party, sum(votes)::INTEGER AS votes, count(DISTINCT part_no)::INTEGER AS booths
FROM booth_results
WHERE election_id = $1 AND ac_no = $2
GROUP BY party
ORDER BY votes DESC, party
