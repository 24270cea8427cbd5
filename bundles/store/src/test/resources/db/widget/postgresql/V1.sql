-- widgets
CREATE TABLE widget (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL);
INSERT INTO widget (id, name) VALUES (1, 'first; with a semicolon');
