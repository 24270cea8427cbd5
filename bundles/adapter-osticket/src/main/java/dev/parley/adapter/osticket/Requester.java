package dev.parley.adapter.osticket;

/**
 * Who a ticket is for, as osTicket requires it: a name and an e-mail address.
 *
 * @param name the customer's name
 * @param email the customer's e-mail address
 */
record Requester(String name, String email) {

    @Override
    public String toString() {
        return "Requester[(personal data)]";
    }
}
