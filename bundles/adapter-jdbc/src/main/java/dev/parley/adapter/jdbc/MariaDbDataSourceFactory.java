package dev.parley.adapter.jdbc;

import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;
import javax.sql.XADataSource;

import org.mariadb.jdbc.MariaDbDataSource;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * A {@link DataSourceFactory} over MariaDB Connector/J 3.x, which is an OSGi bundle but, unlike
 * the H2 and PostgreSQL drivers, registers no factory. Only the URL, user and password are
 * supported: everything else goes into the URL, as MariaDB documents it.
 */
final class MariaDbDataSourceFactory implements DataSourceFactory {

    MariaDbDataSourceFactory() {
        // fails with NoClassDefFoundError here, not later, when the driver bundle is not installed
        MariaDbDataSource.class.getName();
    }

    @Override
    public DataSource createDataSource(Properties properties) throws SQLException {
        MariaDbDataSource dataSource = new MariaDbDataSource();
        dataSource.setUrl(properties.getProperty(JDBC_URL));
        String user = properties.getProperty(JDBC_USER);
        if (user != null) {
            dataSource.setUser(user);
        }
        String password = properties.getProperty(JDBC_PASSWORD);
        if (password != null) {
            dataSource.setPassword(password);
        }
        return dataSource;
    }

    @Override
    public ConnectionPoolDataSource createConnectionPoolDataSource(Properties properties) throws SQLException {
        throw new SQLException("not supported: Parley pools connections itself");
    }

    @Override
    public XADataSource createXADataSource(Properties properties) throws SQLException {
        throw new SQLException("not supported: Parley uses no distributed transactions");
    }

    @Override
    public Driver createDriver(Properties properties) throws SQLException {
        return new org.mariadb.jdbc.Driver();
    }
}
