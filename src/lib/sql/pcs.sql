-- All parliamentary constituencies with English and Hindi names.
SELECT pc_no, pc_name, pc_name_hi, pc_type FROM pcs ORDER BY pc_no
