package org.gongkai.publication.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets only a few searches run at once — the search and the rendering of its page, both pure CPU — and queues the
 * rest in arrival order, as a search engine's fixed search pool does.
 *
 * <p>Tomcat gives every request a thread of its own (up to 200); sixteen searches on two cores then share the CPU
 * in time slices and all finish late. Run two per core and the others wait their turn: the same throughput, a
 * quarter of the slowest times (docs/benchmarks.md, "HTTP at 1M"). Uploads, exports and console pages are not
 * limited. A search that waits longer than {@code gongkai.search.queue-timeout} is answered 503 with a Chinese
 * message and {@code Retry-After}, so an overload cannot pile up requests without end.
 *
 * <p>The response is held in a buffer large enough for a result page ({@link #RESPONSE_BUFFER}) and sent after the
 * turn is given back, so a client that reads slowly cannot keep a turn while its page trickles out.
 */
@Configuration(proxyBeanMethods = false)
class SearchConcurrencyLimit implements HandlerInterceptor, WebMvcConfigurer {

    static final String BUSY = "检索的人较多，请稍后再试。";

    /** A result page is ~30 KB of HTML or ~15 KB of JSON. */
    static final int RESPONSE_BUFFER = 128 * 1024;

    private static final String HOLDING = SearchConcurrencyLimit.class.getName() + ".holding";

    private final Semaphore running;
    private final Duration queueTimeout;

    SearchConcurrencyLimit(@Value("${gongkai.search.concurrency:0}") int concurrency,
            @Value("${gongkai.search.queue-timeout:10s}") Duration queueTimeout) {
        this.running = new Semaphore(concurrency > 0 ? concurrency : 2 * Runtime.getRuntime().availableProcessors(),
                true);
        this.queueTimeout = queueTimeout;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/search", "/api/v1/search");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        try {
            if (running.tryAcquire(queueTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                request.setAttribute(HOLDING, Boolean.TRUE);
                if (response.getBufferSize() < RESPONSE_BUFFER) {
                    response.setBufferSize(RESPONSE_BUFFER);
                }
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        response.setHeader("Retry-After", "5");
        response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value(), BUSY);
        return false;
    }

    /** How many more searches could start now. */
    int idle() {
        return running.availablePermits();
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (request.getAttribute(HOLDING) != null) {
            request.removeAttribute(HOLDING);
            running.release();
        }
    }
}
