-- Pre-poll alliances of each election, one row per member party.
SELECT election_id, alliance, alliance_en, alliance_hi, party FROM alliances ORDER BY election_id, alliance, party
