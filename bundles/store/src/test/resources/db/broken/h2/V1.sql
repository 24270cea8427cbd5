-- a table
CREATE TABLE gadget (id INTEGER PRIMARY KEY);
