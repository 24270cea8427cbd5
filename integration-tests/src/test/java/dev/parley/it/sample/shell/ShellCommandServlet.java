package dev.parley.it.sample.shell;

import java.io.IOException;
import java.lang.reflect.Method;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Runs a Gogo command of scope {@code parley} as the shell would, for tests of shell commands in a
 * container without a terminal: {@code POST /it/shell?function=apikey&arg=generate} answers the
 * command's output as text. The command service is found by its {@code osgi.command.*} properties
 * and called by reflection, as Gogo does.
 */
@Component(service = Servlet.class, property = HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/it/shell")
public class ShellCommandServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient BundleContext context;

    @Activate
    public ShellCommandServlet(BundleContext context) {
        this.context = context;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        String function = request.getParameter("function");
        String[] arguments = request.getParameterValues("arg") == null ? new String[0] : request.getParameterValues("arg");
        try {
            ServiceReference<?>[] references = context.getServiceReferences((String) null,
                    "(&(osgi.command.scope=parley)(osgi.command.function=" + function + "))");
            if (references == null) {
                response.setStatus(404);
                response.getWriter().print("no command parley:" + function);
                return;
            }
            ServiceReference<?> reference = references[0];
            Object command = context.getService(reference);
            try {
                Method method = command.getClass().getMethod(function, String[].class);
                response.getWriter().print(method.invoke(command, (Object) arguments));
            } finally {
                context.ungetService(reference);
            }
        } catch (Exception e) {
            response.setStatus(500);
            response.getWriter().print(e.toString());
        }
    }
}
