package org.gongkai.publication;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Only what the public may see reaches the search index: published 主动公开 records (issue 4). A record that is
 * withdrawn, or was never published, is kept out of (or removed from) the index.
 */
public class PublicOnlyRouting implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("status").use("openness");
        context.bridge(GovernmentInformation.class, new Bridge());
    }

    static final class Bridge implements RoutingBridge<GovernmentInformation> {

        @Override
        public void route(DocumentRoutes routes, Object entityIdentifier, GovernmentInformation information,
                RoutingBridgeRouteContext context) {
            if (information.isPublic()) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, GovernmentInformation information,
                RoutingBridgeRouteContext context) {
            // it may have been indexed before (published, then withdrawn): let Hibernate Search delete it
            routes.addRoute();
        }
    }
}
