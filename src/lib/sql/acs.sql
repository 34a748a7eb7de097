-- All assembly constituencies (English and Hindi names) with the PC they belong to (2008 delimitation order).
SELECT ac_no, ac_name, ac_name_hi, ac_type, pc_no, district FROM acs ORDER BY ac_no
