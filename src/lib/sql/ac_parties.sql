-- The parties with a candidate in one AC in one election with booth results (NOTA is not one).
-- $1 election_id, $2 ac_no.
SELECT DISTINCT party
FROM booth_results
WHERE election_id = $1 AND ac_no = $2 AND party <> 'NOTA'
ORDER BY party
