-- The booth numbers of one AC in one election (to check imported booth locations against).
-- $1 election_id, $2 ac_no.
SELECT part_no FROM booths WHERE election_id = $1 AND ac_no = $2 ORDER BY part_no
