package dev.parley.adapter.csv;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.api.handoff.HandoffRouter;
import dev.parley.api.knowledge.KnowledgeBase;
import dev.parley.api.nlp.EntityExtractor;
import dev.parley.api.nlp.IntentClassifier;
import dev.parley.api.nlp.SentimentAnalyzer;
import dev.parley.store.schema.StoreDatabase;

/**
 * The drop folder for helpdesk ticket exports: polls the folder on a thread of its own, imports
 * each finished file (see {@link DropFolder}) and reports in {@code /system/health}. It runs once
 * the store's database and the NLP, handoff and knowledge services are there.
 */
// Immediate: the folder is watched from the start, not from the first health request.
@Component(service = HealthCheck.class, configurationPid = CsvTicketImport.PID, immediate = true,
        property = {HealthCheck.NAME + "=CSV ticket import", HealthCheck.TAGS + "=parley", HealthCheck.TAGS + "=csv"})
@Designate(ocd = CsvTicketImport.Config.class)
public final class CsvTicketImport implements HealthCheck {

    /** The configuration PID. */
    public static final String PID = "dev.parley.adapter.csv";

    private static final Logger LOG = LoggerFactory.getLogger(CsvTicketImport.class);

    /** What a deployment can change; each attribute's description is the admin's documentation. */
    @ObjectClassDefinition(name = "Parley CSV ticket import",
            description = "A drop folder for helpdesk ticket exports: each ticket is enriched (intent, sentiment, emotion,"
                    + " suggested queue and knowledge article) into enriched/<file>, and stored for analytics.")
    public @interface Config {

        @AttributeDefinition(name = "Enabled", description = "Watch the folder. false stops importing; files stay where they are.")
        boolean enabled() default true;

        @AttributeDefinition(name = "Folder", description = "The drop folder; a relative path is taken from the Parley home."
                + " Sub-folders enriched/, rejected/, done/ and failed/ are created in it.")
        String folder() default ImportSettings.DEFAULT_FOLDER;

        @AttributeDefinition(name = "Polling interval", description = "Seconds between two looks at the folder (1 to 3600).")
        int pollSeconds() default 10;

        @AttributeDefinition(name = "Settle time", description = "Seconds a file must be unchanged before it is read"
                + " (0 to 3600), on top of being unchanged between two looks.")
        int settleSeconds() default 5;

        @AttributeDefinition(name = "Charset", description = "Charset of the files, e.g. UTF-8 or windows-1252. A byte"
                + " order mark is skipped. A file not valid in it goes to failed/.")
        String charset() default "UTF-8";

        @AttributeDefinition(name = "Delimiter", description = "The character between values: one character, or \\t (tab).")
        String delimiter() default ",";

        @AttributeDefinition(name = "Date formats", description = "java.time patterns tried in order for date columns,"
                + " after ISO-8601 with an offset (2023-06-01T12:15:36Z).")
        String[] dateFormats() default {"yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd",
            "dd.MM.yyyy HH:mm", "dd.MM.yyyy"};

        @AttributeDefinition(name = "Time zone", description = "Time zone of dates written without an offset, e.g. Europe/Berlin.")
        String timeZone() default "UTC";

        @AttributeDefinition(name = "Ticket id column", description = "Header of the ticket id (required; matched ignoring case).")
        String ticketIdColumn() default "Ticket ID";

        @AttributeDefinition(name = "Subject column", description = "Header of the subject; subject or description is required.")
        String subjectColumn() default "Ticket Subject";

        @AttributeDefinition(name = "Description column", description = "Header of the description (the customer's text).")
        String descriptionColumn() default "Ticket Description";

        @AttributeDefinition(name = "Customer e-mail column", description = "Header of the customer's e-mail address;"
                + " only its SHA-256 pseudonym is stored. Empty: none.")
        String customerEmailColumn() default "Customer Email";

        @AttributeDefinition(name = "Product column", description = "Header of the product. Empty: none.")
        String productColumn() default "Product Purchased";

        @AttributeDefinition(name = "Ticket type column", description = "Header of the ticket type. Empty: none.")
        String typeColumn() default "Ticket Type";

        @AttributeDefinition(name = "Created column", description = "Header of the date the ticket was opened. Empty: none.")
        String createdColumn() default "Created";

        @AttributeDefinition(name = "Purchase date column", description = "Header of the date of purchase. Empty: none.")
        String purchasedColumn() default "Date of Purchase";

        @AttributeDefinition(name = "Status column", description = "Header of the ticket status. Empty: none.")
        String statusColumn() default "Ticket Status";

        @AttributeDefinition(name = "Priority column", description = "Header of the helpdesk's priority. Empty: none.")
        String priorityColumn() default "Ticket Priority";

        @AttributeDefinition(name = "Channel column", description = "Header of the channel (e-mail, chat ...). Empty: none.")
        String channelColumn() default "Ticket Channel";

        @AttributeDefinition(name = "First response column", description = "Header of the date-time of the first response."
                + " Empty: none.")
        String firstResponseColumn() default "First Response Time";

        @AttributeDefinition(name = "Resolution column", description = "Header of the date-time of the resolution. Empty: none.")
        String resolutionColumn() default "Time to Resolution";

        @AttributeDefinition(name = "Satisfaction column", description = "Header of the customer's satisfaction rating"
                + " (a number). Empty: none.")
        String satisfactionColumn() default "Customer Satisfaction Rating";

        @AttributeDefinition(name = "Maximum field length", description = "Characters a value may have (100 to 1000000);"
                + " a row with a longer one is rejected. Bounds the memory a row takes.")
        int maxFieldLength() default 32_768;

        @AttributeDefinition(name = "Batch size", description = "Rows written to the database in one transaction (1 to 10000).")
        int batchSize() default 500;

        @AttributeDefinition(name = "Progress interval", description = "Rows between two progress lines in the log.")
        int progressEvery() default 10_000;
    }

    private final DropFolder drop;
    private final ScheduledExecutorService poller;
    private volatile boolean stopping;

    @Activate
    public CsvTicketImport(BundleContext context, Config config, @Reference StoreDatabase database,
            @Reference IntentClassifier intents, @Reference EntityExtractor entities,
            @Reference SentimentAnalyzer sentiments, @Reference HandoffRouter router, @Reference KnowledgeBase knowledge) {
        ImportSettings settings = ImportSettings.from(config, context.getProperty("parley.home"), LOG);
        database.migrate(TicketTable.MODULE, CsvTicketImport.class.getClassLoader(), TicketTable.SCRIPTS);
        CsvFileImporter importer = new CsvFileImporter(settings, new TicketEnricher(intents, entities, sentiments, router,
                knowledge, settings.zone()), new TicketTable(database.dataSource(), database.dialect()), () -> stopping);
        this.drop = new DropFolder(settings.folder(), settings.settleSeconds(), importer, Clock.systemUTC());
        if (!config.enabled()) {
            LOG.info("CSV import: disabled (enabled=false); {} is not watched", settings.folder());
            this.poller = null;
            return;
        }
        try {
            drop.create();
        } catch (IOException e) {
            LOG.warn("CSV import: cannot create the drop folder {} ({}); tried again at every look", settings.folder(),
                    e.getMessage());
        }
        this.poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "parley-csv-import");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::poll, 0, settings.pollSeconds(), TimeUnit.SECONDS);
        LOG.info("CSV import: watching {} every {} s (charset {}, delimiter '{}')", settings.folder(),
                settings.pollSeconds(), settings.charset(), settings.delimiter() == '\t' ? "\\t" : settings.delimiter());
    }

    private void poll() {
        try {
            drop.poll();
        } catch (InterruptedIOException e) {
            LOG.info("CSV import: stopped; the file is imported again at the next start");
        } catch (RuntimeException e) {
            // A failure of one look must not end the polling.
            LOG.error("CSV import: a look at {} failed; tried again at the next one", drop.folder(), e);
        }
    }

    @Deactivate
    void stop() throws InterruptedException {
        stopping = true;
        if (poller != null) {
            poller.shutdown();
            if (!poller.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("CSV import: the import did not stop within 10 s; interrupting it");
                poller.shutdownNow();
            }
        }
    }

    @Override
    public Result execute() {
        if (poller == null) {
            FormattingResultLog log = new FormattingResultLog();
            log.info("disabled (enabled=false in etc/{}.cfg)", PID);
            return new Result(log);
        }
        return CsvImportHealthCheck.of(drop);
    }
}
