-- How completely the booth rows of each AC account for its declared result, per election with
-- booth data, newest first. $1 ac_no.
SELECT c.election_id, c.ac_no, c.booths, c.booth_votes, c.postal_votes, c.segment_votes, c.abs_diff, c.status
FROM booth_coverage c
JOIN elections e USING (election_id)
WHERE c.ac_no = $1
ORDER BY e.year DESC
