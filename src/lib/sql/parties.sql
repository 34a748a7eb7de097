-- Party names (English, Hindi) and map colours.
SELECT party, name_en, name_hi, colour FROM parties ORDER BY party
