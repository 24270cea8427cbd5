-- fails halfway
INSERT INTO gadget (id) VALUES (1);
INSERT INTO no_such_table (id) VALUES (1);
