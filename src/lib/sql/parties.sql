-- Party names (English, Hindi), map colours, and the code the same party has in other elections.
SELECT party, name_en, name_hi, colour, same_as FROM parties ORDER BY party
