-- widget colour
ALTER TABLE widget ADD COLUMN colour VARCHAR(20);
