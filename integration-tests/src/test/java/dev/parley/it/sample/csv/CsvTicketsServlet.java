package dev.parley.it.sample.csv;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;

import dev.parley.store.schema.StoreDatabase;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reads the CSV import's table in the store: {@code GET /it/csv/count?file=} answers the number of
 * tickets last imported from that file; {@code GET /it/csv/ticket?id=} answers
 * {@code intent sentiment emotion queue priority article customer_key} of a ticket, or 404.
 */
@Component(service = Servlet.class, property = HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/it/csv/*")
public class CsvTicketsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient StoreDatabase database;

    @Activate
    public CsvTicketsServlet(@Reference StoreDatabase database) {
        this.database = database;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        boolean count = "/count".equals(request.getPathInfo());
        String sql = count ? "SELECT COUNT(*) FROM csv_ticket WHERE source_file = ?"
                : "SELECT intent, sentiment, emotion, suggested_queue, suggested_priority, suggested_article, customer_key "
                        + "FROM csv_ticket WHERE ticket_id = ?";
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, request.getParameter(count ? "file" : "id"));
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    response.setStatus(404);
                    return;
                }
                StringBuilder body = new StringBuilder();
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    body.append(i > 1 ? " " : "").append(row.getString(i));
                }
                response.getWriter().print(body);
            }
        } catch (SQLException e) {
            response.setStatus(500);
            response.getWriter().print(e.getMessage());
        }
    }
}
