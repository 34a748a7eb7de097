-- The booths of one AC in one election: number, point (estimated, or from the source) and name,
-- for the booth map and lists of the winnability views. $1 election_id, $2 ac_no.
SELECT part_no, lon, lat, booth_name, booth_name_hi
FROM booths
WHERE election_id = $1 AND ac_no = $2
ORDER BY part_no
