-- The elections Kshetra has results for, newest first, with what their numbers include.
SELECT election_id, kind, year, label_en, label_hi, note, note_hi FROM elections ORDER BY year DESC
